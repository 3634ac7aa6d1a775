// This file implements the conversion between two struct types that Go
// treats as one shape: a named struct type and the unnamed struct type it
// is defined with (`type P struct{ x int }; var p P = struct{ x int }{1}`),
// or two struct types that differ only in field tags. The emitter prints
// each as its own C++ struct with the same members in the same order, so
// their layouts are identical and the value is copied across bit for bit.
#pragma once

#include <bit>
#include <type_traits>

namespace go {

template <class To, class From>
inline To struct_cast(const From& v) {
  static_assert(sizeof(To) == sizeof(From) && alignof(To) == alignof(From), "struct_cast between different layouts");
  if constexpr (std::is_same_v<To, From>) {
    return v;
  } else {
    return std::bit_cast<To>(v);
  }
}

}  // namespace go
