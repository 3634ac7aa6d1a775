// This file implements Go's predeclared numeric types as C++ aliases.
//
// int and uint are distinct C++ types from int64 and uint64 (long long versus
// long on LP64 Linux) although they have the same size: fmt's %T and its
// "%!d(int64=5)" diagnostics must tell them apart, and overloads can too.
// byte and rune are aliases in Go as well, so they map to uint8 and int32.
#pragma once

#include <cstddef>
#include <cstdint>

namespace go {

using int8 = std::int8_t;
using int16 = std::int16_t;
using int32 = std::int32_t;
using int64 = std::int64_t;   // long
using int_ = long long;       // Go's int: 64 bits, its own type

using uint8 = std::uint8_t;
using uint16 = std::uint16_t;
using uint32 = std::uint32_t;
using uint64 = std::uint64_t; // unsigned long
using uint_ = unsigned long long;
using uintptr = std::uint64_t;

using float32 = float;
using float64 = double;

using byte = uint8;
using rune = int32;

static_assert(sizeof(int_) == 8 && sizeof(uint_) == 8, "Go's int is 64 bits here");

}  // namespace go
