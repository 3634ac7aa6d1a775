// This file declares the first slice of Go's package os: the command line
// and Exit. Files, environment and the rest come with later issues.
#pragma once

#include "go/runtime.hpp"

namespace os {

// The command-line arguments, starting with the program name (set by
// go::run_main before any package initialiser runs).
extern go::slice<go::string> Args;

// Exits at once with the given status: deferred calls do not run; buffered
// standard output is flushed first.
[[noreturn]] void Exit(go::int_ code);

}  // namespace os
