// This file declares the natives of Go's package fmt: the printer behind
// the Print, Println, Printf families and their S- forms (fmt.go declares
// those in Go, over a []any).
//
// For native callers and tests, variadic templates named as Go's functions
// (in fmt::cpp) box each C++ argument into a go::any and call the Go
// function:
// go::any values and interfaces as they are, predeclared basic values under
// their own types, and other C++ types through go::type_of (native callers
// and tests). The emitter boxes values of defined types itself, with their
// descriptors, so that %T, %v and the Error/String methods see Go's types.
// The printer (print.cpp, after Go's print.go; format.cpp, after format.go)
// works from the descriptors alone.
#pragma once

#include <array>
#include <cstddef>
#include <string>

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

// The natives of fmt.go: Print, Println and Printf to the runtime's stdout
// buffer (the number of bytes written), Sprint, Sprintln and Sprintf.
go::int_ stdoutPrint(go::slice<go::any> a);
go::int_ stdoutPrintln(go::slice<go::any> a);
go::int_ stdoutPrintf(go::string format, go::slice<go::any> a);
go::string sprint(go::slice<go::any> a);
go::string sprintln(go::slice<go::any> a);
go::string sprintf(go::string format, go::slice<go::any> a);
// Errorf's formatting (fmt.go): the text, and which operand %w wrapped (-1: none).
std::tuple<go::string, go::int_> errorf(go::string format, go::slice<go::any> a);

// scan.go's natives (scan_store.cpp): what a scan operand points to, and
// storing through it by its descriptor.
std::tuple<go::int_, go::int_> operandKind(go::any arg);
go::string typeName(go::any arg);
void storeBool(go::any arg, bool v);
void storeInt(go::any arg, go::int64 v);
void storeUint(go::any arg, go::uint64 v);
void storeFloat(go::any arg, go::float64 v);
void storeComplex(go::any arg, go::complex128 v);
void storeString(go::any arg, go::string v);
void storeBytes(go::any arg, go::slice<go::uint8> v);

// For C++ callers (natives, tests): fmt::cpp::Println(1, "x") and so on
// box their arguments and call the Go function. They live in their own
// namespace so that Go's fmt.Println stays one function (a func value).
namespace cpp {

template <class... A>
auto Print(const A&... a) {
  std::array<go::any, sizeof...(A)> args{fmt::detail::to_any(a)...};
  return fmt::Print(fmt::detail::as_slice(args));
}
template <class... A>
auto Println(const A&... a) {
  std::array<go::any, sizeof...(A)> args{fmt::detail::to_any(a)...};
  return fmt::Println(fmt::detail::as_slice(args));
}
template <class... A>
auto Printf(go::string format, const A&... a) {
  std::array<go::any, sizeof...(A)> args{fmt::detail::to_any(a)...};
  return fmt::Printf(format, fmt::detail::as_slice(args));
}
template <class... A>
go::string Sprint(const A&... a) {
  std::array<go::any, sizeof...(A)> args{fmt::detail::to_any(a)...};
  return fmt::Sprint(fmt::detail::as_slice(args));
}
template <class... A>
go::string Sprintln(const A&... a) {
  std::array<go::any, sizeof...(A)> args{fmt::detail::to_any(a)...};
  return fmt::Sprintln(fmt::detail::as_slice(args));
}
template <class... A>
go::string Sprintf(go::string format, const A&... a) {
  std::array<go::any, sizeof...(A)> args{fmt::detail::to_any(a)...};
  return fmt::Sprintf(format, fmt::detail::as_slice(args));
}

}  // namespace cpp

}  // namespace fmt
