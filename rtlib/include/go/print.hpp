// This file implements Go's print and println builtins, which write to
// standard error in the runtime's own formats (runtime/print.go): integers
// in decimal, floats as +1.500000e+000, pointers in hex, slices as
// [len/cap]0xaddr, interfaces as (0xtype,0xdata). println separates
// operands by spaces and ends the line. Each call writes its line at once,
// after flushing buffered stdout.
#pragma once

#include <string>
#include <tuple>
#include <type_traits>

#include "go/complex.hpp"
#include "go/slice.hpp"
#include "go/string.hpp"
#include "go/types.hpp"

namespace go {

namespace detail {
void print_append_int(std::string& out, int64 v);
void print_append_uint(std::string& out, uint64 v);
void print_append_float(std::string& out, float64 v);
void print_append_hex(std::string& out, uint64 v);
void print_write(const std::string& line);

template <class T>
void print_append(std::string& out, const T& v) {
  if constexpr (std::is_same_v<T, bool>) {
    out += v ? "true" : "false";
  } else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>) {
    print_append_int(out, v);
  } else if constexpr (std::is_integral_v<T>) {
    print_append_uint(out, v);
  } else if constexpr (std::is_floating_point_v<T>) {
    print_append_float(out, v);
  } else if constexpr (is_complex_v<T>) {
    // (+1.000000e+000+2.000000e+000i)
    out += '(';
    print_append_float(out, v.re);
    print_append_float(out, v.im);
    out += "i)";
  } else if constexpr (std::is_same_v<T, string>) {
    out.append(reinterpret_cast<const char*>(v.ptr), static_cast<std::size_t>(v.len));
  } else if constexpr (std::is_same_v<T, std::nullptr_t>) {
    out += "nil";
  } else if constexpr (std::is_pointer_v<T>) {
    print_append_hex(out, reinterpret_cast<uintptr>(v));
  } else if constexpr (requires { v.type, v.data; } || requires { v.tab, v.data; }) {
    // An interface: (type word,data word), as gc prints (0x4a1b20,0xc000012345).
    out += '(';
    if constexpr (requires { v.type; }) print_append_hex(out, reinterpret_cast<uintptr>(v.type));
    else print_append_hex(out, reinterpret_cast<uintptr>(v.tab));
    out += ',';
    print_append_hex(out, reinterpret_cast<uintptr>(v.data));
    out += ')';
  } else if constexpr (requires { v.pointer(); }) {
    print_append_hex(out, reinterpret_cast<uintptr>(v.pointer()));  // a map: its runtime object
  } else if constexpr (requires { v.core(); }) {
    print_append_hex(out, reinterpret_cast<uintptr>(v.core()));  // a channel: its runtime object
  } else if constexpr (requires { v.print_word(); }) {
    print_append_hex(out, reinterpret_cast<uintptr>(v.print_word()));  // a func value
  } else if constexpr (requires { v.ptr; } && !requires { v.len; }) {
    print_append_hex(out, reinterpret_cast<uintptr>(v.ptr));  // type T *T (go/recursive.hpp)
  } else {
    // A slice: [len/cap]0xaddr
    out += '[';
    print_append_int(out, v.len);
    out += '/';
    print_append_int(out, v.cap);
    out += ']';
    print_append_hex(out, reinterpret_cast<uintptr>(v.ptr));
  }
}

template <class T>
inline constexpr bool is_tuple = false;
template <class... E>
inline constexpr bool is_tuple<std::tuple<E...>> = true;
}  // namespace detail

// print(f()) with a multi-valued f: the results are the operands.
template <class... A>
void print(const A&... a) {
  if constexpr (sizeof...(A) == 1 && (detail::is_tuple<A> && ...)) {
    std::apply([](const auto&... e) { print(e...); }, a...);
  } else {
    std::string line;
    (detail::print_append(line, a), ...);
    detail::print_write(line);
  }
}

template <class... A>
void println(const A&... a) {
  if constexpr (sizeof...(A) == 1 && (detail::is_tuple<A> && ...)) {
    std::apply([](const auto&... e) { println(e...); }, a...);
  } else {
    std::string line;
    bool first = true;
    ((line += first ? "" : " ", first = false, detail::print_append(line, a)), ...);
    line += '\n';
    detail::print_write(line);
  }
}

}  // namespace go
