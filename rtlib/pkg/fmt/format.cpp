// This file implements the layout half of Go's fmt (fmt/format.go): width
// and precision padding, integers in every base with their prefixes and
// signs, %c/%q/%U of runes, floats with the # and sign flags, strings
// truncated by precision, quoted, or in hex.
#include <algorithm>

#include "format_float.hpp"
#include "printer.hpp"
#include "quote.hpp"

namespace fmt::detail {

namespace {
constexpr char lower_digits[] = "0123456789abcdefx";
constexpr char upper_digits[] = "0123456789ABCDEFX";

int rune_count(std::string_view s) {
  int n = 0;
  go::string gs(s.data(), static_cast<go::int_>(s.size()));
  for (go::int_ i = 0; i < gs.len; i += go::decode_rune(gs, i).width) n++;
  return n;
}
}  // namespace

void printer::write_padding(int n) {
  if (n <= 0) return;
  buf.append(static_cast<std::size_t>(n), f.zero ? '0' : ' ');
}

void printer::pad(std::string_view s) {
  if (!f.wid_present || f.wid == 0) {
    buf += s;
    return;
  }
  int width = f.wid - rune_count(s);
  if (!f.minus) {
    write_padding(width);
    buf += s;
  } else {
    buf += s;
    write_padding(width);
  }
}

void printer::fmt_boolean(bool v) { pad(v ? "true" : "false"); }

void printer::fmt_integer(go::uint64 u, int base, bool is_signed, go::rune verb, bool upper) {
  const char* digits = upper ? upper_digits : lower_digits;
  bool negative = is_signed && static_cast<go::int64>(u) < 0;
  if (negative) u = -u;
  int prec = 0;
  if (f.prec_present) {
    prec = f.prec;
    // Precision 0 and value 0 means "print nothing" but padding.
    if (prec == 0 && u == 0) {
      bool old_zero = f.zero;
      f.zero = false;
      write_padding(f.wid);
      f.zero = old_zero;
      return;
    }
  } else if (f.zero && f.wid_present) {
    prec = f.wid;
    if (negative || f.plus || f.space) prec--;  // leave room for the sign
  }
  // Format right to left.
  std::string b(static_cast<std::size_t>(std::max(68, 3 + f.wid + f.prec)), ' ');
  int i = static_cast<int>(b.size());
  go::uint64 ubase = static_cast<go::uint64>(base);
  while (u >= ubase) {
    b[--i] = digits[u % ubase];
    u /= ubase;
  }
  b[--i] = digits[u];
  while (i > 0 && prec > static_cast<int>(b.size()) - i) b[--i] = '0';
  if (f.sharp) {
    switch (base) {
      case 2: b[--i] = 'b'; b[--i] = '0'; break;
      case 8: if (b[i] != '0') b[--i] = '0'; break;
      case 16: b[--i] = digits[16]; b[--i] = '0'; break;
      default: break;
    }
  }
  if (verb == 'O') {
    b[--i] = 'o';
    b[--i] = '0';
  }
  if (negative) b[--i] = '-';
  else if (f.plus) b[--i] = '+';
  else if (f.space) b[--i] = ' ';
  // Zero padding was done above as precision, or is ignored because an
  // explicit precision was given.
  bool old_zero = f.zero;
  f.zero = false;
  pad(std::string_view(b).substr(static_cast<std::size_t>(i)));
  f.zero = old_zero;
}

void printer::fmt_unicode(go::uint64 u) {
  // U+%04X, and with # also ' followed by the rune if printable.
  std::string s = "U+";
  char hex[17];
  int n = std::snprintf(hex, sizeof hex, "%llX", static_cast<unsigned long long>(u));
  int prec = f.prec_present && f.prec > 4 ? f.prec : 4;
  for (int k = n; k < prec; k++) s += '0';
  s.append(hex, static_cast<std::size_t>(n));
  if (f.sharp && u <= 0x10FFFF && is_print(static_cast<go::rune>(u))) {
    s += " '";
    append_rune(s, static_cast<go::rune>(u));
    s += '\'';
  }
  bool old_zero = f.zero;
  f.zero = false;
  pad(s);
  f.zero = old_zero;
}

void printer::fmt_c(go::uint64 c) {
  go::rune r = c > 0x10FFFF ? go::rune_error : static_cast<go::rune>(c);
  std::string s;
  append_rune(s, r);
  pad(s);
}

void printer::fmt_qc(go::uint64 c) {
  go::rune r = c > 0x10FFFF ? go::rune_error : static_cast<go::rune>(c);
  std::string s;
  append_quoted_rune(s, r, f.plus);
  pad(s);
}

void printer::fmt_float(double v, int bits, char verb, int prec) {
  if (f.prec_present) prec = f.prec;
  // Leave room for a sign: num[0] is '+' unless the number has its own.
  std::string num = "+";
  append_float(num, v, verb, prec, bits);
  if (num[1] == '-' || num[1] == '+') num.erase(0, 1);
  if (f.space && num[0] == '+' && !f.plus) num[0] = ' ';
  // Infinities and NaN are not padded with zeros.
  if (num[1] == 'I' || num[1] == 'N') {
    bool old_zero = f.zero;
    f.zero = false;
    if (num[1] == 'N' && !f.space && !f.plus) num.erase(0, 1);
    pad(num);
    f.zero = old_zero;
    return;
  }
  // # keeps the decimal point and, for %g, the trailing zeros.
  if (f.sharp && verb != 'b') {
    int digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
      digits = prec;
      if (digits == -1) digits = 6;
    }
    std::string tail;
    bool has_point = false, saw_nonzero = false;
    for (std::size_t i = 1; i < num.size(); i++) {
      char c = num[i];
      if (c == '.') {
        has_point = true;
      } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
        tail = num.substr(i);
        num.resize(i);
        break;
      } else {
        if (c != '0') saw_nonzero = true;
        if (saw_nonzero) digits--;
      }
    }
    if (!has_point) {
      if (num.size() == 2 && num[1] == '0') digits--;  // a lone 0 counts once
      num += '.';
    }
    while (digits > 0) {
      num += '0';
      digits--;
    }
    num += tail;
  }
  if (f.plus || num[0] != '+') {
    // Zero padding goes between the sign and the digits.
    if (f.zero && f.wid_present && f.wid > static_cast<int>(num.size())) {
      buf += num[0];
      write_padding(f.wid - static_cast<int>(num.size()));
      buf.append(num, 1);
      return;
    }
    pad(num);
    return;
  }
  pad(std::string_view(num).substr(1));
}

std::string_view printer::truncate(std::string_view s) {
  if (!f.prec_present) return s;
  go::string gs(s.data(), static_cast<go::int_>(s.size()));
  int n = f.prec;
  for (go::int_ i = 0; i < gs.len; i += go::decode_rune(gs, i).width) {
    if (n-- <= 0) return s.substr(0, static_cast<std::size_t>(i));
  }
  return s;
}

void printer::fmt_s(std::string_view s) { pad(truncate(s)); }

void printer::fmt_sbx(std::string_view s, bool upper) {
  const char* digits = upper ? upper_digits : lower_digits;
  int length = static_cast<int>(s.size());
  if (f.prec_present && f.prec < length) length = f.prec;
  int width = 2 * length;
  if (width > 0) {
    if (f.space) {
      if (f.sharp) width *= 2;
      width += length - 1;
    } else if (f.sharp) {
      width += 2;
    }
  } else {
    if (f.wid_present) write_padding(f.wid);
    return;
  }
  if (f.wid_present && f.wid > width && !f.minus) write_padding(f.wid - width);
  if (f.sharp) {
    buf += '0';
    buf += digits[16];
  }
  for (int i = 0; i < length; i++) {
    if (f.space && i > 0) {
      buf += ' ';
      if (f.sharp) {
        buf += '0';
        buf += digits[16];
      }
    }
    unsigned char c = static_cast<unsigned char>(s[static_cast<std::size_t>(i)]);
    buf += digits[c >> 4];
    buf += digits[c & 0xF];
  }
  if (f.wid_present && f.wid > width && f.minus) write_padding(f.wid - width);
}

void printer::fmt_q(std::string_view s) {
  s = truncate(s);
  std::string q;
  if (f.sharp && can_backquote(s)) {
    q = "`";
    q += s;
    q += '`';
  } else {
    append_quoted(q, s, f.plus);
  }
  pad(q);
}

}  // namespace fmt::detail
