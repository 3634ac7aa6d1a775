// This file implements Go slices: {pointer, length, capacity} views of a
// GC-allocated backing array, passed by value.
//
// append grows the backing array exactly as gc 1.19's growslice does
// (double below 256 elements, then +(cap+768)/4, rounded up to gc's
// allocation size classes) so that programs printing cap() agree with gc.
// Every index and reslice is checked and panics with gc's texts.
#pragma once

#include <concepts>
#include <cstring>
#include <initializer_list>
#include <type_traits>
#include <utility>

#include "go/memory.hpp"
#include "go/panic.hpp"
#include "go/string.hpp"
#include "go/types.hpp"

namespace go {

template <class T>
struct slice {
  T* ptr = nullptr;
  int_ len = 0;
  int_ cap = 0;};

template <class T> inline int_ len(const slice<T>& s) { return s.len; }
template <class T> inline int_ cap(const slice<T>& s) { return s.cap; }
template <class T> inline bool is_nil(const slice<T>& s) { return s.ptr == nullptr; }

template <class T>
inline T& index(slice<T> s, int_ i) {
  if (static_cast<uint_>(i) >= static_cast<uint_>(s.len)) [[unlikely]] panic_index(i, s.len);
  if constexpr (std::is_empty_v<T>) return *s.ptr;  // zero-size elements share one address, as in gc
  return s.ptr[i];
}
// An unsigned index is reported as the unsigned number it is, as gc does.
template <class T, std::unsigned_integral I>
inline T& index(slice<T> s, I i) {
  if (static_cast<uint64>(i) >= static_cast<uint64>(s.len)) [[unlikely]]
    panic_bounds(bounds_kind::index, static_cast<int64>(i), s.len, false);
  if constexpr (std::is_empty_v<T>) return *s.ptr;
  return s.ptr[i];
}

// s[i] where go2cpp's bce proved 0 <= i < len: no check. A free function
// taking the slice by value, as go::index does: a member operator[] would
// take the variable's address and keep it in memory, which cost a
// store-forwarding stall per call in nbody.
template <class T, std::integral I>
inline T& elem(slice<T> s, I i) {
  if constexpr (std::is_empty_v<T>) return *s.ptr;
  return s.ptr[i];
}

// The capacity growslice picks when a slice of capacity old_cap must hold
// needed elements of elem_size bytes (rounded to gc's size classes).
int_ grow_capacity(int_ old_cap, int_ needed, std::size_t elem_size);
// The byte count gc would really allocate for a request of size bytes.
std::size_t round_up_alloc_size(std::size_t size);
// Panics as makeslice does for a bad len or cap of elem_size elements.
void check_make_slice(int_ len, int_ cap, std::size_t elem_size);

// The size Go gives an element: struct{} is 0 bytes in Go, 1 in C++.
template <class T>
inline constexpr std::size_t go_sizeof = std::is_empty_v<T> ? 0 : sizeof(T);

namespace detail {
// Where every zero-size object lives (gc's runtime.zerobase): Go gives
// zero-size elements and arrays no memory, so their addresses coincide.
alignas(16) inline unsigned char zerobase[16];
}  // namespace detail
template <class T>
inline T* zero_base() { return reinterpret_cast<T*>(detail::zerobase); }

namespace detail {
// Zeroed memory already is Go's zero value; only C++ types with a
// constructor need it run. Elements of size zero all share one object.
template <class T>
inline T* new_backing_array(int_ n) {
  if constexpr (std::is_empty_v<T>) return zero_base<T>();
  T* p = static_cast<T*>(alloc_for<T>(static_cast<std::size_t>(n)));
  if constexpr (!std::is_trivially_default_constructible_v<T>) {
    for (int_ i = 0; i < n; i++) ::new (p + i) T();
  }
  return p;
}

template <class T>
inline void move_elements(T* dst, const T* src, int_ n) {
  if (n <= 0 || std::is_empty_v<T>) return;
  if constexpr (std::is_trivially_copyable_v<T>) {
    std::memmove(static_cast<void*>(dst), static_cast<const void*>(src), static_cast<std::size_t>(n) * sizeof(T));
  } else if (dst <= src) {
    for (int_ i = 0; i < n; i++) dst[i] = src[i];
  } else {
    for (int_ i = n; i-- > 0;) dst[i] = src[i];
  }
}

template <class T>
inline slice<T> grow(slice<T> s, int_ needed) {
  int_ newcap = grow_capacity(s.cap, needed, go_sizeof<T>);
  T* p = new_backing_array<T>(newcap);
  move_elements(p, s.ptr, s.len);
  return slice<T>{p, s.len, newcap};
}
}  // namespace detail

template <class T>
inline slice<T> make_slice(int_ len, int_ cap) {
  check_make_slice(len, cap, go_sizeof<T>);
  return slice<T>{detail::new_backing_array<T>(cap), len, cap};
}
template <class T>
inline slice<T> make_slice(int_ len) { return make_slice<T>(len, len); }

// The ... slice of a variadic call f(a, b, c): a new slice of the
// arguments (already converted to T by the emitter).
template <class T, class... A>
inline slice<T> variadic(const A&... a) {
  slice<T> s = make_slice<T>(static_cast<int_>(sizeof...(A)));
  int_ i = 0;
  ((s.ptr[i++] = a), ...);
  return s;
}

// []T{2: a, 5: b}: a slice of len elements, those given set at their indices.
template <class T>
inline slice<T> indexed_slice(int_ len, std::initializer_list<std::pair<int_, T>> elems) {
  slice<T> s = make_slice<T>(len);
  for (const auto& [i, v] : elems) s.ptr[i] = v;
  return s;
}

// append(s, v...)
template <class T, class... V>
inline slice<T> append(slice<T> s, V&&... v) {
  constexpr int_ n = static_cast<int_>(sizeof...(V));
  if constexpr (n == 0) {
    return s;
  } else {
    // Convert first: a value may live in the array being replaced.
    T values[n] = {T(std::forward<V>(v))...};
    int_ needed = s.len + n;
    if (needed < 0) [[unlikely]] panic_runtime_error("growslice: cap out of range");  // (wrapped)
    if (needed > s.cap) s = detail::grow(s, needed);
    for (int_ i = 0; i < n; i++) s.ptr[s.len + i] = values[i];
    s.len = needed;
    return s;
  }
}

// append(s, t...)
template <class T>
inline slice<T> append_slice(slice<T> s, slice<T> t) {
  if (t.len == 0) return s;
  int_ needed = s.len + t.len;
  if (needed < 0) [[unlikely]] panic_runtime_error("growslice: cap out of range");  // (wrapped)
  if (needed > s.cap) s = detail::grow(s, needed);
  detail::move_elements(s.ptr + s.len, t.ptr, t.len);
  s.len = needed;
  return s;
}

// append(b, str...)
slice<byte> append_string(slice<byte> s, string t);

template <class T>
inline int_ copy(slice<T> dst, slice<T> src) {
  int_ n = dst.len < src.len ? dst.len : src.len;
  if (dst.ptr != src.ptr) detail::move_elements(dst.ptr, src.ptr, n);
  return n;
}
int_ copy(slice<byte> dst, string src);

namespace detail {
// A reslice of capacity zero keeps the base pointer so that it never points
// past the end of its array (which could keep the next object alive).
template <class T>
inline slice<T> make_view(T* base, int_ lo, int_ hi, int_ max) {
  // (Zero-size elements do not move the pointer, as lo*0 does not in gc.)
  return slice<T>{max - lo == 0 || std::is_empty_v<T> ? base : base + lo, hi - lo, max - lo};
}
}  // namespace detail

// s[lo:hi], s[lo:], s[lo:hi:max] on a slice. Bounds may have any integer
// type: compared as unsigned numbers (a negative bound is out of range),
// and an unsigned one is reported as the unsigned number it is, as gc does.
template <class T, std::integral L, std::integral H>
inline slice<T> slice_of(slice<T> s, L lo, H hi) {
  if (static_cast<uint64>(hi) > static_cast<uint64>(s.cap)) [[unlikely]]
    panic_slice_bound(bounds_kind::slice_acap, hi, s.cap);
  if (static_cast<uint64>(lo) > static_cast<uint64>(hi)) [[unlikely]]
    panic_slice_bound(bounds_kind::slice_b, lo, static_cast<int64>(hi));
  return detail::make_view(s.ptr, static_cast<int_>(lo), static_cast<int_>(hi), s.cap);
}
template <class T, std::integral L>
inline slice<T> slice_of(slice<T> s, L lo) {
  if (static_cast<uint64>(lo) > static_cast<uint64>(s.len)) [[unlikely]]
    panic_slice_bound(bounds_kind::slice_b, lo, s.len);
  return detail::make_view(s.ptr, static_cast<int_>(lo), s.len, s.cap);
}
template <class T, std::integral L, std::integral H, std::integral M>
inline slice<T> slice_of(slice<T> s, L lo, H hi, M max) {
  if (static_cast<uint64>(max) > static_cast<uint64>(s.cap)) [[unlikely]]
    panic_slice_bound(bounds_kind::slice3_acap, max, s.cap);
  if (static_cast<uint64>(hi) > static_cast<uint64>(max)) [[unlikely]]
    panic_slice_bound(bounds_kind::slice3_b, hi, static_cast<int64>(max));
  if (static_cast<uint64>(lo) > static_cast<uint64>(hi)) [[unlikely]]
    panic_slice_bound(bounds_kind::slice3_c, lo, static_cast<int64>(hi));
  return detail::make_view(s.ptr, static_cast<int_>(lo), static_cast<int_>(hi), static_cast<int_>(max));
}

// s[lo:hi] and s[lo:] where go2cpp's bce proved 0 <= lo <= hi <= cap.
template <class T, std::integral L, std::integral H>
inline slice<T> slice_unchecked(slice<T> s, L lo, H hi) {
  return detail::make_view(s.ptr, static_cast<int_>(lo), static_cast<int_>(hi), s.cap);
}
template <class T, std::integral L>
inline slice<T> slice_unchecked(slice<T> s, L lo) {
  return detail::make_view(s.ptr, static_cast<int_>(lo), s.len, s.cap);
}

// Conversions between strings and byte or rune slices (always copying).
string bytes_to_string(slice<byte> b);
slice<byte> string_to_bytes(string s);
slice<byte> const_string_to_bytes(string s);  // capacity exactly len(s), as gc gives constants
slice<rune> string_to_runes(string s);
string runes_to_string(slice<rune> r);

}  // namespace go
