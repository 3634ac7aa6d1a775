// This file declares the one door through which every Go allocation passes.
//
// The implementation (src/gc_boehm.cpp) is Boehm's conservative collector in
// its thread-safe build; this header keeps gc.h out of emitted code so user
// programs compile fast. Memory is always returned zeroed, which is Go's
// zero value for every type whose zero is all-zero bytes (all of them here).
#pragma once

#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>

namespace go {

// Zeroed memory that the collector scans for pointers.
void* alloc(std::size_t n);
// Zeroed memory that holds no pointers (string bytes, numeric arrays).
void* alloc_atomic(std::size_t n);
// Starts the collector; run_main calls it, alloc calls it lazily otherwise.
void gc_init();

// has_no_pointers<T>: true when a T can never hold a pointer the GC must
// follow, so arrays of T may use the atomic allocator. The emitter may
// specialise it for its structs.
template <class T>
struct has_no_pointers : std::bool_constant<std::is_arithmetic_v<T>> {};

template <class T>
inline void* alloc_for(std::size_t count) {
  std::size_t bytes = count * sizeof(T);
  return has_no_pointers<T>::value ? alloc_atomic(bytes) : alloc(bytes);
}

// new(T) and &T{...}: heap object constructed in collected memory.
template <class T, class... A>
T* new_(A&&... a) {
  void* p = alloc_for<T>(1);
  return ::new (p) T(std::forward<A>(a)...);
}

}  // namespace go
