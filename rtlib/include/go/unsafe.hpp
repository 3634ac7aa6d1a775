// This file implements package unsafe for emitted code.
//
//   unsafe.Pointer            → go::unsafe_pointer (void*)
//   unsafe.Pointer(p), (*T)(u) → static_cast        uintptr(u), unsafe.Pointer(n) → reinterpret_cast
//   unsafe.Add(u, n)          → go::unsafe_add(u, n)
//   unsafe.Slice(p, n)        → go::unsafe_slice(p, n), with gc's runtime errors
//   unsafe.Sizeof/Alignof/Offsetof are constants (gc's amd64 layout, from
//   the checker); the emitter asserts that the C++ layout agrees.
//
// The collector is Boehm's, which scans conservatively: an unsafe.Pointer
// is a pointer like any other and keeps its object alive. A uintptr is not
// a reference in Go and programs must not rely on one keeping an object
// alive; here a uintptr that happens to hold an object's address may keep
// it alive anyway (conservative scanning), which is harmless.
#pragma once

#include <limits>
#include <type_traits>

#include "go/panic.hpp"
#include "go/slice.hpp"
#include "go/types.hpp"

namespace go {

using unsafe_pointer = void*;

template <class N>
inline unsafe_pointer unsafe_add(unsafe_pointer p, N n) {
  return static_cast<char*>(p) + static_cast<int64>(n);
}

template <class T, class N>
inline slice<T> unsafe_slice(T* p, N n) {
  if constexpr (std::is_signed_v<N>) {
    if (n < 0) [[unlikely]] panic_runtime_error("unsafe.Slice: len out of range");
  } else {
    if (static_cast<uint64>(n) > static_cast<uint64>(std::numeric_limits<int_>::max())) [[unlikely]]
      panic_runtime_error("unsafe.Slice: len out of range");
  }
  int_ len = static_cast<int_>(n);
  // The bytes must fit between p and the end of the address space.
  constexpr uint64 size = sizeof(T) == 0 ? 1 : sizeof(T);
  uint64 room = static_cast<uint64>(0) - reinterpret_cast<uintptr>(p);
  if (static_cast<uint64>(len) > std::numeric_limits<uint64>::max() / size || static_cast<uint64>(len) * size > room) [[unlikely]] {
    if (p == nullptr) panic_runtime_error("unsafe.Slice: ptr is nil and len is not zero");
    panic_runtime_error("unsafe.Slice: len out of range");
  }
  return slice<T>{p, len, len};
}

}  // namespace go
