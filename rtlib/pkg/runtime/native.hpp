// This file declares the native functions of Go's package runtime (the Go
// declarations are in this folder's .go files).
#pragma once

#include "go/runtime.hpp"

namespace runtime {

// A breakpoint trap: with no debugger attached the program dies the way
// gc's does on SIGTRAP, with a traceback and exit status 2.
[[noreturn]] void Breakpoint();

}  // namespace runtime
