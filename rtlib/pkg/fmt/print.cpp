// This file implements the operand half of Go's fmt (fmt/print.go): which
// verbs each kind of value accepts and how, the %!verb(type=value) forms for
// the rest, Print's and Println's spacing, and the Printf format parser with
// flags, width, precision, * operands, [n] argument indexes and the
// %!(EXTRA ...), %!v(MISSING), %!v(BADINDEX), %!(NOVERB) diagnostics.
#include "printer.hpp"

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
    if (a.k == kind::signed_int) {
      num = static_cast<int>(a.i);
      ok = a.i >= -too_large && a.i <= too_large;
    } else if (a.k == kind::unsigned_int) {
      num = static_cast<int>(a.u);
      ok = a.u <= static_cast<go::uint64>(too_large);
    }
    arg_num++;
    if (!ok) num = 0;
  }
  return ok;
}
}  // namespace

void printer::bad_verb(const arg& a, go::rune verb) {
  erroring = true;
  buf += "%!";
  append_rune(buf, verb);
  buf += '(';
  if (a.k == kind::nil) {
    buf += "<nil>";
  } else {
    buf += a.type;
    buf += '=';
    print_arg(a, 'v', 0);
  }
  buf += ')';
  erroring = false;
}

void printer::print_bool(bool v, go::rune verb, const arg& a) {
  if (verb == 't' || verb == 'v') fmt_boolean(v);
  else bad_verb(a, verb);
}

void printer::print_integer(go::uint64 v, bool is_signed, go::rune verb, const arg& a) {
  switch (verb) {
    case 'v':
      if (f.sharp_v && !is_signed) {
        bool sharp = f.sharp;
        f.sharp = true;
        fmt_integer(v, 16, false, 'v', false);
        f.sharp = sharp;
      } else {
        fmt_integer(v, 10, is_signed, verb, false);
      }
      break;
    case 'd': fmt_integer(v, 10, is_signed, verb, false); break;
    case 'b': fmt_integer(v, 2, is_signed, verb, false); break;
    case 'o': case 'O': fmt_integer(v, 8, is_signed, verb, false); break;
    case 'x': fmt_integer(v, 16, is_signed, verb, false); break;
    case 'X': fmt_integer(v, 16, is_signed, verb, true); break;
    case 'c': fmt_c(v); break;
    case 'q': fmt_qc(v); break;
    case 'U': fmt_unicode(v); break;
    default: bad_verb(a, verb); break;
  }
}

void printer::print_float(double v, int bits, go::rune verb, const arg& a) {
  switch (verb) {
    case 'v': fmt_float(v, bits, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float(v, bits, static_cast<char>(verb), -1); break;
    case 'f': case 'e': case 'E': fmt_float(v, bits, static_cast<char>(verb), 6); break;
    case 'F': fmt_float(v, bits, 'f', 6); break;
    default: bad_verb(a, verb); break;
  }
}

void printer::print_string(std::string_view s, go::rune verb, const arg& a) {
  switch (verb) {
    case 'v':
      if (f.sharp_v) fmt_q(s);
      else fmt_s(s);
      break;
    case 's': fmt_s(s); break;
    case 'x': fmt_sbx(s, false); break;
    case 'X': fmt_sbx(s, true); break;
    case 'q': fmt_q(s); break;
    default: bad_verb(a, verb); break;
  }
}

void printer::print_pointer(const arg& a, go::rune verb) {
  go::uint64 u = a.u;
  auto hex = [&](bool leading_0x) {
    bool sharp = f.sharp;
    f.sharp = leading_0x;
    fmt_integer(u, 16, false, 'v', false);
    f.sharp = sharp;
  };
  switch (verb) {
    case 'v':
      if (f.sharp_v) {
        buf += '(';
        buf += a.type;
        buf += ")(";
        if (u == 0) buf += "nil";
        else hex(true);
        buf += ')';
      } else if (u == 0) {
        pad("<nil>");
      } else {
        hex(!f.sharp);
      }
      break;
    case 'p': hex(!f.sharp); break;
    case 'b': case 'o': case 'd': case 'x': case 'X': print_integer(u, false, verb, a); break;
    default: bad_verb(a, verb); break;
  }
}

void printer::print_list(const arg& a, go::rune verb, int depth) {
  if (a.pointer_to_list && depth > 0) {  // only the outermost pointer prints as &[...]
    print_pointer(a, verb);
    return;
  }
  if (a.pointer_to_list) buf += '&';
  if (a.element_is_byte && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) {
    std::string bytes;
    for (go::int_ i = 0; i < a.count; i++) bytes += static_cast<char>(a.element(a.elements, i).u);
    if (verb == 's') fmt_s(bytes);
    else if (verb == 'q') fmt_q(bytes);
    else fmt_sbx(bytes, verb == 'X');
    return;
  }
  if (f.sharp_v) {
    buf += a.pointer_to_list ? a.type.substr(1) : a.type;
    if (a.is_slice && a.elements == nullptr) {
      buf += "(nil)";
      return;
    }
    buf += '{';
    for (go::int_ i = 0; i < a.count; i++) {
      if (i > 0) buf += ", ";
      print_arg(a.element(a.elements, i), verb, depth + 1);
    }
    buf += '}';
    return;
  }
  buf += '[';
  for (go::int_ i = 0; i < a.count; i++) {
    if (i > 0) buf += ' ';
    print_arg(a.element(a.elements, i), verb, depth + 1);
  }
  buf += ']';
}

void printer::print_arg(const arg& a, go::rune verb, int depth) {
  if (a.k == kind::nil) {
    if (verb == 'T' || verb == 'v') pad("<nil>");
    else bad_verb(a, verb);
    return;
  }
  if (verb == 'T') {
    fmt_s(a.type);
    return;
  }
  if (verb == 'p') {
    if (a.k == kind::pointer || a.pointer_to_list || a.is_slice) print_pointer(a, 'p');
    else bad_verb(a, verb);
    return;
  }
  switch (a.k) {
    case kind::boolean: print_bool(a.b, verb, a); break;
    case kind::signed_int: print_integer(static_cast<go::uint64>(a.i), true, verb, a); break;
    case kind::unsigned_int: print_integer(a.u, false, verb, a); break;
    case kind::floating: print_float(a.f, a.float_bits, verb, a); break;
    case kind::string: print_string(go::view(a.s), verb, a); break;
    case kind::pointer: print_pointer(a, verb); break;
    case kind::list: print_list(a, verb, depth); break;
    case kind::nil: break;
  }
}

void printer::do_print(const arg* args, std::size_t n) {
  bool prev_string = false;
  for (std::size_t i = 0; i < n; i++) {
    bool is_string = args[i].k == kind::string;
    // A space goes between two operands when neither is a string.
    if (i > 0 && !is_string && !prev_string) buf += ' ';
    print_arg(args[i], 'v', 0);
    prev_string = is_string;
  }
}

void printer::do_println(const arg* args, std::size_t n) {
  for (std::size_t i = 0; i < n; i++) {
    if (i > 0) buf += ' ';
    print_arg(args[i], 'v', 0);
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
    f = flags{};
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
          print_arg(args[arg_num], c, 0);
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
      bad_verb(args[arg_num], verb);  // %w belongs to Errorf, which does not exist yet
    } else {
      if (verb == 'v') {
        f.sharp_v = f.sharp;
        f.sharp = false;
        f.plus_v = f.plus;
        f.plus = false;
      }
      print_arg(args[arg_num], verb, 0);
      arg_num++;
    }
  }

  // Operands left over, unless an explicit index was used.
  if (!reordered && static_cast<std::size_t>(arg_num) < n) {
    f = flags{};
    buf += "%!(EXTRA ";
    for (std::size_t k = static_cast<std::size_t>(arg_num); k < n; k++) {
      if (k > static_cast<std::size_t>(arg_num)) buf += ", ";
      if (args[k].k == kind::nil) {
        buf += "<nil>";
      } else {
        buf += args[k].type;
        buf += '=';
        print_arg(args[k], 'v', 0);
      }
    }
    buf += ')';
  }
}

std::string sprint(const arg* args, std::size_t n) {
  printer p;
  p.do_print(args, n);
  return std::move(p.buf);
}

std::string sprintln(const arg* args, std::size_t n) {
  printer p;
  p.do_println(args, n);
  return std::move(p.buf);
}

std::string sprintf(go::string format, const arg* args, std::size_t n) {
  printer p;
  p.do_printf(go::view(format), args, n);
  return std::move(p.buf);
}

go::string to_go_string(const std::string& s) { return go::make_string(s); }

}  // namespace fmt::detail
