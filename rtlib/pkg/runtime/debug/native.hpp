// This file declares the native functions of Go's package runtime/debug
// (garbage.go and stack.go declare them; debug.cpp implements them).
#pragma once

#include "go/runtime.hpp"

namespace runtime::debug {

go::int_ SetGCPercent(go::int_ percent);
void FreeOSMemory();
void writeStderr(go::slice<go::uint8> b);

}  // namespace runtime::debug
