// This file implements exact constant arithmetic (spec: "Constant
// expressions"): integers of any size with boost::multiprecision::cpp_int and
// floats as exact rationals, so that 1<<100>>98 is 4 and 0.1+0.2 == 0.3, as
// in Go.
#include "types/constant.hpp"

#include <boost/multiprecision/cpp_bin_float.hpp>
#include <algorithm>
#include <cmath>
#include <sstream>

namespace types {

namespace mp = boost::multiprecision;
using syntax::Token;

Constant Constant::makeBool(bool b) { Constant c; c.kind_ = Kind::Bool; c.b_ = b; return c; }
Constant Constant::makeString(std::string s) { Constant c; c.kind_ = Kind::String; c.s_ = std::move(s); return c; }
Constant Constant::makeInt(BigInt i) { Constant c; c.kind_ = Kind::Int; c.i_ = std::move(i); return c; }
Constant Constant::makeFloat(BigRat r) { Constant c; c.kind_ = Kind::Float; c.r_ = std::move(r); return c; }
Constant Constant::makeComplex(BigRat re, BigRat im) {
  Constant c; c.kind_ = Kind::Complex; c.r_ = std::move(re); c.im_ = std::move(im); return c;
}

BigRat Constant::ratVal() const {
  if (kind_ == Kind::Int) return BigRat(i_);
  if (scale_ != 0) {
    // Beyond every type's range either way: a value that still overflows
    // (or underflows) everything, with the right sign.
    long e = std::clamp(scale_, -2 * kHugeBits, 2 * kHugeBits);
    BigInt p = BigInt(1) << (e < 0 ? -e : e);
    return e < 0 ? r_ / BigRat(p) : r_ * BigRat(p);
  }
  return r_;
}

int Constant::log2Magnitude() const {
  return static_cast<int>(mp::msb(mp::abs(mp::numerator(r_)))) - static_cast<int>(mp::msb(mp::denominator(r_))) +
         static_cast<int>(scale_);
}

// Rounds the positive x to prec significant bits, to nearest even (a
// big.Float operation's rounding); xe gets the exponent that takes.
static void roundToPrec(BigInt& x, long& xe, long prec) {
  long extra = static_cast<long>(mp::msb(x)) + 1 - prec;
  if (extra <= 0) return;
  BigInt q = x >> extra;
  BigInt rem = x - (q << extra), half = BigInt(1) << (extra - 1);
  if (rem > half || (rem == half && (q & 1) != 0)) ++q;
  x = q;
  xe += extra;
  if (static_cast<long>(mp::msb(x)) + 1 > prec) {  // rounded up to a power of two
    x >>= 1;
    xe += 1;
  }
}

Constant Constant::makeScaledFloat(BigRat r, long scale) {
  if (r == 0 || scale == 0) return makeFloat(std::move(r));
  // Rounded to a 512-bit mantissa m (to nearest even), as a big.Float of
  // go/constant: value = m * 2^e.
  BigInt n = mp::abs(mp::numerator(r)), d = mp::denominator(r);
  long shift = 513 - (static_cast<long>(mp::msb(n)) - static_cast<long>(mp::msb(d)));  // m with 513..514 bits
  BigInt num = shift >= 0 ? BigInt(n << shift) : n, den = shift < 0 ? BigInt(d << -shift) : d;
  BigInt m = num / den;
  bool inexact = m * den != num;
  long e = scale - shift;
  // The guard bits decide the rounding; a nonzero remainder below them is a sticky bit.
  m = (m << 1) | (inexact ? 1 : 0);
  e -= 1;
  roundToPrec(m, e, 512);
  if (r < 0) m = -m;
  long mag = static_cast<long>(mp::msb(mp::abs(m))) + e;
  if (mag > -kHugeBits && mag < kHugeBits) {
    // Back in the exact range (go/constant turns such a float back into a rational).
    if (e >= 0) return makeFloat(BigRat(BigInt(m << e)));
    return makeFloat(BigRat(m, BigInt(1) << -e));
  }
  Constant c;
  c.kind_ = Kind::Float;
  c.r_ = BigRat(m);
  c.scale_ = e;
  return c;
}

// 5^n as big.Float's pow5 computes it for a decimal exponent (math/big's
// decimal conversion): 5^27 exactly, then square and multiply with the
// result rounded to 576 bits and the powers of 5 to 640: m * 2^exp2.
static std::pair<BigInt, long> pow5Approx(long n) {
  BigInt z = 1;
  if (n <= 27) {
    for (long i = 0; i < n; i++) z *= 5;
    return {z, 0};
  }
  z = BigInt("7450580596923828125");  // 5^27
  long ze = 0;
  n -= 27;
  BigInt f = 5;
  long fe = 0;
  for (; n > 0; n >>= 1) {
    if (n & 1) {
      z *= f;
      ze += fe;
      roundToPrec(z, ze, 576);
    }
    f *= f;
    fe *= 2;
    roundToPrec(f, fe, 640);
  }
  return {z, ze};
}

// Literal exponents beyond this are clamped: 1e100001 already overflows
// every type and is not an integer constant (see toInt), so larger ones
// behave the same, and 1e646456992 does not take the machine's memory.
constexpr long kMaxLiteralExponent = 100001;

// mant * 10^e, exactly where Go keeps decimal literals exact. Rationals
// are built without normalizing huge operands (boost reduces fractions with
// a binary gcd, quadratic in the bits): a positive exponent gives an
// integer; a negative one a fraction mant / 10^-e, unless the value lies
// below 2^-4096, where go/constant switches from exact rationals to 512-bit
// floats: there the result is a 512-bit mantissa over a power of two.
static BigRat decimalValue(const BigInt& mant, long e, long& scale) {
  if (mant == 0) return BigRat(0);
  // Far below any float's range, gc's constants underflow to zero too
  // (1 / 1e-600000000 is a division by zero for gc).
  if (e < -kMaxLiteralExponent) return BigRat(0);
  if (e > kMaxLiteralExponent) {
    // mant * 5^e * 2^e, with 5^e as big.Float has it (Constant::makeScaledFloat).
    auto [m, m2] = pow5Approx(e);
    scale = m2 + e;
    return BigRat(mant * m);
  }
  BigInt p = mp::pow(BigInt(10), static_cast<unsigned>(e < 0 ? -e : e));
  if (e >= 0) return BigRat(mant * p);
  long bits = static_cast<long>(mp::msb(mp::abs(mant))) - static_cast<long>(mp::msb(p));
  if (bits < -4096) {
    long shift = 512 - bits;
    BigInt q = (mant << shift) / p;
    return BigRat(q, BigInt(1) << shift);
  }
  return BigRat(mant, p);
}

static BigRat pow2(long e) {
  BigInt p = BigInt(1) << (e < 0 ? -e : e);
  return e < 0 ? BigRat(BigInt(1), p) : BigRat(p);
}

static int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

// Parses Go's integer and floating-point literal forms (with '_' separators).
static BigRat parseNumber(std::string s, bool& isFloat, long& scaleOut) {
  std::string t;
  for (char c : s) if (c != '_') t += c;
  int base = 10;
  size_t i = 0;
  if (t.size() > 1 && t[0] == '0') {
    char p = t[1];
    if (p == 'x' || p == 'X') { base = 16; i = 2; }
    else if (p == 'b' || p == 'B') { base = 2; i = 2; }
    else if (p == 'o' || p == 'O') { base = 8; i = 2; }
  }
  bool hexFloat = base == 16 && t.find_first_of(".pP", i) != std::string::npos;
  isFloat = hexFloat || (base == 10 && t.find_first_of(".eE") != std::string::npos);
  if (!isFloat) {
    if (base == 10 && t.size() > 1 && t[0] == '0') base = 8;  // legacy octal 0777
    BigInt v = 0;
    for (; i < t.size(); ++i) v = v * base + digitValue(t[i]);
    return BigRat(v);
  }
  BigInt mant = 0;
  long scale = 0;  // digits after the point
  long& binaryScale = scaleOut;
  bool afterPoint = false;
  char expChar = hexFloat ? 'p' : 'e';
  for (; i < t.size(); ++i) {
    char c = t[i];
    if (c == '.') { afterPoint = true; continue; }
    if (std::tolower(c) == expChar) break;
    mant = mant * base + digitValue(c);
    if (afterPoint) ++scale;
  }
  long exp = 0;
  if (i < t.size()) {
    // Parse by hand: the exponent may not fit a long (1e99999999999999999999).
    std::string digits = t.substr(i + 1);
    bool neg = !digits.empty() && digits[0] == '-';
    if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) digits.erase(0, 1);
    // (Beyond 2^31 binary digits big.Float's exponent overflows: gc fails too.)
    for (char c : digits) exp = std::min<long>(exp * 10 + (c - '0'), 1L << 40);
    if (neg) exp = -exp;
  }
  if (hexFloat) return BigRat(mant) * pow2(std::clamp(exp - 4 * scale, -4 * kMaxLiteralExponent, 4 * kMaxLiteralExponent));
  return decimalValue(mant, exp - scale, binaryScale);
}

Constant Constant::fromLiteral(const syntax::BasicLit& lit) {
  switch (lit.litKind) {
    case syntax::LitKind::String: return makeString(lit.bytes);
    case syntax::LitKind::Rune: return makeInt(BigInt(lit.rune));
    case syntax::LitKind::Imag: {
      bool isF = false;
      std::string body = lit.text.substr(0, lit.text.size() - 1);
      // 0123i is decimal (spec: "Imaginary literals"), not a legacy octal.
      if (body.size() > 1 && body[0] == '0' && (std::isdigit(static_cast<unsigned char>(body[1])) || body[1] == '_')) {
        size_t nonZero = body.find_first_not_of("0_");
        body = nonZero == std::string::npos ? "0" : body.substr(nonZero);
        if (body[0] == '.' || body[0] == 'e' || body[0] == 'E') body = "0" + body;
      }
      long huge = 0;
      BigRat v = parseNumber(body, isF, huge);
      return makeComplex(0, makeScaledFloat(v, huge).ratVal());
    }
    case syntax::LitKind::Int:
    case syntax::LitKind::Float: {
      bool isF = false;
      long huge = 0;
      BigRat v = parseNumber(lit.text, isF, huge);
      return isF ? makeScaledFloat(v, huge) : makeInt(mp::numerator(v));
    }
  }
  return {};
}

bool Constant::isIntegral() const {
  if (kind_ == Kind::Int) return true;
  if (kind_ == Kind::Float) return scale_ >= 0 && mp::denominator(r_) == 1;
  if (kind_ == Kind::Complex) return im_ == 0 && mp::denominator(r_) == 1;
  return false;
}

std::optional<Constant> Constant::toInt() const {
  if (kind_ == Kind::Int) return *this;
  if (!isIntegral() || scale_ != 0) return std::nullopt;
  // As go/constant: a float larger than 2^4096 is not made an integer (gc
  // then says "truncated" rather than computing a gigantic integer).
  if (r_ != 0 && mp::msb(mp::abs(mp::numerator(r_))) > kMaxIntBits) return std::nullopt;
  return makeInt(mp::numerator(r_));
}

Constant Constant::toFloat() const {
  if (kind_ == Kind::Int) return makeFloat(BigRat(i_));
  if (kind_ == Kind::Complex) return makeFloat(r_);
  return *this;
}

Constant Constant::toComplex() const {
  if (kind_ == Kind::Complex) return *this;
  return makeComplex(ratVal(), 0);
}

std::optional<int64_t> Constant::int64Val() const {
  auto i = toInt();
  if (!i) return std::nullopt;
  const BigInt& v = i->i_;
  if (v < BigInt(std::numeric_limits<int64_t>::min()) || v > BigInt(std::numeric_limits<int64_t>::max()))
    return std::nullopt;
  return v.convert_to<int64_t>();
}

std::optional<uint64_t> Constant::uint64Val() const {
  auto i = toInt();
  if (!i) return std::nullopt;
  const BigInt& v = i->i_;
  if (v < 0 || v > BigInt(std::numeric_limits<uint64_t>::max())) return std::nullopt;
  return v.convert_to<uint64_t>();
}

// Rounds r to the nearest IEEE binary value with mantBits significant bits
// (round half to even, subnormals below minExp), once and exactly: the
// checker's float constants must round as gc's do. Infinity on overflow.
static double roundBinary(const BigRat& r, int mantBits, long minExp, long maxExp) {
  if (r == 0) return 0;
  bool neg = r < 0;
  BigInt n = mp::abs(mp::numerator(r)), d = mp::denominator(r);
  long e = static_cast<long>(mp::msb(n)) - static_cast<long>(mp::msb(d));
  // Make 2^e <= n/d < 2^(e+1).
  if ((e >= 0 ? n : n << -e) < (e >= 0 ? d << e : d)) --e;
  if (e > maxExp) return neg ? -HUGE_VAL : HUGE_VAL;
  long q = std::max(e, minExp) - (mantBits - 1);  // exponent of the last mantissa bit
  BigInt num = q < 0 ? n << -q : n;
  BigInt den = q > 0 ? d << q : d;
  BigInt m = num / den, rem = num % den;
  if (2 * rem > den || (2 * rem == den && (m & 1) != 0)) ++m;
  if (m == 0) return neg ? -0.0 : 0.0;
  if (mp::msb(m) > static_cast<unsigned>(mantBits - 1) && e + 1 > maxExp) return neg ? -HUGE_VAL : HUGE_VAL;
  double v = std::ldexp(m.convert_to<double>(), static_cast<int>(q));
  return neg ? -v : v;
}

double Constant::float64Val() const { return roundBinary(ratVal(), 53, -1022, 1023); }

float Constant::float32Val() const { return static_cast<float>(roundBinary(ratVal(), 24, -126, 127)); }

// A float constant as go/constant prints it: %.6g of the nearest float64
// (an integral value too: 1e100 is "1e+100"), %g when %.6g would hide
// that the value is not an integer; exact digits beyond float64's range.
static std::string ratString(const BigRat& r) {
  using F = mp::number<mp::backends::cpp_bin_float<200, mp::backends::digit_base_2>>;
  double d = (F(mp::numerator(r)) / F(mp::denominator(r))).convert_to<double>();
  if (std::isinf(d) || (d == 0 && r != 0)) {
    if (mp::denominator(r) == 1) return mp::numerator(r).str();
  }
  char buf[64];
  snprintf(buf, sizeof buf, "%.6g", d);
  std::string s = buf;
  if (mp::denominator(r) != 1 && s.find('.') == std::string::npos && s.find('e') == std::string::npos) {
    for (int prec = 7; prec <= 17; prec++) {  // the shortest that reads back as d, like Go's %g
      snprintf(buf, sizeof buf, "%.*g", prec, d);
      if (std::strtod(buf, nullptr) == d) break;
    }
    s = buf;
  }
  return s;
}

std::string Constant::str() const {
  switch (kind_) {
    case Kind::Unknown: return "unknown";
    case Kind::Bool: return b_ ? "true" : "false";
    case Kind::String: {
      std::string out = "\"";
      for (unsigned char c : s_) {
        if (c == '"' || c == '\\') { out += '\\'; out += static_cast<char>(c); }
        else if (c == '\n') out += "\\n";
        else if (c < 0x20) { char buf[8]; snprintf(buf, sizeof buf, "\\x%02x", c); out += buf; }
        else out += static_cast<char>(c);
      }
      return out + "\"";
    }
    case Kind::Int: return i_.str();
    case Kind::Float:
      if (scale_ != 0) {
        // %.6g of a value no double holds: "1e+646456992".
        double mant = (mp::number<mp::backends::cpp_bin_float<200, mp::backends::digit_base_2>>(mp::numerator(r_)) /
                       mp::number<mp::backends::cpp_bin_float<200, mp::backends::digit_base_2>>(mp::denominator(r_)))
                          .convert_to<double>();
        double l = std::log10(std::fabs(mant)) + static_cast<double>(scale_) * std::log10(2.0);
        double e = std::floor(l);
        char buf[64];
        snprintf(buf, sizeof buf, "%s%.6ge%+ld", mant < 0 ? "-" : "", std::pow(10.0, l - e), static_cast<long>(e));
        return buf;
      }
      return ratString(r_);
    case Kind::Complex: return "(" + ratString(r_) + " + " + ratString(im_) + "i)";
  }
  return "?";
}

bool Constant::isZero() const {
  switch (kind_) {
    case Kind::Int: return i_ == 0;
    case Kind::Float: return r_ == 0;
    case Kind::Complex: return r_ == 0 && im_ == 0;
    default: return false;
  }
}

// Brings x and y to the same (the larger) numeric kind.
static void match(Constant& x, Constant& y) {
  auto rank = [](Constant::Kind k) { return static_cast<int>(k); };
  if (rank(x.kind()) < rank(y.kind())) {
    x = y.kind() == Constant::Kind::Float ? x.toFloat() : x.toComplex();
  } else if (rank(y.kind()) < rank(x.kind())) {
    y = x.kind() == Constant::Kind::Float ? y.toFloat() : y.toComplex();
  }
}

Constant Constant::binaryOp(const Constant& a, Token op, const Constant& b, bool intDivision) {
  if (a.kind_ == Kind::Bool && b.kind_ == Kind::Bool) {
    if (op == Token::LAnd) return makeBool(a.b_ && b.b_);
    if (op == Token::LOr) return makeBool(a.b_ || b.b_);
    return {};
  }
  if (a.kind_ == Kind::String && b.kind_ == Kind::String) {
    if (op == Token::Add) return makeString(a.s_ + b.s_);
    return {};
  }
  Constant x = a, y = b;
  match(x, y);
  if (x.kind_ == Kind::Int) {
    const BigInt &p = x.i_, &q = y.i_;
    switch (op) {
      case Token::Add: return makeInt(p + q);
      case Token::Sub: return makeInt(p - q);
      case Token::Mul: return makeInt(p * q);
      case Token::Quo:
        if (intDivision) return makeInt(p / q);  // truncates toward zero, as Go
        return makeFloat(BigRat(p, q));
      case Token::Rem: return makeInt(p % q);
      case Token::And: return makeInt(p & q);
      case Token::Or: return makeInt(p | q);
      case Token::Xor: return makeInt(p ^ q);
      case Token::AndNot: return makeInt(p & ~q);
      default: return {};
    }
  }
  if (x.kind_ == Kind::Float && (x.scale_ != 0 || y.scale_ != 0)) {
    switch (op) {
      case Token::Mul: return makeScaledFloat(x.r_ * y.r_, x.scale_ + y.scale_);
      case Token::Quo: return makeScaledFloat(x.r_ / y.r_, x.scale_ - y.scale_);
      case Token::Add:
      case Token::Sub: {
        BigRat yr = op == Token::Sub ? BigRat(-y.r_) : y.r_;
        if (x.r_ == 0) return makeScaledFloat(yr, y.scale_);
        if (y.r_ == 0) return x;
        // An operand more than 1024 binary orders smaller is below the
        // 512-bit precision: the larger one stands.
        if (x.log2Magnitude() - y.log2Magnitude() > 1024) return x;
        if (y.log2Magnitude() - x.log2Magnitude() > 1024) return makeScaledFloat(yr, y.scale_);
        long common = std::min(x.scale_, y.scale_);
        BigRat xs = x.r_ * BigRat(BigInt(1) << (x.scale_ - common));
        BigRat ys = yr * BigRat(BigInt(1) << (y.scale_ - common));
        return makeScaledFloat(xs + ys, common);
      }
      default: return {};
    }
  }
  if (x.kind_ == Kind::Float) {
    switch (op) {
      case Token::Add: return makeFloat(x.r_ + y.r_);
      case Token::Sub: return makeFloat(x.r_ - y.r_);
      case Token::Mul: return makeFloat(x.r_ * y.r_);
      case Token::Quo: return makeFloat(x.r_ / y.r_);
      default: return {};
    }
  }
  if (x.kind_ == Kind::Complex) {
    const BigRat &a1 = x.r_, &b1 = x.im_, &c = y.r_, &d = y.im_;
    switch (op) {
      case Token::Add: return makeComplex(a1 + c, b1 + d);
      case Token::Sub: return makeComplex(a1 - c, b1 - d);
      case Token::Mul: return makeComplex(a1 * c - b1 * d, a1 * d + b1 * c);
      case Token::Quo: {
        BigRat den = c * c + d * d;
        return makeComplex((a1 * c + b1 * d) / den, (b1 * c - a1 * d) / den);
      }
      default: return {};
    }
  }
  return {};
}

Constant Constant::unaryOp(Token op, const Constant& x, int unsignedBits) {
  switch (op) {
    case Token::Add: return x;
    case Token::Sub:
      if (x.kind_ == Kind::Int) return makeInt(-x.i_);
      if (x.kind_ == Kind::Float) return makeScaledFloat(-x.r_, x.scale_);
      if (x.kind_ == Kind::Complex) return makeComplex(-x.r_, -x.im_);
      return {};
    case Token::Xor:
      if (x.kind_ != Kind::Int) return {};
      if (unsignedBits > 0) {
        BigInt mask = (BigInt(1) << unsignedBits) - 1;
        return makeInt(x.i_ ^ mask);
      }
      return makeInt(-x.i_ - 1);
    case Token::Not:
      if (x.kind_ == Kind::Bool) return makeBool(!x.b_);
      return {};
    default: return {};
  }
}

Constant Constant::shift(const Constant& x, Token op, uint64_t count) {
  auto xi = x.toInt();
  if (!xi) return {};
  if (op == Token::Shl) return makeInt(xi->i_ << count);
  // Arithmetic shift right (floor), as Go's constant >> on negative values.
  BigInt v = xi->i_;
  if (v >= 0) return makeInt(v >> count);
  BigInt d = BigInt(1) << count;
  BigInt q = v / d;
  if (q * d != v) q -= 1;
  return makeInt(q);
}

bool Constant::compare(const Constant& a, Token op, const Constant& b) {
  if (a.kind_ == Kind::Bool) {
    return op == Token::Eql ? a.b_ == b.b_ : a.b_ != b.b_;
  }
  if (a.kind_ == Kind::String) {
    int c = a.s_.compare(b.s_);
    switch (op) {
      case Token::Eql: return c == 0;
      case Token::Neq: return c != 0;
      case Token::Lss: return c < 0;
      case Token::Leq: return c <= 0;
      case Token::Gtr: return c > 0;
      case Token::Geq: return c >= 0;
      default: return false;
    }
  }
  Constant x = a, y = b;
  match(x, y);
  if (x.kind_ == Kind::Complex) {
    bool eq = x.r_ == y.r_ && x.im_ == y.im_;
    return op == Token::Eql ? eq : !eq;
  }
  if (x.kind_ == Kind::Float && (x.scale_ != 0 || y.scale_ != 0)) {
    // Compare through the difference's sign (ratVal clamps huge values).
    Constant d = binaryOp(x, Token::Sub, y, false);
    int sign = d.r_ < 0 ? -1 : d.r_ > 0 ? 1 : 0;
    switch (op) {
      case Token::Eql: return sign == 0;
      case Token::Neq: return sign != 0;
      case Token::Lss: return sign < 0;
      case Token::Leq: return sign <= 0;
      case Token::Gtr: return sign > 0;
      case Token::Geq: return sign >= 0;
      default: return false;
    }
  }
  BigRat p = x.ratVal(), q = y.ratVal();
  switch (op) {
    case Token::Eql: return p == q;
    case Token::Neq: return p != q;
    case Token::Lss: return p < q;
    case Token::Leq: return p <= q;
    case Token::Gtr: return p > q;
    case Token::Geq: return p >= q;
    default: return false;
  }
}

}  // namespace types
