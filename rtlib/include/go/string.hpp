// This file implements Go's string: an immutable run of bytes, passed by
// value as {pointer, length} (16 bytes, trivially copyable).
//
// A literal wraps the bytes the C++ compiler already placed in read-only
// memory; every other string owns GC-allocated bytes that nothing ever
// writes again after construction, so substrings share them freely.
// Comparison is bytewise, as in Go; nothing here assumes UTF-8 except the
// explicit rune conversions.
#pragma once

#include <compare>
#include <concepts>
#include <cstring>
#include <string_view>

#include "go/panic.hpp"
#include "go/types.hpp"

namespace go {

struct string {
  const uint8* ptr = nullptr;
  int_ len = 0;

  string() = default;
  // Wraps bytes that outlive the string (literals, GC memory); no copy.
  string(const char* bytes, int_ n) : ptr(reinterpret_cast<const uint8*>(bytes)), len(n) {}
  string(const uint8* bytes, int_ n) : ptr(bytes), len(n) {}
  // A C++ string literal, embedded NULs included.
  template <std::size_t N>
  string(const char (&literal)[N]) : ptr(reinterpret_cast<const uint8*>(literal)), len(N - 1) {}};

inline int_ len(string s) { return s.len; }

inline std::string_view view(string s) {
  return {reinterpret_cast<const char*>(s.ptr), static_cast<std::size_t>(s.len)};
}

// Copies bytes into a new GC-owned string.
string make_string(std::string_view bytes);

string operator+(string a, string b);

inline bool operator==(string a, string b) {
  return a.len == b.len && (a.ptr == b.ptr || a.len == 0 || std::memcmp(a.ptr, b.ptr, a.len) == 0);
}
inline std::strong_ordering operator<=>(string a, string b) {
  return view(a) <=> view(b);  // unsigned bytewise, as Go compares
}

inline byte index(string s, int_ i) {
  if (static_cast<uint_>(i) >= static_cast<uint_>(s.len)) [[unlikely]] panic_index(i, s.len);
  return s.ptr[i];
}
// An unsigned index is reported as the unsigned number it is, as gc does.
template <std::unsigned_integral I>
inline byte index(string s, I i) {
  if (static_cast<uint64>(i) >= static_cast<uint64>(s.len)) [[unlikely]]
    panic_bounds(bounds_kind::index, static_cast<int64>(i), s.len, false);
  return s.ptr[i];
}

// s[i] where go2cpp's bce proved 0 <= i < len: no check.
template <std::integral I>
inline byte elem(string s, I i) { return s.ptr[i]; }

// s[lo:hi] and s[lo:], checked with gc's messages.
// Bounds may have any integer type (as for slices).
template <std::integral L, std::integral H>
inline string slice_of(string s, L lo, H hi) {
  if (static_cast<uint64>(hi) > static_cast<uint64>(s.len)) [[unlikely]]
    panic_slice_bound(bounds_kind::slice_alen, hi, s.len);
  if (static_cast<uint64>(lo) > static_cast<uint64>(hi)) [[unlikely]]
    panic_slice_bound(bounds_kind::slice_b, lo, static_cast<int64>(hi));
  // An empty result keeps the base pointer, as gc's does, so that it never
  // points past the end of the bytes (which could keep the next object alive).
  if (lo == hi) return string(s.ptr, 0);
  return string(s.ptr + static_cast<int_>(lo), static_cast<int_>(hi) - static_cast<int_>(lo));
}
template <std::integral L>
inline string slice_of(string s, L lo) { return slice_of(s, lo, s.len); }
// s[lo:hi] and s[lo:] where go2cpp's bce proved 0 <= lo <= hi <= len.
template <std::integral L, std::integral H>
inline string slice_unchecked(string s, L lo, H hi) {
  if (lo == hi) return string(s.ptr, 0);
  return string(s.ptr + static_cast<int_>(lo), static_cast<int_>(hi) - static_cast<int_>(lo));
}
template <std::integral L>
inline string slice_unchecked(string s, L lo) { return slice_unchecked(s, lo, s.len); }

// UTF-8, as Go's unicode/utf8 and the string conversions define it.
inline constexpr rune rune_error = 0xFFFD;
struct decoded_rune {
  rune r;
  int_ width;  // bytes consumed: 1 for an invalid byte, 0 only at the end
};
// Decodes the rune starting at byte i (for range loops and conversions).
decoded_rune decode_rune(string s, int_ i);
// Appends the UTF-8 encoding of r (invalid runes become U+FFFD) to out,
// which must have room for 4 bytes; returns the byte count.
int encode_rune(rune r, uint8* out);
// string(r) for an integer r.
string rune_to_string(int64 r);

}  // namespace go
