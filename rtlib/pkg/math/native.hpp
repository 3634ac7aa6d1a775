// This file implements the native functions of package math declared in
// math.go. Each is exact in IEEE arithmetic (bit casts, sign operations,
// correctly rounded sqrt, rounding to integers), so results are the same
// bits gc's produce.
#pragma once

#include <bit>
#include <cmath>

#include "go/runtime.hpp"

namespace math {

inline go::uint32 Float32bits(go::float32 f) { return std::bit_cast<go::uint32>(f); }
inline go::float32 Float32frombits(go::uint32 b) { return std::bit_cast<go::float32>(b); }
inline go::uint64 Float64bits(go::float64 f) { return std::bit_cast<go::uint64>(f); }
inline go::float64 Float64frombits(go::uint64 b) { return std::bit_cast<go::float64>(b); }

// Go's NaN has the bits 0x7FF8000000000001.
inline go::float64 NaN() { return Float64frombits(0x7FF8000000000001ULL); }
inline bool IsNaN(go::float64 f) { return f != f; }
inline go::float64 Inf(go::int_ sign) { return sign >= 0 ? HUGE_VAL : -HUGE_VAL; }
inline bool IsInf(go::float64 f, go::int_ sign) {
  return (sign >= 0 && f > 1.7976931348623157e308) || (sign <= 0 && f < -1.7976931348623157e308);
}
inline bool Signbit(go::float64 x) { return (Float64bits(x) >> 63) != 0; }
inline go::float64 Copysign(go::float64 f, go::float64 sign) { return std::copysign(f, sign); }
inline go::float64 Abs(go::float64 x) { return std::fabs(x); }
inline go::float64 Sqrt(go::float64 x) { return std::sqrt(x); }
inline go::float64 Floor(go::float64 x) { return std::floor(x); }
inline go::float64 Ceil(go::float64 x) { return std::ceil(x); }
inline go::float64 Trunc(go::float64 x) { return std::trunc(x); }
// FMA is exact: the fused instruction gc uses, or its exact emulation.
inline go::float64 FMA(go::float64 x, go::float64 y, go::float64 z) { return std::fma(x, y, z); }

// gc's amd64 assembly algorithms (amd64.cpp).
go::float64 Exp(go::float64 x);
go::float64 Log(go::float64 x);
go::float64 Hypot(go::float64 p, go::float64 q);

}  // namespace math
