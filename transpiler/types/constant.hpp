// Exact values of Go constants.
//
// Go constants are exact: integers have no size limit until they are given a
// type, and floating-point constants are exact rationals. We follow go/constant:
// a Value is Bool, String, Int (arbitrary precision), Float (exact rational)
// or Complex (a pair of rationals). Whether a value fits a typed destination
// is asked separately (representable), so that errors can say "overflows" or
// "truncated" in gc's words.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>
#include <optional>
#include <string>

#include "syntax/ast.hpp"

namespace types {

using BigInt = boost::multiprecision::cpp_int;
using BigRat = boost::multiprecision::cpp_rational;

class Constant {
 public:
  // Untyped integer constants may have at most this many bits (gc: 512);
  // a result beyond is "constant multiplication overflow" and the like.
  static constexpr unsigned kUntypedIntBits = 512;
  // Floats with integral values up to 2^4096 convert to integers (go/constant).
  static constexpr unsigned kMaxIntBits = 4096;
  bool intTooLarge() const { return kind_ == Kind::Int && i_ != 0 && boost::multiprecision::msb(abs(i_)) >= kUntypedIntBits; }

  enum class Kind { Unknown, Bool, String, Int, Float, Complex };

  Constant() = default;
  static Constant makeBool(bool b);
  static Constant makeString(std::string s);
  static Constant makeInt(BigInt i);
  static Constant makeInt64(int64_t i) { return makeInt(BigInt(i)); }
  static Constant makeFloat(BigRat r);  // stays Float even if integral
  // r * 2^scale: a float far outside 2^±kHugeBits is kept as a 512-bit
  // mantissa and a binary exponent, as go/constant keeps such values in a
  // big.Float (1e646456992 / 1e646456991 is 10: fixedbugs/issue11326b.go).
  static Constant makeScaledFloat(BigRat r, long scale);
  static constexpr long kHugeBits = 8192;
  static Constant makeComplex(BigRat re, BigRat im);
  // Parses a literal's source text (e.g. "0x1p-2", "1_000", "'\\n'"-decoded by syntax).
  static Constant fromLiteral(const syntax::BasicLit& lit);

  Kind kind() const { return kind_; }
  bool isKnown() const { return kind_ != Kind::Unknown; }
  bool boolVal() const { return b_; }
  const std::string& stringVal() const { return s_; }
  const BigInt& intVal() const { return i_; }
  BigRat ratVal() const;  // Int or Float as a rational (real part for Complex)
  BigRat imagVal() const { return kind_ == Kind::Complex ? im_ : BigRat(0); }

  // Conversions between numeric kinds; nullopt when not exactly possible
  // (toInt of 1.5) — the caller reports "truncated".
  std::optional<Constant> toInt() const;
  Constant toFloat() const;
  Constant toComplex() const;
  bool isIntegral() const;  // Int, or Float/Complex with integral real and zero imag

  std::optional<int64_t> int64Val() const;
  std::optional<uint64_t> uint64Val() const;
  double float64Val() const;  // nearest double
  float float32Val() const;

  // Go's printed form for messages: 1, 1.5, "s", true, (1 + 2i)
  std::string str() const;

  // Arithmetic. Division by zero must be checked by the caller.
  static Constant binaryOp(const Constant& x, syntax::Token op, const Constant& y, bool intDivision);
  static Constant unaryOp(syntax::Token op, const Constant& x, int unsignedBits /*0 if signed/untyped*/);
  static Constant shift(const Constant& x, syntax::Token op, uint64_t count);
  static bool compare(const Constant& x, syntax::Token op, const Constant& y);
  bool isZero() const;

 private:
  Kind kind_ = Kind::Unknown;
  bool b_ = false;
  std::string s_;
  BigInt i_;
  BigRat r_, im_;
  long scale_ = 0;  // Float: the value is r_ * 2^scale_ (nonzero only beyond 2^±kHugeBits)
  int log2Magnitude() const;  // about log2|value| of a nonzero Float
};

}  // namespace types
