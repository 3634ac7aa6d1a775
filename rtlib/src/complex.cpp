// This file implements complex division as gc's runtime does
// (runtime/complex.go, complex128div): Smith's algorithm (Commun. ACM
// 5(8): 435, 1962), and when both parts come out NaN, the corrections of
// C99 G.5.1 that recover infinities and zeros.
#include <cmath>
#include <limits>

#include "go/complex.hpp"

namespace go {

namespace {

// A signed 1 if f is infinite, a signed 0 otherwise; the sign is f's.
float64 inf2one(float64 f) { return std::copysign(std::isinf(f) ? 1.0 : 0.0, f); }

bool is_finite(float64 f) { return !std::isnan(f - f); }

}  // namespace

complex128 complex128_div(complex128 n, complex128 m) {
  float64 e, f;
  if (std::fabs(m.re) >= std::fabs(m.im)) {
    float64 ratio = m.im / m.re;
    float64 denom = m.re + ratio * m.im;
    e = (n.re + n.im * ratio) / denom;
    f = (n.im - n.re * ratio) / denom;
  } else {
    float64 ratio = m.re / m.im;
    float64 denom = m.im + ratio * m.re;
    e = (n.re * ratio + n.im) / denom;
    f = (n.im * ratio - n.re) / denom;
  }
  if (std::isnan(e) && std::isnan(f)) {
    constexpr float64 inf = std::numeric_limits<float64>::infinity();
    float64 a = n.re, b = n.im, c = m.re, d = m.im;
    if (m == complex128() && (!std::isnan(a) || !std::isnan(b))) {
      e = std::copysign(inf, c) * a;
      f = std::copysign(inf, c) * b;
    } else if ((std::isinf(a) || std::isinf(b)) && is_finite(c) && is_finite(d)) {
      a = inf2one(a);
      b = inf2one(b);
      e = inf * (a * c + b * d);
      f = inf * (b * c - a * d);
    } else if ((std::isinf(c) || std::isinf(d)) && is_finite(a) && is_finite(b)) {
      c = inf2one(c);
      d = inf2one(d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  return {e, f};
}

}  // namespace go
