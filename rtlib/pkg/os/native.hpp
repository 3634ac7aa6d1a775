// This file declares the native functions of Go's package os (os.go): the
// command line (Args, declared in Go, is set by go::run_main before any
// package initializer runs), Exit, Getenv and LookupEnv. Files, environment and the rest come
// with later issues.
#pragma once

#include <tuple>

#include "go/runtime.hpp"

namespace os {

// Exits at once with the given status: deferred calls do not run; buffered
// standard output is flushed first.
[[noreturn]] void Exit(go::int_ code);

// The environment, read through the C library's (Go copies it at start-up;
// nothing here changes it yet, so the two agree).
go::string Getenv(go::string key);
std::tuple<go::string, bool> LookupEnv(go::string key);

}  // namespace os
