// This file implements go::type_of<T>(): the descriptor of an unnamed Go
// type from its C++ spelling, for types built only from predeclared ones
// (int, []string, *[3]float64, ...). Native code (fmt's C++ callers, unit
// tests) uses it to box such values; the emitter prints descriptors of its
// own for everything that involves a defined type, because C++ aliases
// cannot tell `type Celsius float64` from float64.
//
// Each descriptor is built once, on first use, and never freed.
#pragma once

#include <string>
#include <type_traits>

#include "go/array.hpp"
#include "go/iface.hpp"
#include "go/slice.hpp"
#include "go/typedesc.hpp"

namespace go {

namespace detail {
// Makes a descriptor whose name lives as long as it does.
const type_desc* make_composite_type(kind k, std::string name, std::size_t size, const type_desc* elem, int_ len,
                                     bool comparable);
}  // namespace detail

template <class T>
const type_desc& type_of();

template <class T>
struct describable : std::bool_constant<basic_type_of<T>() != nullptr> {};
template <class E>
struct describable<slice<E>> : describable<E> {};
template <class E, int_ N>
struct describable<array<E, N>> : describable<E> {};
template <class E>
struct describable<E*> : describable<E> {};
template <>
struct describable<any> : std::true_type {};

namespace detail {
template <class T>
struct type_of_impl;
template <class E>
struct type_of_impl<slice<E>> {
  static const type_desc* make() {
    const type_desc& e = type_of<E>();
    return make_composite_type(kind::slice, "[]" + std::string(e.name), sizeof(slice<E>), &e, 0, false);
  }
};
template <class E, int_ N>
struct type_of_impl<array<E, N>> {
  static const type_desc* make() {
    const type_desc& e = type_of<E>();
    return make_composite_type(kind::array, "[" + std::to_string(N) + "]" + std::string(e.name), sizeof(array<E, N>),
                               &e, N, e.comparable);
  }
};
template <class E>
struct type_of_impl<E*> {
  static const type_desc* make() {
    const type_desc& e = type_of<E>();
    return make_composite_type(kind::pointer, "*" + std::string(e.name), sizeof(E*), &e, 0, true);
  }
};
template <>
struct type_of_impl<any> {
  static const type_desc* make() { return &any_type; }
};
}  // namespace detail

template <class T>
const type_desc& type_of() {
  if constexpr (basic_type_of<T>() != nullptr) {
    return *basic_type_of<T>();
  } else {
    static const type_desc* t = detail::type_of_impl<T>::make();
    return *t;
  }
}

template <class T>
  requires(basic_type_of<T>() == nullptr && describable<T>::value)
inline any::any(const T& v) : any(box(type_of<T>(), v)) {}

}  // namespace go
