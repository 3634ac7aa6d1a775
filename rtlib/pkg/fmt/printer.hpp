// This file declares fmt's printer, the state of one Print/Printf call:
// the output buffer, the flags of the verb being formatted, and the
// operations of Go's fmt (format.go: padding and number/string layout, in
// format.cpp; print.go: operand dispatch and the Printf parser, in print.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "fmt/fmt.hpp"

namespace fmt::detail {

struct flags {
  bool minus = false, plus = false, sharp = false, space = false, zero = false;
  bool plus_v = false, sharp_v = false;  // %+v and %#v
  bool wid_present = false, prec_present = false;
  int wid = 0, prec = 0;
};

class printer {
 public:
  std::string buf;
  flags f;

  // print.go
  void do_print(const arg* args, std::size_t n);
  void do_println(const arg* args, std::size_t n);
  void do_printf(std::string_view format, const arg* args, std::size_t n);

  bool wrap_errs = false;  // Errorf: %w may wrap an operand
  int wrapped = -1;        // ... the index of the one it wrapped

 private:
  bool erroring = false;  // printing a %!verb(...) diagnostic
  bool good_arg_num = true;
  bool reordered = false;

  void print_arg(const arg& a, go::rune verb);
  void print_operand(const arg& a, go::rune verb, int index);
  void print_value(const arg& a, go::rune verb, int depth);
  bool handle_methods(const arg& a, go::rune verb);
  bool call_method(const go::method_desc* m, void* data, const arg& a, go::rune verb, const char* name, go::string& out);
  void call_format(const arg& a, void* data, go::rune verb);
  void print_method_panic(const arg& a, void* data, go::rune verb, const char* name, const go::any& value);
  bool panicking = false;  // printing the value a method panicked with
  void bad_verb(const arg& a, go::rune verb);
  void print_bool(bool v, go::rune verb, const arg& a);
  void print_integer(go::uint64 v, bool is_signed, go::rune verb, const arg& a);
  void print_float(double v, int bits, go::rune verb, const arg& a);
  void print_complex(double re, double im, int bits, go::rune verb, const arg& a);
  void print_string(std::string_view s, go::rune verb, const arg& a);
  void print_list(const arg& a, go::rune verb, int depth);
  void print_struct(const arg& a, go::rune verb, int depth);
  void print_map(const arg& a, go::rune verb, int depth);
  void print_pointer(const arg& a, go::rune verb);
  int arg_number(int arg_num, std::string_view format, std::size_t& i, std::size_t n, bool& found);

  // format.go
  void write_padding(int n);
  void pad(std::string_view s);
  void fmt_boolean(bool v);
  void fmt_integer(go::uint64 u, int base, bool is_signed, go::rune verb, bool upper);
  void fmt_unicode(go::uint64 u);
  void fmt_c(go::uint64 c);
  void fmt_qc(go::uint64 c);
  void fmt_float(double v, int bits, char verb, int prec);
  void fmt_s(std::string_view s);
  void fmt_sbx(std::string_view s, bool upper);
  void fmt_q(std::string_view s);
  std::string_view truncate(std::string_view s);
};

void append_rune(std::string& out, go::rune r);
std::vector<arg> args_of(go::slice<go::any> a);

// Reading the basic values an arg points at (print_value.cpp).
// --- reflect: a reflect.Value operand prints the value it holds ---
bool is_reflect_value(const go::type_desc* t);
arg reflect_value_arg(const arg& a);  // arg{} for the zero Value

bool is_signed_kind(go::kind k);
bool is_unsigned_kind(go::kind k);
go::int64 int_value(const arg& a);
go::uint64 uint_value(const arg& a);

}  // namespace fmt::detail
