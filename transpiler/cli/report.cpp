// This file implements diagnostic printing for the verbs.
#include "cli/report.hpp"

#include <cstdint>
#include <cstdio>

namespace cli {
namespace {

constexpr size_t kErrorLimit = 10;  // gc's
bool unlimitedErrors = false;

}  // namespace

void setUnlimitedErrors(bool unlimited) { unlimitedErrors = unlimited; }

void printDiagnostics(const diag::Diagnostics& diags, const std::string& what) {
  std::fflush(stdout);
  if (!diags.hasErrors()) {
    // A stage returned failure without a diagnostic: a go2cpp bug, but the
    // user still deserves to know which input it was about.
    std::fprintf(stderr, "go2cpp: %s: failed without a diagnostic (a go2cpp bug)\n",
                 what.empty() ? "translation" : what.c_str());
    return;
  }
  for (const auto& line : diags.formatted(unlimitedErrors ? SIZE_MAX : kErrorLimit)) std::fprintf(stderr, "%s\n", line.c_str());
}

}  // namespace cli
