// This file declares the natives of package math/bits (bits.go): the bit
// counts gc computes with single instructions, and the 128-by-64-bit
// division.
#pragma once

#include <tuple>

#include "go/runtime.hpp"

namespace math::bits {

inline go::int_ TrailingZeros64(go::uint64 x) { return x == 0 ? 64 : __builtin_ctzll(x); }
inline go::int_ OnesCount64(go::uint64 x) { return __builtin_popcountll(x); }
inline go::uint64 ReverseBytes64(go::uint64 x) { return __builtin_bswap64(x); }
inline go::int_ Len64(go::uint64 x) { return x == 0 ? 0 : 64 - __builtin_clzll(x); }

[[noreturn]] inline void overflow() { go::panic_overflow(); }

inline std::tuple<go::uint64, go::uint64> Div64(go::uint64 hi, go::uint64 lo, go::uint64 y) {
  if (y == 0) go::panic_divide();
  if (y <= hi) go::panic_overflow();
  unsigned __int128 n = (static_cast<unsigned __int128>(hi) << 64) | lo;
  return {static_cast<go::uint64>(n / y), static_cast<go::uint64>(n % y)};
}

}  // namespace math::bits
