// This file reads GOTRACEBACK as gc's runtime does (runtime/runtime1.go,
// setTraceback): none (level 0), single or empty (1), all (1, every
// goroutine), system (2, every goroutine), crash (as system), or a number
// n, which is level n with every goroutine.
#include <cstdlib>
#include <cstring>

#include "runtime_internal.hpp"

namespace go::internal {

namespace {

struct traceback_setting {
  int level = 1;
  bool all = false;
};

traceback_setting parse_gotraceback(const char* v) {
  if (v == nullptr || *v == '\0' || std::strcmp(v, "single") == 0) return {1, false};
  if (std::strcmp(v, "none") == 0) return {0, false};
  if (std::strcmp(v, "all") == 0) return {1, true};
  if (std::strcmp(v, "system") == 0 || std::strcmp(v, "crash") == 0) return {2, true};
  // gc: anything else is "all" at the level it spells, 0 if none.
  char* end = nullptr;
  long n = std::strtol(v, &end, 10);
  if (end == v || *end != '\0' || n < 0) return {0, true};
  return {n > 2 ? 2 : static_cast<int>(n), true};
}

const traceback_setting& setting() {
  static const traceback_setting s = parse_gotraceback(std::getenv("GOTRACEBACK"));
  return s;
}

}  // namespace

int traceback_level() { return setting().level; }
bool traceback_all() { return setting().all; }

}  // namespace go::internal
