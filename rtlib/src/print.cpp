// This file implements the formatting behind the print and println builtins
// (runtime/print.go): printint, printuint, printfloat and printhex.
#include "go/print.hpp"

#include "go/output.hpp"
#include "runtime_internal.hpp"

namespace go::detail {

void print_append_int(std::string& out, int64 v) { out += std::to_string(v); }
void print_append_uint(std::string& out, uint64 v) { out += std::to_string(v); }
void print_append_float(std::string& out, float64 v) { out += internal::format_print_float(v); }

void print_append_hex(std::string& out, uint64 v) {
  static constexpr char digits[] = "0123456789abcdef";
  char buf[24];
  int i = sizeof buf;
  do {
    buf[--i] = digits[v % 16];
    v /= 16;
  } while (v > 0);
  buf[--i] = 'x';
  buf[--i] = '0';
  out.append(buf + i, sizeof buf - static_cast<std::size_t>(i));
}

void print_write(const std::string& line) { write_stderr(line); }

}  // namespace go::detail
