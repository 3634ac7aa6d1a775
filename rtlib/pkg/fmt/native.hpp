// This file declares Go's package fmt: the Print, Println, Printf families
// and their S- forms, over interface values.
//
// Go's signatures take ...any; in C++ the real functions take a
// go::slice<go::any> (what `fmt.Println(xs...)` passes), and variadic
// templates of the same names box each C++ argument into a go::any first:
// go::any values and interfaces as they are, predeclared basic values under
// their own types, and other C++ types through go::type_of (native callers
// and tests). The emitter boxes values of defined types itself, with their
// descriptors, so that %T, %v and the Error/String methods see Go's types.
// The printer (print.cpp, after Go's print.go; format.cpp, after format.go)
// works from the descriptors alone. Print, Println and Printf return Go's
// (n int, err error): the bytes written and nil (stdout is buffered in
// go/output.hpp, which loses a failed write's error as gc loses a closed
// stdout's output; gc would return os.Stdout.Write's *PathError).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <tuple>

#include "go/runtime.hpp"

namespace fmt {

namespace detail {

// One operand as the printer sees it: a value of type t at address p. A
// nil interface has no type.
struct arg {
  const go::type_desc* t = nullptr;
  const void* p = nullptr;
  bool can_interface = true;  // false for values reached through unexported fields
};

inline arg arg_of(const go::any& a) { return arg{a.type, go::value_address(a)}; }

template <class T>
go::any to_any(const T& v) {
  if constexpr (std::is_same_v<T, go::any>) return v;
  else if constexpr (std::is_base_of_v<go::iface, T>) return go::any(v);
  else if constexpr (std::is_same_v<T, std::nullptr_t>) return go::any();
  else if constexpr (go::describable<T>::value) return go::any(v);
  else return go::box(go::type_of<T>(), v);
}
template <std::size_t N>
go::any to_any(const char (&literal)[N]) {
  return go::any(go::string(literal));
}

// The printers (print.cpp).
std::string sprint(go::slice<go::any> a);
std::string sprintln(go::slice<go::any> a);
std::string sprintf(go::string format, go::slice<go::any> a);
go::string to_go_string(const std::string& s);

template <std::size_t N>
go::slice<go::any> as_slice(std::array<go::any, N>& a) {
  return go::slice<go::any>{a.data(), static_cast<go::int_>(N), static_cast<go::int_>(N)};
}

}  // namespace detail

// Go's results (n int, err error).
using print_results = std::tuple<go::int_, go::error>;

print_results Print(go::slice<go::any> a);
print_results Println(go::slice<go::any> a);
print_results Printf(go::string format, go::slice<go::any> a);
go::string Sprint(go::slice<go::any> a);
go::string Sprintln(go::slice<go::any> a);
go::string Sprintf(go::string format, go::slice<go::any> a);
// Errorf's formatting (fmt.go): the text, and which operand %w wrapped (-1: none).
std::tuple<go::string, go::int_> errorf(go::string format, go::slice<go::any> a);

template <class... A>
print_results Print(const A&... a) {
  std::array<go::any, sizeof...(A)> args{detail::to_any(a)...};
  return Print(detail::as_slice(args));
}
template <class... A>
print_results Println(const A&... a) {
  std::array<go::any, sizeof...(A)> args{detail::to_any(a)...};
  return Println(detail::as_slice(args));
}
template <class... A>
print_results Printf(go::string format, const A&... a) {
  std::array<go::any, sizeof...(A)> args{detail::to_any(a)...};
  return Printf(format, detail::as_slice(args));
}
template <class... A>
go::string Sprint(const A&... a) {
  std::array<go::any, sizeof...(A)> args{detail::to_any(a)...};
  return Sprint(detail::as_slice(args));
}
template <class... A>
go::string Sprintln(const A&... a) {
  std::array<go::any, sizeof...(A)> args{detail::to_any(a)...};
  return Sprintln(detail::as_slice(args));
}
template <class... A>
go::string Sprintf(go::string format, const A&... a) {
  std::array<go::any, sizeof...(A)> args{detail::to_any(a)...};
  return Sprintf(format, detail::as_slice(args));
}

}  // namespace fmt
