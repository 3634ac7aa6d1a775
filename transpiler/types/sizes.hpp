// The sizes, alignments and field offsets of Go types on linux/amd64, as
// gc computes them (unsafe.Sizeof, Alignof and Offsetof are constants, so
// the checker needs them; later stages may use them for type descriptors).
#pragma once

#include <cstdint>
#include <vector>

#include "types/type.hpp"

namespace types {

// gc's rules (cmd/compile/internal/noder/sizes.go): words of 8 bytes,
// complex types aligned like their halves, arrays and structs padded to
// their alignment, and a zero-sized last field of a non-empty struct
// taking one byte. Type parameters have no size: callers must not ask.
int64_t sizeOf(Type* t);
int64_t alignOf(Type* t);
std::vector<int64_t> fieldOffsets(const Struct* s);

}  // namespace types
