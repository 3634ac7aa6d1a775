// This file implements Go's interface values.
//
// The API, as emitted code and native packages use it:
//
//   go::any                 interface{} / any: {const type_desc* type, void* data}
//   go::box(T_type, v)      a concrete value into a go::any (boxed in GC memory;
//                           pointer-shaped values are stored in data directly)
//   go::any(v)              the same for the predeclared basic types (int, string,
//                           float64, ...), whose descriptor the C++ type names
//   go::unbox<T>(a)         the value of a go::any whose dynamic type is known to be T
//   go::iface               a non-empty interface: {const itab* tab, void* data};
//                           the emitter derives one struct per interface type from
//                           it, whose member functions make the dynamic calls
//                           (`s.String()`), and which converts from go::any and
//                           from other interfaces through go::get_itab
//   go::assert_type<T>(x, T_type, Src_type)      x.(T), panicking with gc's text
//   go::assert_type_ok<T>(x, T_type)             v, ok := x.(T)
//   go::is_type(x, T_type)  the test of a type switch case
//   go::equal(x, y)         == of interfaces (panics for uncomparable dynamic types)
//   go::is_nil(x)           x == nil
//
// A nil interface has a null type (or tab); an interface holding a nil
// pointer has a type and a null data word, and is not nil.
#pragma once

#include <cstring>
#include <tuple>
#include <type_traits>

#include "go/complex.hpp"
#include "go/memory.hpp"
#include "go/panic.hpp"
#include "go/string.hpp"
#include "go/typedesc.hpp"
#include "go/types.hpp"

namespace go {

struct iface;
struct any;
bool equal_interfaces(const any& x, const any& y);

// The descriptor of a predeclared basic type from its C++ type (nullptr
// for every other type). uintptr shares uint64's C++ type and so is never
// named this way.
template <class T>
constexpr const type_desc* basic_type_of() {
  if constexpr (std::is_same_v<T, bool>) return &bool_type;
  else if constexpr (std::is_same_v<T, int_>) return &int_type;
  else if constexpr (std::is_same_v<T, int8>) return &int8_type;
  else if constexpr (std::is_same_v<T, int16>) return &int16_type;
  else if constexpr (std::is_same_v<T, int32>) return &int32_type;
  else if constexpr (std::is_same_v<T, int64>) return &int64_type;
  else if constexpr (std::is_same_v<T, uint_>) return &uint_type;
  else if constexpr (std::is_same_v<T, uint8>) return &uint8_type;
  else if constexpr (std::is_same_v<T, uint16>) return &uint16_type;
  else if constexpr (std::is_same_v<T, uint32>) return &uint32_type;
  else if constexpr (std::is_same_v<T, uint64>) return &uint64_type;
  else if constexpr (std::is_same_v<T, float32>) return &float32_type;
  else if constexpr (std::is_same_v<T, float64>) return &float64_type;
  else if constexpr (std::is_same_v<T, complex64>) return &complex64_type;
  else if constexpr (std::is_same_v<T, complex128>) return &complex128_type;
  else if constexpr (std::is_same_v<T, string>) return &string_type;
  else return nullptr;
}

template <class T>
struct describable;  // type_of.hpp: T's descriptor follows from its C++ type

struct any {
  const type_desc* type = nullptr;
  void* data = nullptr;

  any() = default;
  any(std::nullptr_t) {}
  any(const type_desc* t, void* d) : type(t), data(d) {}
  // A basic value (int, string, ...) boxed under its own type.
  template <class T>
    requires(basic_type_of<T>() != nullptr)
  any(const T& v);
  // []int, *[3]string, ...: unnamed types built from predeclared ones.
  template <class T>
    requires(basic_type_of<T>() == nullptr && describable<T>::value)
  any(const T& v);
  // A C++ string literal is a Go string (runtime code and tests).
  template <std::size_t N>
  any(const char (&literal)[N]) : any(string(literal)) {}
  // Any non-empty interface converts to the empty one.
  any(const iface& i);
  // == of interface values inside arrays and structs, whose C++ == goes
  // member by member (a hidden friend: only interface operands find it).
  friend bool operator==(const any& x, const any& y) { return equal_interfaces(x, y); }
};

// The method table of one (interface, concrete type) pair, in the order of
// the interface's methods (sorted by name).
struct itab {
  const type_desc* inter;
  const type_desc* type;
  void* const* fun;
};

// The itab for (inter, type), built once and cached. Panics with gc's
// "interface conversion: T is not I: missing method M" when type lacks a
// method, unless can_fail, which returns nullptr instead.
const itab* get_itab(const type_desc* inter, const type_desc* type, bool can_fail);

struct iface {
  const itab* tab = nullptr;
  void* data = nullptr;

  iface() = default;
  iface(std::nullptr_t) {}
  // v's dynamic type must implement inter (the checker proved it, or a
  // type assertion is being made, which panics otherwise).
  iface(const type_desc& inter, const any& v)
      : tab(v.type ? get_itab(&inter, v.type, false) : nullptr), data(v.data) {}
  const type_desc* dynamic_type() const { return tab ? tab->type : nullptr; }
  friend bool operator==(const iface& x, const iface& y) { return equal_interfaces(any(x), any(y)); }

 protected:
  // The i-th method of the interface (in name order), called dynamically.
  template <class R, class... A>
  R call(int i, A... a) const {
    if (tab == nullptr) [[unlikely]] panic_nil_deref();
    return reinterpret_cast<R (*)(void*, A...)>(tab->fun[i])(data, a...);
  }
};

// The predeclared interface error.
struct error : iface {
  using iface::iface;
  error() = default;
  explicit error(const any& v) : iface(error_type, v) {}
  string Error() const { return call<string>(0); }
};

inline any::any(const iface& i) : type(i.dynamic_type()), data(i.data) {}

namespace detail {
// Whether T travels in the data word itself for a pointer-shaped type.
template <class T>
constexpr bool word_sized = sizeof(T) == sizeof(void*) && std::is_trivially_copyable_v<T>;
}  // namespace detail

// A concrete value of type t as an interface value.
template <class T>
inline any box(const type_desc& t, const T& v) {
  if constexpr (detail::word_sized<T>) {
    if (t.pointer_shaped()) {
      void* word;
      std::memcpy(&word, &v, sizeof word);
      return any(&t, word);
    }
  }
  return any(&t, new_<T>(v));
}

template <class T>
  requires(basic_type_of<T>() != nullptr)
inline any::any(const T& v) : any(box(*basic_type_of<T>(), v)) {}

// The address of the value an interface holds (for descriptor walkers).
inline const void* value_address(const any& a) {
  return a.type && a.type->pointer_shaped() ? static_cast<const void*>(&a.data) : a.data;
}

// The dynamic value, whose type the caller knows is T.
template <class T>
inline T unbox(const any& a) {
  if constexpr (detail::word_sized<T>) {
    if (a.type->pointer_shaped()) {
      T v;
      std::memcpy(&v, &a.data, sizeof v);
      return v;
    }
  }
  return *static_cast<const T*>(a.data);
}

// The interface value of interface type t stored at p (a field, an element).
any interface_at(const type_desc* t, const void* p);

// The data word an interface would hold for the value of type t at p.
inline void* data_word(const type_desc* t, const void* p) {
  return t->pointer_shaped() ? *static_cast<void* const*>(p) : const_cast<void*>(p);
}

inline any to_any(const any& a) { return a; }
inline any to_any(const iface& i) { return any(i); }

// The dynamic value of a non-empty interface (a type switch case).
template <class T>
inline T unbox(const iface& i) {
  return unbox<T>(any(i));
}
inline bool is_nil(const any& a) { return a.type == nullptr; }
inline bool is_nil(const iface& i) { return i.tab == nullptr; }

inline bool is_type(const any& a, const type_desc& t) { return same_type(a.type, &t); }
inline bool is_type(const iface& i, const type_desc& t) { return same_type(i.dynamic_type(), &t); }
// A case naming an interface type in a type switch: does the dynamic type implement it?
bool implements(const type_desc* type, const type_desc& inter);
inline bool implements(const any& x, const type_desc& inter) { return implements(x.type, inter); }
inline bool implements(const iface& x, const type_desc& inter) { return implements(x.dynamic_type(), inter); }

// x == y for interface values: same dynamic type and equal values.
// A template taking interface values only, so that argument-dependent
// lookup from a program's own `equal(a, b)` on go:: values never finds it.
template <class T>
inline constexpr bool is_interface_value = std::is_same_v<T, any> || std::is_base_of_v<iface, T>;
template <class X, class Y>
  requires(is_interface_value<X> && is_interface_value<Y>)
inline bool equal(const X& x, const Y& y) {
  return equal_interfaces(to_any(x), to_any(y));
}

// An interface value that must not be nil (the receiver of a method value
// i.M): nil panics with the nil dereference error.
template <class I>
  requires is_interface_value<I>
inline const I& non_nil(const I& i) {
  if (is_nil(i)) [[unlikely]] panic_nil_deref();
  return i;
}

// gc's TypeAssertionError texts: have is x's dynamic type (nullptr when x
// is nil), src x's static type (nullptr prints as "interface", as gc does
// for assertions to interface types).
[[noreturn]] void panic_type_assert(const type_desc* have, const type_desc& want, const type_desc* src);

// x.(T) for a concrete T.
template <class T, class I>
inline T assert_type(const I& x, const type_desc& want, const type_desc& src) {
  any a = to_any(x);
  if (!same_type(a.type, &want)) [[unlikely]] panic_type_assert(a.type, want, &src);
  return unbox<T>(a);
}

// v, ok := x.(T) for a concrete T.
template <class T, class I>
inline std::tuple<T, bool> assert_type_ok(const I& x, const type_desc& want) {
  any a = to_any(x);
  if (!same_type(a.type, &want)) return {T{}, false};
  return {unbox<T>(a), true};
}

// x.(I) for an interface type I (the emitted struct, or go::any).
template <class I, class X>
inline I assert_iface(const X& x, const type_desc& want) {
  any a = to_any(x);
  if (a.type == nullptr) [[unlikely]] panic_type_assert(nullptr, want, nullptr);
  if constexpr (std::is_same_v<I, any>) {
    return a;
  } else {
    I i;
    i.tab = get_itab(&want, a.type, false);
    i.data = a.data;
    return i;
  }
}

// v, ok := x.(I) for an interface type I.
template <class I, class X>
inline std::tuple<I, bool> assert_iface_ok(const X& x, const type_desc& want) {
  any a = to_any(x);
  if (a.type == nullptr) return {I{}, false};
  if constexpr (std::is_same_v<I, any>) {
    return {a, true};
  } else {
    const itab* tab = get_itab(&want, a.type, true);
    if (tab == nullptr) return {I{}, false};
    I i;
    i.tab = tab;
    i.data = a.data;
    return {i, true};
  }
}

}  // namespace go
