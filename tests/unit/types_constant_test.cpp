// Exact constant arithmetic (types/constant.hpp): Go constants never round
// until they meet a type.
#include <gtest/gtest.h>

#include <cmath>

#include "types/constant.hpp"

using types::BigInt;
using types::BigRat;
using types::Constant;
using syntax::Token;

namespace {

Constant lit(syntax::LitKind k, const std::string& text) {
  syntax::BasicLit l;
  l.litKind = k;
  l.text = text;
  return Constant::fromLiteral(l);
}

TEST(Constant, IntegerLiteralForms) {
  EXPECT_EQ(lit(syntax::LitKind::Int, "1_000_000").str(), "1000000");
  EXPECT_EQ(lit(syntax::LitKind::Int, "0x_FF").str(), "255");
  EXPECT_EQ(lit(syntax::LitKind::Int, "0o17").str(), "15");
  EXPECT_EQ(lit(syntax::LitKind::Int, "017").str(), "15");
  EXPECT_EQ(lit(syntax::LitKind::Int, "0b1011").str(), "11");
  EXPECT_EQ(lit(syntax::LitKind::Int, "123456789012345678901234567890").str(), "123456789012345678901234567890");
}

TEST(Constant, FloatLiteralsAreExact) {
  Constant a = lit(syntax::LitKind::Float, "0.1");
  Constant b = lit(syntax::LitKind::Float, "0.2");
  Constant c = lit(syntax::LitKind::Float, "0.3");
  EXPECT_TRUE(Constant::compare(Constant::binaryOp(a, Token::Add, b, false), Token::Eql, c));
  EXPECT_EQ(lit(syntax::LitKind::Float, "1e3").ratVal(), BigRat(1000));
  EXPECT_EQ(lit(syntax::LitKind::Float, "0x1p-2").ratVal(), BigRat(1, 4));
  EXPECT_EQ(lit(syntax::LitKind::Float, "0x1.8p1").ratVal(), BigRat(3));
  EXPECT_DOUBLE_EQ(lit(syntax::LitKind::Float, "3.14159").float64Val(), 3.14159);
}

TEST(Constant, HugeShiftsStayExact) {
  Constant one = Constant::makeInt64(1);
  Constant big = Constant::shift(one, Token::Shl, 100);
  Constant back = Constant::shift(big, Token::Shr, 98);
  EXPECT_EQ(back.str(), "4");
  EXPECT_FALSE(big.int64Val().has_value());
  EXPECT_EQ(Constant::shift(Constant::makeInt64(-5), Token::Shr, 1).str(), "-3");  // floor, as Go's >>
}

TEST(Constant, IntegerDivisionTruncatesUntypedDivisionIsExact) {
  Constant seven = Constant::makeInt64(7), two = Constant::makeInt64(2);
  EXPECT_EQ(Constant::binaryOp(seven, Token::Quo, two, true).str(), "3");
  EXPECT_EQ(Constant::binaryOp(Constant::makeInt64(-7), Token::Quo, two, true).str(), "-3");
  EXPECT_EQ(Constant::binaryOp(Constant::makeInt64(-7), Token::Rem, two, true).str(), "-1");
  Constant q = Constant::binaryOp(seven, Token::Quo, two, false);
  EXPECT_EQ(q.kind(), Constant::Kind::Float);
  EXPECT_EQ(q.ratVal(), BigRat(7, 2));
}

TEST(Constant, ToIntOnlyWhenIntegral) {
  EXPECT_TRUE(Constant::makeFloat(BigRat(4)).toInt().has_value());
  EXPECT_FALSE(Constant::makeFloat(BigRat(3, 2)).toInt().has_value());
}

TEST(Constant, UnsignedComplement) {
  EXPECT_EQ(Constant::unaryOp(Token::Xor, Constant::makeInt64(1), 8).str(), "254");
  EXPECT_EQ(Constant::unaryOp(Token::Xor, Constant::makeInt64(1), 0).str(), "-2");
}

TEST(Constant, StringsConcatenateAndCompare) {
  Constant a = Constant::makeString("go"), b = Constant::makeString("pher");
  EXPECT_EQ(Constant::binaryOp(a, Token::Add, b, false).stringVal(), "gopher");
  EXPECT_TRUE(Constant::compare(a, Token::Lss, b));
}

TEST(Constant, FloatsRoundOnceToNearestEven) {
  BigRat max32 = BigRat(BigInt(0xFFFFFF)) * BigRat(BigInt(1) << 104);  // MaxFloat32
  BigRat halfUlp = BigRat(BigInt(1) << 103);
  BigRat tiny = BigRat(BigInt(1), BigInt(1) << 128);
  // Just below the midpoint to 2^128 rounds down to MaxFloat32 (float_lit2.go).
  EXPECT_EQ(Constant::makeFloat(max32 + halfUlp - tiny).float32Val(), 3.40282346638528859811704183484516925440e+38f);
  // The midpoint itself rounds to even: 2^128, which overflows float32.
  EXPECT_TRUE(std::isinf(Constant::makeFloat(max32 + halfUlp).float32Val()));
  EXPECT_EQ(Constant::makeFloat(BigRat(1, 10)).float64Val(), 0.1);
  BigRat smallest = BigRat(BigInt(1), BigInt(1) << 1074);
  EXPECT_EQ(Constant::makeFloat(smallest).float64Val(), 5e-324);
  EXPECT_EQ(Constant::makeFloat(smallest / 2).float64Val(), 0.0);  // half of it: ties to even, 0
  EXPECT_EQ(Constant::makeFloat(BigRat(-3, 2)).float64Val(), -1.5);
}

}  // namespace

namespace {

// go/constant keeps decimal literals exact while they stay within 2^±4096
// and uses 512-bit floats beyond; huge exponents must stay cheap
// (fixedbugs/issue13559.go has dozens of them).
TEST(Constant, HugeExponentLiterals) {
  Constant small = lit(syntax::LitKind::Float, "1e-1000");
  Constant big = lit(syntax::LitKind::Float, "1e1000");
  EXPECT_TRUE(Constant::compare(Constant::binaryOp(small, Token::Mul, big, false), Token::Eql,
                                Constant::makeInt64(1)));  // exact within the range
  Constant tiny = lit(syntax::LitKind::Float, "1e-100000");
  EXPECT_FALSE(tiny.isZero());
  EXPECT_LE(boost::multiprecision::msb(boost::multiprecision::numerator(tiny.ratVal())), 520u);  // a 512-bit mantissa
  EXPECT_EQ(tiny.float64Val(), 0.0);
  Constant huge = lit(syntax::LitKind::Float, "1e100000");
  EXPECT_TRUE(huge.isIntegral());
  EXPECT_FALSE(huge.toInt().has_value());  // beyond go/constant's 4096-bit integers: "truncated"
  EXPECT_TRUE(std::isinf(huge.float64Val()));
  EXPECT_TRUE(lit(syntax::LitKind::Float, "1e-1000000000").isZero());
}

// Beyond 1e100001 a float is a 512-bit mantissa and a binary exponent
// (fixedbugs/issue11326b.go): quotients of such values come back in range.
TEST(Constant, GiganticExponentsKeepTheirRatio) {
  Constant n = lit(syntax::LitKind::Float, "1e646456992");
  Constant d = lit(syntax::LitKind::Float, "1e646456991");
  Constant q = Constant::binaryOp(n, Token::Quo, d, false);
  EXPECT_TRUE(Constant::compare(q, Token::Eql, Constant::makeInt64(10)));
  EXPECT_TRUE(Constant::compare(n, Token::Gtr, d));
  EXPECT_TRUE(std::isinf(n.float64Val()));
  EXPECT_TRUE(n.isIntegral());
  EXPECT_FALSE(n.toInt().has_value());
  EXPECT_EQ(n.str(), "1e+646456992");
  Constant diff = Constant::binaryOp(Constant::binaryOp(n, Token::Sub, d, false), Token::Quo, d, false);
  EXPECT_TRUE(Constant::compare(diff, Token::Eql, Constant::makeInt64(9)));  // as gc: exactly
  Constant neg = Constant::unaryOp(Token::Sub, n, 0);
  EXPECT_TRUE(Constant::compare(neg, Token::Lss, d));
  EXPECT_TRUE(std::isinf(neg.float64Val()) && neg.float64Val() < 0);
}

}  // namespace
