// This file implements Go's float formatting (strconv/ftoa.go) on top of the
// C++ library's exact conversions: std::to_chars gives the shortest digits
// that round-trip, and printf's %e/%f give correctly rounded fixed digits.
// Both are turned into a decimal digit string with a decimal-point position
// (Go's decimalSlice) and laid out by Go's own rules for %e, %f and %g,
// which differ from C's (Go's %g keeps no trailing zeros, always writes a
// two-digit exponent, and picks %e/%f by its own thresholds).
#include "format_float.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace fmt::detail {

namespace {

struct decimal {
  std::string d;  // significant digits, no leading zeros
  int dp = 0;     // position of the decimal point relative to d's start
};

// Parses "d.ddde±x" (the sign already removed) into digits and point.
decimal from_scientific(const char* p, const char* end) {
  decimal r;
  const char* e = std::find(p, end, 'e');
  for (const char* c = p; c < e; c++) {
    if (*c != '.') r.d += *c;
  }
  int exp = std::atoi(std::string(e + 1, end).c_str());
  r.dp = exp + 1;
  // Go's decimal trims trailing zeros, and zero has no digits at all.
  while (!r.d.empty() && r.d.back() == '0') r.d.pop_back();
  if (r.d.empty()) r.dp = 0;
  return r;
}

decimal shortest_digits(double v, int bits) {
  char buf[64];
  std::to_chars_result res = bits == 32 ? std::to_chars(buf, buf + sizeof buf, static_cast<float>(v), std::chars_format::scientific)
                                        : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  const char* p = buf[0] == '-' ? buf + 1 : buf;
  return from_scientific(p, res.ptr);
}

std::string c_format(const char* spec, int prec, double v) {
  int n = std::snprintf(nullptr, 0, spec, prec, v);
  std::vector<char> buf(static_cast<std::size_t>(n) + 1);
  std::snprintf(buf.data(), buf.size(), spec, prec, v);
  return std::string(buf.data(), static_cast<std::size_t>(n));
}

// prec+1 significant digits, correctly rounded.
decimal significant_digits(double v, int prec) {
  std::string s = c_format("%.*e", prec, std::fabs(v));
  return from_scientific(s.data(), s.data() + s.size());
}

// prec digits after the point, correctly rounded.
decimal fixed_digits(double v, int prec) {
  std::string s = c_format("%.*f", prec, std::fabs(v));
  decimal r;
  std::size_t point = s.find('.');
  std::string int_part = s.substr(0, point);
  std::string frac = point == std::string::npos ? "" : s.substr(point + 1);
  std::string all = int_part + frac;
  std::size_t lead = all.find_first_not_of('0');
  if (lead == std::string::npos) return r;  // zero
  r.d = all.substr(lead);
  r.dp = static_cast<int>(int_part.size()) - static_cast<int>(lead);
  while (!r.d.empty() && r.d.back() == '0') r.d.pop_back();
  return r;
}

// %e: d.ddddde±dd
void format_e(std::string& out, bool neg, const decimal& d, int prec, char e) {
  if (neg) out += '-';
  int nd = static_cast<int>(d.d.size());
  out += nd == 0 ? '0' : d.d[0];
  if (prec > 0) {
    out += '.';
    int i = 1;
    int m = std::min(nd, prec + 1);
    if (i < m) {
      out.append(d.d, i, m - i);
      i = m;
    }
    for (; i <= prec; i++) out += '0';
  }
  out += e;
  int exp = nd == 0 ? 0 : d.dp - 1;
  out += exp < 0 ? '-' : '+';
  if (exp < 0) exp = -exp;
  if (exp < 10) {
    out += '0';
    out += static_cast<char>('0' + exp);
  } else if (exp < 100) {
    out += static_cast<char>('0' + exp / 10);
    out += static_cast<char>('0' + exp % 10);
  } else {
    out += static_cast<char>('0' + exp / 100);
    out += static_cast<char>('0' + exp / 10 % 10);
    out += static_cast<char>('0' + exp % 10);
  }
}

// %f: ddd.ddd
void format_f(std::string& out, bool neg, const decimal& d, int prec) {
  if (neg) out += '-';
  int nd = static_cast<int>(d.d.size());
  if (d.dp > 0) {
    int m = std::min(nd, d.dp);
    out.append(d.d, 0, m);
    for (; m < d.dp; m++) out += '0';
  } else {
    out += '0';
  }
  if (prec > 0) {
    out += '.';
    for (int i = 1; i <= prec; i++) {
      int j = d.dp + i - 1;
      out += (0 <= j && j < nd) ? d.d[j] : '0';
    }
  }
}

// The binary mantissa (implicit bit included) and unbiased exponent of a
// finite float, as strconv's genericFtoa computes them.
struct binary_float {
  std::uint64_t mant;
  int exp;
  int mantbits;
};

binary_float decompose(double v, int bits) {
  binary_float r;
  if (bits == 32) {
    std::uint32_t b = std::bit_cast<std::uint32_t>(static_cast<float>(v));
    r.mantbits = 23;
    r.exp = static_cast<int>(b >> 23) & 0xFF;
    r.mant = b & ((1u << 23) - 1);
    if (r.exp == 0) r.exp++;
    else r.mant |= std::uint64_t(1) << 23;
    r.exp += -127;
  } else {
    std::uint64_t b = std::bit_cast<std::uint64_t>(v);
    r.mantbits = 52;
    r.exp = static_cast<int>(b >> 52) & 0x7FF;
    r.mant = b & ((std::uint64_t(1) << 52) - 1);
    if (r.exp == 0) r.exp++;
    else r.mant |= std::uint64_t(1) << 52;
    r.exp += -1023;
  }
  return r;
}

// %x and %X: hexadecimal mantissa and binary exponent, -0x1.8p+01.
void append_hex_float(std::string& out, double v, int bits, int prec, char format) {
  binary_float b = decompose(v, bits);
  std::uint64_t mant = b.mant;
  int exp = b.exp;
  if (mant == 0) exp = 0;
  // Put the leading 1 (if any) at bit 60.
  mant <<= 60 - b.mantbits;
  while (mant != 0 && (mant & (std::uint64_t(1) << 60)) == 0) {
    mant <<= 1;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    unsigned shift = static_cast<unsigned>(prec * 4);
    std::uint64_t extra = (mant << shift) & ((std::uint64_t(1) << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (std::uint64_t(1) << 59)) mant++;
    mant <<= 60 - shift;
    if (mant & (std::uint64_t(1) << 61)) {  // rounding carried out
      mant >>= 1;
      exp++;
    }
  }
  const char* hex = format == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  if (std::signbit(v)) out += '-';
  out += '0';
  out += format;
  out += static_cast<char>('0' + ((mant >> 60) & 1));
  mant <<= 4;  // drop the leading digit
  if (prec < 0 && mant != 0) {
    out += '.';
    for (; mant != 0; mant <<= 4) out += hex[(mant >> 60) & 15];
  } else if (prec > 0) {
    out += '.';
    for (int i = 0; i < prec; i++, mant <<= 4) out += hex[(mant >> 60) & 15];
  }
  out += format == 'X' ? 'P' : 'p';
  out += exp < 0 ? '-' : '+';
  if (exp < 0) exp = -exp;
  std::string digits = std::to_string(exp);
  if (digits.size() < 2) digits.insert(0, "0");
  out += digits;
}

// %b: decimal mantissa "p" binary exponent, e.g. 4503599627370496p-52.
void append_binary_exponent(std::string& out, double v, int bits) {
  binary_float b = decompose(v, bits);
  std::uint64_t mant = b.mant;
  int exp = b.exp;
  int mantbits = b.mantbits;
  if (std::signbit(v)) out += '-';
  out += std::to_string(mant);
  out += 'p';
  exp -= mantbits;
  if (exp >= 0) out += '+';
  out += std::to_string(exp);
}

}  // namespace

void append_float(std::string& out, double v, char format, int prec, int bits) {
  if (std::isnan(v)) {
    out += "NaN";
    return;
  }
  if (std::isinf(v)) {
    out += v > 0 ? "+Inf" : "-Inf";
    return;
  }
  bool neg = std::signbit(v);
  if (format == 'b') {
    append_binary_exponent(out, v, bits);
    return;
  }
  if (format == 'x' || format == 'X') {
    append_hex_float(out, v, bits, prec, format);
    return;
  }
  bool shortest = prec < 0;
  decimal d;
  if (shortest) {
    d = shortest_digits(v, bits);
    int nd = static_cast<int>(d.d.size());
    switch (format) {
      case 'e': case 'E': prec = std::max(nd - 1, 0); break;
      case 'f': prec = std::max(nd - d.dp, 0); break;
      default: prec = nd; break;  // 'g', 'G'
    }
  } else {
    switch (format) {
      case 'e': case 'E': d = significant_digits(v, prec); break;
      case 'f': d = fixed_digits(v, prec); break;
      default:
        if (prec == 0) prec = 1;
        d = significant_digits(v, prec - 1);
        break;
    }
  }
  int nd = static_cast<int>(d.d.size());
  switch (format) {
    case 'e': case 'E':
      format_e(out, neg, d, prec, format);
      return;
    case 'f':
      format_f(out, neg, d, prec);
      return;
    default: {  // 'g', 'G'
      int eprec = prec;
      if (eprec > nd && nd >= d.dp) eprec = nd;
      // %e is used if the exponent from the conversion is less than -4 or
      // greater than or equal to the precision; shortest uses precision 6.
      if (shortest) eprec = 6;
      int exp = d.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > nd) prec = nd;
        format_e(out, neg, d, prec - 1, format == 'g' ? 'e' : 'E');
        return;
      }
      if (prec > d.dp) prec = nd;
      format_f(out, neg, d, std::max(prec - d.dp, 0));
      return;
    }
  }
}

}  // namespace fmt::detail
