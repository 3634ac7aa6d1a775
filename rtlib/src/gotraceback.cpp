// This file reads GOTRACEBACK as gc's runtime does (runtime/runtime1.go,
// parsedebugvars): none or 0, single or 1 (the default), all or 2, system,
// crash, or any number.
#include <cstdlib>
#include <cstring>

#include "runtime_internal.hpp"

namespace go::internal {

namespace {

int parse_gotraceback(const char* v) {
  if (v == nullptr || *v == '\0' || std::strcmp(v, "single") == 0) return 1;
  if (std::strcmp(v, "none") == 0) return 0;
  if (std::strcmp(v, "all") == 0 || std::strcmp(v, "system") == 0 || std::strcmp(v, "crash") == 0) return 2;
  char* end = nullptr;
  long n = std::strtol(v, &end, 10);
  if (end == v || *end != '\0' || n < 0) return 1;  // gc ignores what it cannot parse
  return n > 2 ? 2 : static_cast<int>(n);
}

}  // namespace

int traceback_level() {
  static const int level = parse_gotraceback(std::getenv("GOTRACEBACK"));
  return level;
}

}  // namespace go::internal
