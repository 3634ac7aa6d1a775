// This file implements the operand half of Go's fmt (fmt/print.go): which
// verbs each kind of value accepts and how, the %!verb(type=value) forms for
// the rest, Print's and Println's spacing, and the Printf format parser with
// flags, width, precision, * operands, [n] argument indexes and the
// %!(EXTRA ...), %!v(MISSING), %!v(BADINDEX), %!(NOVERB) diagnostics.
#include "printer.hpp"

#include <vector>

#include "format_float.hpp"
#include "quote.hpp"

namespace fmt::detail {

namespace {
constexpr int too_large = 1000000;

// Parses a decimal number in s[start:end); num stays within +-1e6.
bool parse_num(std::string_view s, std::size_t start, std::size_t end, int& num, std::size_t& newi) {
  num = 0;
  bool is_num = false;
  if (start >= end) {
    newi = end;
    return false;
  }
  for (newi = start; newi < end && s[newi] >= '0' && s[newi] <= '9'; newi++) {
    if (num > too_large) {
      newi = end;
      num = 0;
      return false;
    }
    num = num * 10 + (s[newi] - '0');
    is_num = true;
  }
  return is_num;
}

// Go's intFromArg: the operand of a * width or precision.
bool int_from_arg(const arg* args, std::size_t n, int& arg_num, int& num) {
  bool ok = false;
  num = 0;
  if (static_cast<std::size_t>(arg_num) < n) {
    const arg& a = args[arg_num];
    if (a.t != nullptr && is_signed_kind(a.t->k)) {
      go::int64 v = int_value(a);
      num = static_cast<int>(v);
      ok = v >= -too_large && v <= too_large;
    } else if (a.t != nullptr && is_unsigned_kind(a.t->k)) {
      go::uint64 v = uint_value(a);
      num = static_cast<int>(v);
      ok = v <= static_cast<go::uint64>(too_large);
    }
    arg_num++;
    if (!ok) num = 0;
  }
  return ok;
}
}  // namespace

// printArg, plus Errorf's %w: one error operand is wrapped and printed
// as %v; any other %w is a bad verb (and cancels the wrapping).
void printer::print_operand(const arg& a, go::rune verb, int index) {
  if (verb != 'w') {
    print_arg(a, verb);
    return;
  }
  const go::method_desc* m = a.t ? a.t->find_method("Error") : nullptr;
  bool is_error = m != nullptr && m->sig == "func() string";
  if (!is_error || !wrap_errs || wrapped >= 0) {
    wrapped = -1;
    wrap_errs = false;
    bad_verb(a, verb);
    return;
  }
  wrapped = index;
  print_arg(a, 'v');
}

void printer::do_print(const arg* args, std::size_t n) {
  bool prev_string = false;
  for (std::size_t i = 0; i < n; i++) {
    bool is_string = args[i].t != nullptr && args[i].t->k == go::kind::string;
    // A space goes between two operands when neither is a string.
    if (i > 0 && !is_string && !prev_string) buf += ' ';
    print_arg(args[i], 'v');
    prev_string = is_string;
  }
}

void printer::do_println(const arg* args, std::size_t n) {
  for (std::size_t i = 0; i < n; i++) {
    if (i > 0) buf += ' ';
    print_arg(args[i], 'v');
  }
  buf += '\n';
}

int printer::arg_number(int arg_num, std::string_view format, std::size_t& i, std::size_t n, bool& found) {
  found = false;
  if (i >= format.size() || format[i] != '[') return arg_num;
  reordered = true;
  // Go's parseArgNumber: "[n]" with n one-based.
  std::string_view rest = format.substr(i);
  std::size_t width = 1;
  bool ok = false;
  int index = 0;
  if (rest.size() >= 3) {
    for (std::size_t k = 1; k < rest.size(); k++) {
      if (rest[k] == ']') {
        int num = 0;
        std::size_t newi = 0;
        bool is_num = parse_num(rest, 1, k, num, newi);
        width = k + 1;
        if (is_num && newi == k) {
          ok = true;
          index = num - 1;
        }
        break;
      }
    }
  }
  i += width;
  if (ok && index >= 0 && static_cast<std::size_t>(index) < n) {
    found = true;
    return index;
  }
  good_arg_num = false;
  found = ok;
  return arg_num;
}

void printer::do_printf(std::string_view format, const arg* args, std::size_t n) {
  std::size_t end = format.size();
  int arg_num = 0;
  bool after_index = false;
  reordered = false;
  std::size_t i = 0;
  while (i < end) {
    good_arg_num = true;
    std::size_t lasti = i;
    while (i < end && format[i] != '%') i++;
    if (i > lasti) buf.append(format.substr(lasti, i - lasti));
    if (i >= end) break;
    i++;  // skip %
    // As Go's clearflags: the flags go, the numbers stay (a verb without a
    // width or precision leaves the last ones, which a Formatter sees).
    int last_wid = f.wid, last_prec = f.prec;
    f = flags{};
    f.wid = last_wid;
    f.prec = last_prec;
    bool simple_verb_done = false;
    for (; i < end; i++) {
      char c = format[i];
      if (c == '#') f.sharp = true;
      else if (c == '0') f.zero = !f.minus;  // zero padding only to the left
      else if (c == '+') f.plus = true;
      else if (c == '-') {
        f.minus = true;
        f.zero = false;
      } else if (c == ' ') f.space = true;
      else {
        // Fast path: a lower-case verb with no width, precision or index.
        if (c >= 'a' && c <= 'z' && static_cast<std::size_t>(arg_num) < n) {
          if (c == 'v') {
            f.sharp_v = f.sharp;
            f.sharp = false;
            f.plus_v = f.plus;
            f.plus = false;
          }
          print_operand(args[arg_num], c, arg_num);
          arg_num++;
          i++;
          simple_verb_done = true;
        }
        break;
      }
    }
    if (simple_verb_done) continue;

    bool found = false;
    arg_num = arg_number(arg_num, format, i, n, found);
    after_index = found;

    // Width.
    if (i < end && format[i] == '*') {
      i++;
      f.wid_present = int_from_arg(args, n, arg_num, f.wid);
      if (!f.wid_present) buf += "%!(BADWIDTH)";
      if (f.wid < 0) {
        f.wid = -f.wid;
        f.minus = true;
        f.zero = false;
      }
      after_index = false;
    } else {
      f.wid_present = parse_num(format, i, end, f.wid, i);
      if (after_index && f.wid_present) good_arg_num = false;  // "%[3]2d"
    }

    // Precision.
    if (i + 1 < end && format[i] == '.') {
      i++;
      if (after_index) good_arg_num = false;  // "%[3].2d"
      arg_num = arg_number(arg_num, format, i, n, found);
      after_index = found;
      if (i < end && format[i] == '*') {
        i++;
        f.prec_present = int_from_arg(args, n, arg_num, f.prec);
        if (f.prec < 0) {
          f.prec = 0;
          f.prec_present = false;
        }
        if (!f.prec_present) buf += "%!(BADPREC)";
        after_index = false;
      } else {
        f.prec_present = parse_num(format, i, end, f.prec, i);
        if (!f.prec_present) {
          f.prec = 0;
          f.prec_present = true;
        }
      }
    }

    if (!after_index) {
      arg_num = arg_number(arg_num, format, i, n, found);
      after_index = found;
    }
    if (i >= end) {
      buf += "%!(NOVERB)";
      break;
    }

    go::string rest(format.data() + i, static_cast<go::int_>(end - i));
    go::decoded_rune d = go::decode_rune(rest, 0);
    go::rune verb = d.r;
    i += static_cast<std::size_t>(d.width);

    if (verb == '%') {
      buf += '%';  // a percent absorbs no operand and ignores width
    } else if (!good_arg_num) {
      buf += "%!";
      append_rune(buf, verb);
      buf += "(BADINDEX)";
    } else if (static_cast<std::size_t>(arg_num) >= n) {
      buf += "%!";
      append_rune(buf, verb);
      buf += "(MISSING)";
    } else if (verb == 'w') {
      print_operand(args[arg_num], verb, arg_num);
      arg_num++;
    } else {
      if (verb == 'v') {
        f.sharp_v = f.sharp;
        f.sharp = false;
        f.plus_v = f.plus;
        f.plus = false;
      }
      print_arg(args[arg_num], verb);
      arg_num++;
    }
  }

  // Operands left over, unless an explicit index was used.
  if (!reordered && static_cast<std::size_t>(arg_num) < n) {
    f = flags{};
    buf += "%!(EXTRA ";
    for (std::size_t k = static_cast<std::size_t>(arg_num); k < n; k++) {
      if (k > static_cast<std::size_t>(arg_num)) buf += ", ";
      if (args[k].t == nullptr) {
        buf += "<nil>";
      } else {
        buf += args[k].t->name;
        buf += '=';
        print_arg(args[k], 'v');
      }
    }
    buf += ')';
  }
}

// The operands as the printer sees them.
std::vector<arg> args_of(go::slice<go::any> a) {
  std::vector<arg> args;
  args.reserve(static_cast<std::size_t>(a.len));
  for (go::int_ i = 0; i < a.len; i++) args.push_back(arg_of(a.ptr[i]));
  return args;
}

std::string sprint(go::slice<go::any> a) {
  std::vector<arg> args = args_of(a);
  printer p;
  p.do_print(args.data(), args.size());
  return std::move(p.buf);
}

std::string sprintln(go::slice<go::any> a) {
  std::vector<arg> args = args_of(a);
  printer p;
  p.do_println(args.data(), args.size());
  return std::move(p.buf);
}

std::string sprintf(go::string format, go::slice<go::any> a) {
  std::vector<arg> args = args_of(a);
  printer p;
  p.do_printf(go::view(format), args.data(), args.size());
  return std::move(p.buf);
}

go::string to_go_string(const std::string& s) { return go::make_string(s); }

}  // namespace fmt::detail

namespace fmt {

go::int_ stdoutPrint(go::slice<go::any> a) {
  std::string s = detail::sprint(a);
  go::write_stdout(s);
  return static_cast<go::int_>(s.size());
}
go::int_ stdoutPrintln(go::slice<go::any> a) {
  std::string s = detail::sprintln(a);
  go::write_stdout(s);
  return static_cast<go::int_>(s.size());
}
go::int_ stdoutPrintf(go::string format, go::slice<go::any> a) {
  std::string s = detail::sprintf(format, a);
  go::write_stdout(s);
  return static_cast<go::int_>(s.size());
}
go::string sprint(go::slice<go::any> a) { return detail::to_go_string(detail::sprint(a)); }
go::string sprintln(go::slice<go::any> a) { return detail::to_go_string(detail::sprintln(a)); }
go::string sprintf(go::string format, go::slice<go::any> a) { return detail::to_go_string(detail::sprintf(format, a)); }

std::tuple<go::string, go::int_> errorf(go::string format, go::slice<go::any> a) {
  std::vector<detail::arg> args = detail::args_of(a);
  detail::printer p;
  p.wrap_errs = true;
  p.do_printf(go::view(format), args.data(), args.size());
  return {detail::to_go_string(p.buf), p.wrapped};
}


}  // namespace fmt
