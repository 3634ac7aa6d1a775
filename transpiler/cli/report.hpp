// Printing what went wrong in the user's program: the pipeline's
// diagnostics, one "file.go:L:C: message" line each, on stderr.
#pragma once

#include <string>

#include "diag/diag.hpp"

namespace cli {

// Prints the diagnostics (gc's limit of 10, then "too many errors"). When a
// stage failed without saying why, says that instead of printing nothing.
void printDiagnostics(const diag::Diagnostics& diags, const std::string& what = "");

// -e lifts the limit, as gc's -e does (Go's errorcheck tests need it).
void setUnlimitedErrors(bool unlimited);

}  // namespace cli
