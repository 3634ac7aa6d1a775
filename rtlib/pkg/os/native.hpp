// This file declares the native functions of Go's package os (os.go): the
// command line (Args, declared in Go, is set by go::run_main before any
// package initializer runs) and Exit. Files, environment and the rest come
// with later issues.
#pragma once

#include "go/runtime.hpp"

namespace os {

// Exits at once with the given status: deferred calls do not run; buffered
// standard output is flushed first.
[[noreturn]] void Exit(go::int_ code);

}  // namespace os
