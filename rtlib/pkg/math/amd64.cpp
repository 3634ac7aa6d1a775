// This file implements the math functions that gc computes with amd64
// assembly (exp_amd64.s, log_amd64.s, hypot_amd64.s): to give the same bits
// as gc, they follow those programs instruction by instruction, not Go's
// portable versions. Exp's Taylor series (after Naoki Shibata's method, as
// in SLEEF) runs with fused multiply-adds when the CPU has AVX and FMA, as
// gc's does; Log's frexp step reads the exponent field directly (so
// subnormal inputs go the way gc's go).
#include "math/math.hpp"

#include <immintrin.h>

#include <bit>
#include <cmath>

namespace math {

namespace {

constexpr go::uint64 pos_inf_bits = 0x7FF0000000000000ULL;
constexpr go::uint64 neg_inf_bits = 0xFFF0000000000000ULL;
constexpr go::uint64 nan_bits = 0x7FF8000000000001ULL;

double from_bits(go::uint64 b) { return std::bit_cast<double>(b); }
go::uint64 to_bits(double f) { return std::bit_cast<go::uint64>(f); }

bool cpu_has_fma() {
  static const bool has = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
  return has;
}

// CVTSD2SL: to int32 under the current rounding mode (nearest even);
// out-of-range values give INT32_MIN, the "integer indefinite".
int cvtsd2sl(double v) { return _mm_cvtsd_si32(_mm_set_sd(v)); }

// The series in its two instruction sequences. fma() is only reached on
// CPUs that have the instruction (it is then exact, as VFMADD is).
double exp_series_plain(double x, double k) {
  constexpr double ln2u = 0.69314718055966295651160180568695068359375;
  constexpr double ln2l = 0.28235290563031577122588448175013436025525412068e-12;
  x -= ln2u * k;
  x -= ln2l * k;
  x *= 0.0625;
  double t = 2.4801587301587301587e-5;
  t = t * x + 1.9841269841269841270e-4;
  t = t * x + 1.3888888888888888889e-3;
  t = t * x + 8.3333333333333333333e-3;
  t = t * x + 4.1666666666666666667e-2;
  t = t * x + 1.6666666666666666667e-1;
  t = t * x + 0.5;
  t = t * x + 1.0;
  x *= t;
  // (1+x)^16 - 1, four squarings of the form x = x*(x+2).
  for (int i = 0; i < 4; i++) x *= x + 2.0;
  return x + 1.0;
}

__attribute__((target("avx,fma"))) double exp_series_fma(double x, double k) {
  constexpr double ln2u = 0.69314718055966295651160180568695068359375;
  constexpr double ln2l = 0.28235290563031577122588448175013436025525412068e-12;
  x = std::fma(-ln2u, k, x);
  x = std::fma(-ln2l, k, x);
  x *= 0.0625;
  double t = 2.4801587301587301587e-5;
  t = std::fma(t, x, 1.9841269841269841270e-4);
  t = std::fma(t, x, 1.3888888888888888889e-3);
  t = std::fma(t, x, 8.3333333333333333333e-3);
  t = std::fma(t, x, 4.1666666666666666667e-2);
  t = std::fma(t, x, 1.6666666666666666667e-1);
  t = std::fma(t, x, 0.5);
  t = std::fma(t, x, 1.0);
  x *= t;
  for (int i = 0; i < 3; i++) x *= x + 2.0;
  double y = x + 2.0;
  return std::fma(x, y, 1.0);
}

}  // namespace

go::float64 Exp(go::float64 x) {
  go::uint64 bits = to_bits(x);
  if ((bits & ~(1ULL << 63)) >= pos_inf_bits) {
    if (bits == neg_inf_bits) return 0;
    return x;  // NaN or +Inf
  }
  constexpr double overflow = 7.09782712893384e+02;
  if (x > overflow) return from_bits(pos_inf_bits);
  constexpr double log2e = 1.4426950408889634073599246810018920;
  int e = cvtsd2sl(log2e * x);
  double k = static_cast<double>(e);
  double fr = cpu_has_fma() ? exp_series_fma(x, k) : exp_series_plain(x, k);
  // fr * 2**e, through a subnormal scale when the biased exponent is not
  // positive.
  go::int64 biased = static_cast<go::int64>(static_cast<go::int32>(static_cast<go::uint32>(e) + 0x3FF));
  if (biased <= 0) {
    if (biased < -52) return 0;
    fr *= from_bits(static_cast<go::uint64>(biased + 0x3FE) << 52);
    biased = 1;
  } else if (biased >= 0x7FF) {
    return from_bits(pos_inf_bits);
  }
  return fr * from_bits(static_cast<go::uint64>(biased) << 52);
}

go::float64 Log(go::float64 x) {
  go::uint64 bits = to_bits(x);
  if ((bits & ~(1ULL << 63)) == 0) return from_bits(neg_inf_bits);
  if (static_cast<go::int64>(bits) < 0) return from_bits(nan_bits);
  if (bits >= pos_inf_bits) return x;
  constexpr double hsqrt2 = 7.07106781186547524401e-01;
  constexpr double ln2hi = 6.93147180369123816490e-01;
  constexpr double ln2lo = 1.90821492927058770002e-10;
  constexpr double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01, L3 = 2.857142874366239149e-01,
                   L4 = 2.222219843214978396e-01, L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
                   L7 = 1.479819860511658591e-01;
  double f1 = from_bits((bits & 0x000FFFFFFFFFFFFFULL) | 0x3FE0000000000000ULL);
  double k = static_cast<double>(static_cast<int>((bits >> 52) & 0x7FF) - 0x3FE);
  if (!(hsqrt2 < f1)) {  // CMPSD nlt: f1 <= Sqrt2/2 (or unordered)
    k -= 1;
    f1 *= 2;
  } else {
    f1 *= 1;
  }
  double f = f1 - 1;
  double s = f / (2 + f);
  double s2 = s * s;
  double s4 = s2 * s2;
  double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  double R = t1 + t2;
  double hfsq = 0.5 * f * f;
  return k * ln2hi - ((hfsq - (s * (hfsq + R) + k * ln2lo)) - f);
}

go::float64 Hypot(go::float64 p, go::float64 q) {
  go::uint64 pb = to_bits(p) & ~(1ULL << 63);
  go::uint64 qb = to_bits(q) & ~(1ULL << 63);
  if (pb >= pos_inf_bits || qb >= pos_inf_bits) {
    if (pb == pos_inf_bits || qb == pos_inf_bits) return from_bits(pos_inf_bits);
    return from_bits(nan_bits);
  }
  if ((pb | qb) == 0) return 0;
  double a = from_bits(pb), b = from_bits(qb);
  double big = a > b ? a : b;  // MAXSD/MINSD on non-NaN, non-equal-zero operands
  double small = a > b ? b : a;
  double r = small / big;
  r = r * r + 1.0;
  return big * std::sqrt(r);
}

}  // namespace math
