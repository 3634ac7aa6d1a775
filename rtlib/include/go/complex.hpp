// This file implements Go's complex64 and complex128.
//
// A complex value is a pair {re, im} of float32 or float64, laid out as
// gc's (and std::complex's): 8 and 16 bytes. The arithmetic is Go's, not
// C's: + - * are computed componentwise with no C99 Annex G recovery of
// infinities from NaNs, and / follows gc's runtime.complex128div (Smith's
// algorithm, then C99's corrections when both parts come out NaN);
// complex64 division is done in complex128 and rounded back, as gc does.
// Dividing by zero does not panic: it gives infinities or NaNs.
//
//   complex(r, i)  → go::complex128(r, i)        real(c), imag(c) → go::real(c), go::imag(c)
//   complex64(c)   → go::complex64(c)            c1 / c2          → operator/
#pragma once

#include <cmath>
#include <cstdint>

#include "go/types.hpp"

namespace go {

template <class F>
struct basic_complex;
// gc's runtime.complex128div.
basic_complex<float64> complex128_div(basic_complex<float64> n, basic_complex<float64> m);

template <class F>
struct basic_complex {
  F re{}, im{};

  constexpr basic_complex() = default;
  constexpr basic_complex(F r, F i) : re(r), im(i) {}
  // complex64(c128) and complex128(c64): each part converted.
  template <class G>
  constexpr explicit basic_complex(const basic_complex<G>& c) : re(static_cast<F>(c.re)), im(static_cast<F>(c.im)) {}

  friend constexpr basic_complex operator+(basic_complex a, basic_complex b) { return {a.re + b.re, a.im + b.im}; }
  friend constexpr basic_complex operator-(basic_complex a, basic_complex b) { return {a.re - b.re, a.im - b.im}; }
  friend constexpr basic_complex operator*(basic_complex a, basic_complex b) {
    return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
  }
  // complex64 divides in complex128 and rounds back, as gc does.
  friend basic_complex operator/(basic_complex a, basic_complex b) {
    return basic_complex(complex128_div(basic_complex<float64>(a), basic_complex<float64>(b)));
  }
  friend constexpr basic_complex operator-(basic_complex a) { return {-a.re, -a.im}; }
  friend constexpr basic_complex operator+(basic_complex a) { return a; }
  friend constexpr bool operator==(basic_complex a, basic_complex b) { return a.re == b.re && a.im == b.im; }

  basic_complex& operator+=(basic_complex b) { return *this = *this + b; }
  basic_complex& operator-=(basic_complex b) { return *this = *this - b; }
  basic_complex& operator*=(basic_complex b) { return *this = *this * b; }
  basic_complex& operator/=(basic_complex b) { return *this = *this / b; }
};

using complex64 = basic_complex<float32>;
using complex128 = basic_complex<float64>;
static_assert(sizeof(complex64) == 8 && sizeof(complex128) == 16, "gc's complex layout");

template <class F>
constexpr F real(basic_complex<F> c) { return c.re; }
template <class F>
constexpr F imag(basic_complex<F> c) { return c.im; }

template <class T>
inline constexpr bool is_complex_v = false;
template <class F>
inline constexpr bool is_complex_v<basic_complex<F>> = true;

}  // namespace go
