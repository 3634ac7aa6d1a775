// This file implements Go's integer division and shifts, whose semantics
// differ from C++'s: division by zero panics instead of trapping, MIN / -1
// wraps instead of raising SIGFPE, and shift counts at or beyond the width
// are defined (zero, or the sign for a signed right shift) instead of
// undefined. A negative signed shift count panics.
#pragma once

#include <limits>
#include <type_traits>

#include "go/panic.hpp"

namespace go {

namespace detail {
// Go's operands of / and % have one type; in C++ one of them may be a
// literal whose type is only int, long long or unsigned long long (how the
// emitter prints constants). The operation's type is then the other one's.
template <class T>
constexpr int literal_rank() {
  if constexpr (std::is_same_v<T, int>) return 0;
  else if constexpr (std::is_same_v<T, long long> || std::is_same_v<T, unsigned long long>) return 1;
  else return 2;
}
template <class A, class B>
using operand_type = std::conditional_t<(literal_rank<A>() >= literal_rank<B>()), A, B>;
}  // namespace detail

template <class T>
inline T div(T a, T b);
template <class T>
inline T rem(T a, T b);

template <class A, class B>
  requires(!std::is_same_v<A, B>)
inline detail::operand_type<A, B> div(A a, B b) {
  using T = detail::operand_type<A, B>;
  static_assert(detail::literal_rank<A>() != detail::literal_rank<B>(), "operands of different Go types");
  return div<T>(static_cast<T>(a), static_cast<T>(b));
}
template <class A, class B>
  requires(!std::is_same_v<A, B>)
inline detail::operand_type<A, B> rem(A a, B b) {
  using T = detail::operand_type<A, B>;
  static_assert(detail::literal_rank<A>() != detail::literal_rank<B>(), "operands of different Go types");
  return rem<T>(static_cast<T>(a), static_cast<T>(b));
}

template <class T>
inline T div(T a, T b) {
  static_assert(std::is_integral_v<T>);
  if (b == 0) [[unlikely]] panic_divide();
  if constexpr (std::is_signed_v<T>) {
    if (b == -1) return static_cast<T>(static_cast<std::make_unsigned_t<T>>(0) - static_cast<std::make_unsigned_t<T>>(a));
  }
  return static_cast<T>(a / b);
}

template <class T>
inline T rem(T a, T b) {
  static_assert(std::is_integral_v<T>);
  if (b == 0) [[unlikely]] panic_divide();
  if constexpr (std::is_signed_v<T>) {
    if (b == -1) return 0;
  }
  return static_cast<T>(a % b);
}

// Returns the shift count as an unsigned number, panicking if a signed count
// is negative.
template <class U>
inline unsigned long long shift_count(U n) {
  static_assert(std::is_integral_v<U>);
  if constexpr (std::is_signed_v<U>) {
    if (n < 0) [[unlikely]] panic_shift();
  }
  return static_cast<unsigned long long>(n);
}

template <class T, class U>
inline T shl(T a, U n) {
  static_assert(std::is_integral_v<T>);
  constexpr unsigned width = std::numeric_limits<std::make_unsigned_t<T>>::digits;
  unsigned long long k = shift_count(n);
  if (k >= width) return 0;
  using W = std::conditional_t<(sizeof(T) < sizeof(unsigned)), unsigned, std::make_unsigned_t<T>>;
  return static_cast<T>(static_cast<W>(static_cast<std::make_unsigned_t<T>>(a)) << k);
}

template <class T, class U>
inline T shr(T a, U n) {
  static_assert(std::is_integral_v<T>);
  constexpr unsigned width = std::numeric_limits<std::make_unsigned_t<T>>::digits;
  unsigned long long k = shift_count(n);
  if (k >= width) {
    if constexpr (std::is_signed_v<T>) return a < 0 ? T(-1) : T(0);
    else return 0;
  }
  return static_cast<T>(a >> k);  // arithmetic for signed T (defined in C++20)
}

}  // namespace go
