// This file declares the first slice of Go's package fmt: Print, Println,
// Printf and their S- forms over the value types the runtime has so far
// (integers of every width, floats, bool, string, slices, arrays, pointers,
// nil).
//
// Each operand is described by an `arg` (kind, Go type name, value, and for
// slices and arrays a way to reach the elements), so that one non-template
// printer (print.cpp, after Go's print.go and format.go) does the work.
// Output goes through the runtime's stdout buffer. Print, Println and
// Printf return nothing yet: Go's (n int, err error) needs the error type.
// Untyped integer constants must reach these functions as go::int_ (Go's
// default type), or %T and the %!verb(int32=...) forms name the wrong type.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

#include "go/runtime.hpp"

namespace fmt {

namespace detail {

enum class kind : go::uint8 { nil, boolean, signed_int, unsigned_int, floating, string, pointer, list };

struct arg;
using element_fn = arg (*)(const void* elements, go::int_ i);

struct arg {
  kind k = kind::nil;
  std::string_view type;  // Go's name of the type, for %T and %!v(T=...)
  bool b = false;
  go::int64 i = 0;
  go::uint64 u = 0;        // unsigned integers and pointer addresses
  go::float64 f = 0;
  int float_bits = 64;
  go::string s;
  // Slices and arrays (and pointers to them, printed &[...]).
  const void* elements = nullptr;
  go::int_ count = 0;
  element_fn element = nullptr;
  bool element_is_byte = false;
  bool is_slice = false;         // a slice (u holds its array's address)
  bool pointer_to_list = false;  // a non-nil pointer to a slice or array
};

// Go's spelling of a type, for the types fmt can print so far.
template <class T>
struct type_name;
template <class T>
std::string_view name_of() {
  static const std::string n = type_name<T>::get();
  return n;
}
#define GO2CPP_FMT_BASIC_TYPE(T, NAME) \
  template <>                          \
  struct type_name<T> {                \
    static std::string get() { return NAME; } \
  };
GO2CPP_FMT_BASIC_TYPE(bool, "bool")
GO2CPP_FMT_BASIC_TYPE(go::int_, "int")
GO2CPP_FMT_BASIC_TYPE(go::int8, "int8")
GO2CPP_FMT_BASIC_TYPE(go::int16, "int16")
GO2CPP_FMT_BASIC_TYPE(go::int32, "int32")
GO2CPP_FMT_BASIC_TYPE(go::int64, "int64")
GO2CPP_FMT_BASIC_TYPE(go::uint_, "uint")
GO2CPP_FMT_BASIC_TYPE(go::uint8, "uint8")
GO2CPP_FMT_BASIC_TYPE(go::uint16, "uint16")
GO2CPP_FMT_BASIC_TYPE(go::uint32, "uint32")
GO2CPP_FMT_BASIC_TYPE(go::uint64, "uint64")
GO2CPP_FMT_BASIC_TYPE(go::float32, "float32")
GO2CPP_FMT_BASIC_TYPE(go::float64, "float64")
GO2CPP_FMT_BASIC_TYPE(go::string, "string")
#undef GO2CPP_FMT_BASIC_TYPE
template <class E>
struct type_name<go::slice<E>> {
  static std::string get() { return "[]" + std::string(name_of<E>()); }
};
template <class E, go::int_ N>
struct type_name<go::array<E, N>> {
  static std::string get() { return "[" + std::to_string(N) + "]" + std::string(name_of<E>()); }
};
template <class E>
struct type_name<E*> {
  static std::string get() { return "*" + std::string(name_of<E>()); }
};

template <class T>
arg make_arg(const T& v);

template <class E>
arg element_at(const void* elements, go::int_ i) {
  return make_arg(static_cast<const E*>(elements)[i]);
}

template <class E>
arg list_arg(std::string_view type, const E* elements, go::int_ count) {
  arg a;
  a.k = kind::list;
  a.type = type;
  a.elements = elements;
  a.count = count;
  a.element = &element_at<E>;
  a.element_is_byte = std::is_same_v<E, go::uint8>;
  return a;
}

template <class T>
struct is_list : std::false_type {};
template <class E>
struct is_list<go::slice<E>> : std::true_type {};
template <class E, go::int_ N>
struct is_list<go::array<E, N>> : std::true_type {};

template <class T>
arg make_arg(const T& v) {
  arg a;
  a.type = name_of<T>();
  if constexpr (std::is_same_v<T, bool>) {
    a.k = kind::boolean;
    a.b = v;
  } else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>) {
    a.k = kind::signed_int;
    a.i = v;
  } else if constexpr (std::is_integral_v<T>) {
    a.k = kind::unsigned_int;
    a.u = v;
  } else if constexpr (std::is_floating_point_v<T>) {
    a.k = kind::floating;
    a.f = v;
    a.float_bits = sizeof(T) == 4 ? 32 : 64;
  } else if constexpr (std::is_same_v<T, go::string>) {
    a.k = kind::string;
    a.s = v;
  } else if constexpr (is_list<T>::value) {
    if constexpr (requires { v.cap; }) {
      a = list_arg(a.type, v.ptr, v.len);
      a.is_slice = true;
      a.u = reinterpret_cast<go::uintptr>(v.ptr);
    } else {
      using E = std::remove_cvref_t<decltype(v.v[0])>;
      a = list_arg(a.type, static_cast<const E*>(v.v), go::len(v));
    }
  } else if constexpr (std::is_pointer_v<T>) {
    using E = std::remove_cv_t<std::remove_pointer_t<T>>;
    if constexpr (is_list<E>::value) {
      if (v != nullptr) {
        a = make_arg(*v);
        a.pointer_to_list = true;
      }
      a.type = name_of<T>();
    }
    a.k = a.pointer_to_list ? kind::list : kind::pointer;
    a.u = reinterpret_cast<go::uintptr>(v);
  } else {
    static_assert(std::is_same_v<T, void>, "fmt cannot print this type yet");
  }
  return a;
}

inline arg make_arg(std::nullptr_t) { return arg{}; }
// C++ string literals in the runtime's own code and tests.
template <std::size_t N>
arg make_arg(const char (&literal)[N]) {
  return make_arg(go::string(literal));
}

// The printers (print.cpp); n operands in args.
std::string sprint(const arg* args, std::size_t n);
std::string sprintln(const arg* args, std::size_t n);
std::string sprintf(go::string format, const arg* args, std::size_t n);
go::string to_go_string(const std::string& s);

template <class... A>
std::array<arg, sizeof...(A)> make_args(const A&... a) {
  return {make_arg(a)...};
}

}  // namespace detail

template <class... A>
void Print(const A&... a) {
  auto args = detail::make_args(a...);
  go::write_stdout(detail::sprint(args.data(), args.size()));
}
template <class... A>
void Println(const A&... a) {
  auto args = detail::make_args(a...);
  go::write_stdout(detail::sprintln(args.data(), args.size()));
}
template <class... A>
void Printf(go::string format, const A&... a) {
  auto args = detail::make_args(a...);
  go::write_stdout(detail::sprintf(format, args.data(), args.size()));
}
template <class... A>
go::string Sprint(const A&... a) {
  auto args = detail::make_args(a...);
  return detail::to_go_string(detail::sprint(args.data(), args.size()));
}
template <class... A>
go::string Sprintln(const A&... a) {
  auto args = detail::make_args(a...);
  return detail::to_go_string(detail::sprintln(args.data(), args.size()));
}
template <class... A>
go::string Sprintf(go::string format, const A&... a) {
  auto args = detail::make_args(a...);
  return detail::to_go_string(detail::sprintf(format, args.data(), args.size()));
}

}  // namespace fmt
