// Tests of Go's integer division and shifts; the expected values were
// printed by Go 1.19 (MIN/-1 wraps, MIN%-1 is 0, division truncates toward
// zero, shifts past the width give 0 or the sign, negative counts panic).
#include <gtest/gtest.h>

#include <limits>
#include <string>

#include "go/runtime.hpp"

namespace {

using go::int_;

std::string panic_text(void (*f)()) {
  try {
    f();
  } catch (const go::panic_error& p) {
    return p.text() + (p.is_runtime_error() ? " [runtime.Error]" : "");
  }
  return "no panic";
}

TEST(RtArith, DivisionWrapsAndTruncates) {
  go::int64 min = std::numeric_limits<go::int64>::min();
  EXPECT_EQ(go::div<go::int64>(min, -1), min);
  EXPECT_EQ(go::rem<go::int64>(min, -1), 0);
  EXPECT_EQ(go::div<go::int8>(-128, -1), -128);
  EXPECT_EQ(go::rem<go::int8>(-128, -1), 0);
  EXPECT_EQ(go::div<int_>(-7, 2), -3);
  EXPECT_EQ(go::rem<int_>(-7, 2), -1);
  EXPECT_EQ(go::div<int_>(7, -2), -3);
  EXPECT_EQ(go::rem<int_>(7, -2), 1);
  EXPECT_EQ(go::div<go::uint8>(200, 3), 66);
}

TEST(RtArith, LiteralOperandTakesTheOtherOperandsType) {
  // The emitter prints small constants as plain C++ int literals.
  go::int8 small = -128;
  static_assert(std::is_same_v<decltype(go::div(small, -1)), go::int8>);
  EXPECT_EQ(go::div(small, -1), -128);
  go::int64 big = 7000000000;
  static_assert(std::is_same_v<decltype(go::rem(big, 4000000000LL)), go::int64>);
  EXPECT_EQ(go::rem(big, 4000000000LL), 3000000000);
  int_ n = 7;
  static_assert(std::is_same_v<decltype(go::div(100, n)), int_>);
  EXPECT_EQ(go::div(100, n), 14);
  go::uint_ u = 10;
  EXPECT_EQ(go::rem(u, 4), 2u);
}

TEST(RtArith, DivisionByZeroPanics) {
  EXPECT_EQ(panic_text([] { go::div<int_>(1, 0); }), "runtime error: integer divide by zero [runtime.Error]");
  EXPECT_EQ(panic_text([] { go::rem<go::uint32>(1, 0); }), "runtime error: integer divide by zero [runtime.Error]");
}

TEST(RtArith, ShiftsFollowGo) {
  go::int32 x = -8;
  go::uint8 u = 0x81;
  EXPECT_EQ(go::shr(x, go::uint_(3)), -1);
  EXPECT_EQ(go::shr(x, int_(33)), -1);
  EXPECT_EQ(go::shl(x, int_(33)), 0);
  EXPECT_EQ(go::shl(u, 1), 2);
  EXPECT_EQ(go::shr(u, 7), 1);
  EXPECT_EQ(go::shl(u, go::uint_(64)), 0);
  EXPECT_EQ(go::shl(go::int64(1), go::uint_(64)), 0);
  EXPECT_EQ(go::shr(go::int64(-1), go::uint_(65)), -1);
  EXPECT_EQ(go::shr(go::shl(go::uint64(1), 63), go::uint_(3)), go::uint64(1152921504606846976ull));
  EXPECT_EQ(go::shl(go::int16(0x4000), 1), -32768);
  EXPECT_EQ(go::shl(go::int16(0x4000), 2), 0);
  EXPECT_EQ(panic_text([] { go::shl(int_(1), int_(-1)); }), "runtime error: negative shift amount [runtime.Error]");
}

}  // namespace
