// This file implements Go arrays: values of fixed length, copied on
// assignment, compared elementwise, zero-initialised, indexed with checks.
// Slicing an array yields a slice sharing its storage (the array must be
// addressable, i.e. live in GC memory or outlive the slice).
#pragma once

#include <concepts>

#include <initializer_list>
#include <utility>

#include "go/panic.hpp"
#include "go/slice.hpp"
#include "go/types.hpp"

namespace go {

template <class T, int_ N>
struct array {
  T v[N]{};

  friend bool operator==(const array& a, const array& b) {
    for (int_ i = 0; i < N; i++) {
      if (!(a.v[i] == b.v[i])) return false;
    }
    return true;
  }
};

// [0]T holds nothing; C++ has no zero-length arrays. An empty class, so
// that it is zero bytes to Go (go_sizeof) and arrays of it are too.
template <class T>
struct array<T, 0> {
  static constexpr T* v = nullptr;  // so that generic code may still name .v
  constexpr array() = default;
  constexpr array(std::initializer_list<T>) {}  // the literal [0]T{} (go::array<T, 0>{{}})
  friend bool operator==(const array&, const array&) { return true; }
};

// The elements of [N]T with a zero-size T: all of them are the one
// zero-size object (go::zero_base), so &a[1] == &a[2] as in gc.
template <class T>
struct zero_size_elements {
  template <std::integral I>
  T& operator[](I) const { return *zero_base<T>(); }
  operator T*() const { return zero_base<T>(); }
};

template <class T, int_ N>
  requires(N > 0 && std::is_empty_v<T>)
struct array<T, N> {
  static constexpr zero_size_elements<T> v{};
  constexpr array() = default;
  constexpr array(std::initializer_list<T>) {}  // a literal: its elements were evaluated
  friend bool operator==(const array&, const array&) { return true; }
};

template <class T, int_ N> constexpr int_ len(const array<T, N>&) { return N; }
template <class T, int_ N> constexpr int_ cap(const array<T, N>&) { return N; }

template <class T, int_ N>
inline T& index(array<T, N>& a, int_ i) {
  if (static_cast<uint_>(i) >= static_cast<uint_>(N)) [[unlikely]] panic_index(i, N);
  return a.v[i];
}
template <class T, int_ N>
inline const T& index(const array<T, N>& a, int_ i) {
  if (static_cast<uint_>(i) >= static_cast<uint_>(N)) [[unlikely]] panic_index(i, N);
  return a.v[i];
}
// An unsigned index is reported as the unsigned number it is, as gc does.
template <class T, int_ N, std::unsigned_integral I>
inline T& index(array<T, N>& a, I i) {
  if (static_cast<uint64>(i) >= static_cast<uint64>(N)) [[unlikely]] panic_bounds(bounds_kind::index, static_cast<int64>(i), N, false);
  return a.v[i];
}
template <class T, int_ N, std::unsigned_integral I>
inline const T& index(const array<T, N>& a, I i) {
  if (static_cast<uint64>(i) >= static_cast<uint64>(N)) [[unlikely]] panic_bounds(bounds_kind::index, static_cast<int64>(i), N, false);
  return a.v[i];
}

// a[i] where go2cpp's bce proved 0 <= i < N: no check.
template <class T, int_ N, std::integral I>
inline T& elem(array<T, N>& a, I i) { return a.v[i]; }
template <class T, int_ N, std::integral I>
inline const T& elem(const array<T, N>& a, I i) { return a.v[i]; }

// *p = *q where p and q may overlap (pointers made from one slice by
// (*[N]T)(s[i:])): Go stores the value *q had before the assignment.
template <class T, int_ N>
inline void assign_overlapping(array<T, N>& dst, const array<T, N>& src) {
  if constexpr (N > 0) detail::move_elements(dst.v, src.v, N);
}

// [N]T{2: a, 5: b}: the elements given with their indices, the rest zero.
template <class T, int_ N>
inline array<T, N> indexed_array(std::initializer_list<std::pair<int_, T>> elems) {
  array<T, N> a;
  if constexpr (N > 0)
    for (const auto& [i, v] : elems) a.v[i] = v;
  return a;
}

// (*[N]T)(s): the slice's first N elements seen as an array (Go 1.17);
// panics when the slice is shorter. A nil slice gives a nil pointer.
template <int_ N, class T>
inline array<T, N>* slice_to_array_pointer(slice<T> s) {
  if (N > s.len) [[unlikely]] panic_bounds(bounds_kind::convert, N, s.len);
  return reinterpret_cast<array<T, N>*>(s.ptr);
}

// a[lo:hi], a[lo:], a[lo:hi:max] on an addressable array (bounds as for
// slices: any integer type).
template <class T, int_ N, std::integral L, std::integral H>
inline slice<T> slice_of(array<T, N>& a, L lo, H hi) {
  if (static_cast<uint64>(hi) > static_cast<uint64>(N)) [[unlikely]]
    panic_slice_bound(bounds_kind::slice_alen, hi, N);
  if (static_cast<uint64>(lo) > static_cast<uint64>(hi)) [[unlikely]]
    panic_slice_bound(bounds_kind::slice_b, lo, static_cast<int64>(hi));
  return detail::make_view(static_cast<T*>(a.v), static_cast<int_>(lo), static_cast<int_>(hi), N);
}
template <class T, int_ N, std::integral L>
inline slice<T> slice_of(array<T, N>& a, L lo) { return slice_of(a, lo, N); }
// a[lo:hi] and a[lo:] where go2cpp's bce proved 0 <= lo <= hi <= N.
template <class T, int_ N, std::integral L, std::integral H>
inline slice<T> slice_unchecked(array<T, N>& a, L lo, H hi) {
  return detail::make_view(static_cast<T*>(a.v), static_cast<int_>(lo), static_cast<int_>(hi), N);
}
template <class T, int_ N, std::integral L>
inline slice<T> slice_unchecked(array<T, N>& a, L lo) { return slice_unchecked(a, lo, N); }
template <class T, int_ N, std::integral L, std::integral H, std::integral M>
inline slice<T> slice_of(array<T, N>& a, L lo, H hi, M max) {
  if (static_cast<uint64>(max) > static_cast<uint64>(N)) [[unlikely]]
    panic_slice_bound(bounds_kind::slice3_alen, max, N);
  if (static_cast<uint64>(hi) > static_cast<uint64>(max)) [[unlikely]]
    panic_slice_bound(bounds_kind::slice3_b, hi, static_cast<int64>(max));
  if (static_cast<uint64>(lo) > static_cast<uint64>(hi)) [[unlikely]]
    panic_slice_bound(bounds_kind::slice3_c, lo, static_cast<int64>(hi));
  return detail::make_view(static_cast<T*>(a.v), static_cast<int_>(lo), static_cast<int_>(hi), static_cast<int_>(max));
}

}  // namespace go
