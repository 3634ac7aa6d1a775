// This file implements the C++ side of Go's recursive non-struct types:
// `type S []S`, `type F func(F) F`, `type M map[string]M`, `type Number
// *Number`. Every other defined non-struct type is a C++ alias of its
// representation (`using Celsius = go::float64;`), but an alias cannot
// name itself, so the emitter makes such a type a struct that derives from
// its representation and converts to and from it:
//
//     struct S : go::recursive<go::slice<S>> { using recursive::recursive; };
//
// S is then a go::slice<S> everywhere one is expected (go::index, append,
// len, descriptors and fmt read the same bytes), and what returns a
// go::slice<S> converts back. A pointer cannot be a base class: the
// specialization for T* holds the pointer and converts to and from T*, and
// deref/is_nil take it as well.
#pragma once

#include <cstddef>

#include "go/pointer.hpp"

namespace go {

template <class Rep>
struct recursive : Rep {
  using Rep::Rep;  // map literals, func values from lambdas, ...
  recursive() = default;
  recursive(const Rep& r) : Rep(r) {}
};

template <class T>
struct recursive<T*> {
  T* ptr = nullptr;
  recursive() = default;
  recursive(T* p) : ptr(p) {}
  recursive(std::nullptr_t) {}
  operator T*() const { return ptr; }
};

template <class T>
inline T& deref(const recursive<T*>& p) {
  return deref(p.ptr);
}

template <class T>
inline T& deref(const recursive<T*>& p, uintptr offset) {
  return deref(p.ptr, offset);
}

template <class T>
inline bool is_nil(const recursive<T*>& p) {
  return p.ptr == nullptr;
}

}  // namespace go
