// This file implements hashing of Go's comparable values, for map keys.
//
// go::hash_of(v, seed) gives a 64-bit hash of any comparable value whose
// equality is C++'s ==: integers, bools, floats, pointers, strings, arrays
// (element by element) and structs. A struct gets its hash from a member
// go_hash(seed) that the emitter writes next to the struct's operator==
// (fields in order, blank fields skipped):
//
//   go::uintptr go_hash(go::uintptr seed) const { return go::hash_fields(seed, X, Y); }
//
// Interface values hash through their dynamic type's descriptor
// (go::hash_value in typedesc.cpp).
//
// Hashes agree wherever == does, as Go requires: +0 and -0 hash alike, and a
// NaN (which equals nothing, itself included) hashes randomly, as gc's
// f64hash does, so that many NaN keys do not all collide.
//
// The mixing step multiplies two 64-bit words into 128 bits and folds the
// halves together (the "mum" step of the wyhash family); strings are
// consumed 16 bytes per step. Each map has its own random seed.
#pragma once

#include <cstring>
#include <type_traits>

#include "go/array.hpp"
#include "go/iface.hpp"
#include "go/string.hpp"
#include "go/types.hpp"

namespace go {

namespace detail {

// Odd 64-bit constants with well-spread bits.
inline constexpr uint64 hash_k0 = 0x9e3779b97f4a7c15ull;
inline constexpr uint64 hash_k1 = 0xd6e8feb86659fd93ull;
inline constexpr uint64 hash_k2 = 0xa0761d6478bd642full;

inline uint64 hash_mix(uint64 a, uint64 b) {
  unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64>(r) ^ static_cast<uint64>(r >> 64);
}

inline uintptr hash_word(uint64 v, uintptr seed) {
  return hash_mix(v ^ hash_k0, seed ^ hash_k1);
}

// The bytes of a string (or any memory) in map_hash.cpp.
uintptr hash_bytes(const void* p, int_ n, uintptr seed);
// A fresh random word (per-thread generator), for seeds, NaN hashes and the
// start of each map iteration.
uint64 fast_random();

template <class T>
inline uintptr hash_float(T v, uintptr seed) {
  if (v == 0) return hash_word(0, seed);                         // +0 and -0
  if (v != v) return hash_word(fast_random(), seed ^ hash_k2);   // NaN
  if constexpr (sizeof(T) == 4) {
    uint32 bits;
    std::memcpy(&bits, &v, 4);
    return hash_word(bits, seed);
  } else {
    uint64 bits;
    std::memcpy(&bits, &v, 8);
    return hash_word(bits, seed);
  }
}

}  // namespace detail

// hash_of(v, seed): Go's hash of a comparable value.
template <class T>
inline uintptr hash_of(const T& v, uintptr seed) {
  if constexpr (std::is_floating_point_v<T>) {
    return detail::hash_float(v, seed);
  } else if constexpr (is_complex_v<T>) {
    return detail::hash_float(v.im, detail::hash_float(v.re, seed));
  } else if constexpr (std::is_integral_v<T> || std::is_enum_v<T>) {
    return detail::hash_word(static_cast<uint64>(v), seed);
  } else if constexpr (std::is_pointer_v<T>) {
    return detail::hash_word(reinterpret_cast<uintptr>(v), seed);
  } else if constexpr (std::is_same_v<T, std::nullptr_t>) {
    return detail::hash_word(0, seed);
  } else if constexpr (std::is_same_v<T, string>) {
    return detail::hash_bytes(v.ptr, v.len, seed);
  } else if constexpr (std::is_same_v<T, any> || std::is_base_of_v<iface, T>) {
    // Through the dynamic type's descriptor; panics with gc's "hash of
    // unhashable type []int" for a dynamic type that is not comparable.
    any a(v);
    return hash_value(&any_type, &a, seed);
  } else if constexpr (requires { v.core(); }) {
    return detail::hash_word(reinterpret_cast<uintptr>(v.core()), seed);  // a channel: its runtime object
  } else if constexpr (requires { v.go_hash(seed); }) {
    return v.go_hash(seed);  // a struct's (emitted)
  } else if constexpr (requires { go_hash(v, seed); }) {
    return go_hash(v, seed);  // an array's, a runtime type's
  } else {
    static_assert(std::is_same_v<T, void>, "go::hash_of: not a comparable Go type");
    return 0;
  }
}

// An array hashes its elements in order.
template <class T, int_ N>
inline uintptr go_hash(const array<T, N>& a, uintptr seed) {
  if constexpr (N > 0)
    for (int_ i = 0; i < N; i++) seed = hash_of(a.v[i], seed);
  return detail::hash_word(static_cast<uint64>(N), seed);
}

// k1 == k2 for map keys: C++'s == where Go's is one, go::equal for
// interface values.
template <class K>
inline bool keys_equal(const K& a, const K& b) {
  if constexpr (std::is_same_v<K, any> || std::is_base_of_v<iface, K>) return equal(a, b);
  else return a == b;
}

// A struct's fields, in order: the body of its go_hash.
template <class... F>
inline uintptr hash_fields(uintptr seed, const F&... fields) {
  ((seed = hash_of(fields, seed)), ...);
  return seed;
}

}  // namespace go
