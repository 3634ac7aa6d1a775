// Tests of the print and println builtins against Go 1.19's output for the
// same calls (written to stderr, in the runtime's own number formats).
#include <gtest/gtest.h>

#include <limits>

#include "go/runtime.hpp"

namespace {

TEST(RtPrint, PrintlnFormatsLikeGc) {
  double x = 1.5;
  go::float32 f32 = 0.1f;
  testing::internal::CaptureStderr();
  go::println(go::int_(1), go::int_(-2), true, x, go::string("s"), go::uint8(3), f32, 1e300 * x, 0.0 * x,
              123456789.0 * x);
  go::print(go::string("a"), go::int_(1), go::int_(2), go::string("\n"));
  go::println();
  go::println(std::numeric_limits<go::int64>::min(), std::numeric_limits<go::uint64>::max());
  EXPECT_EQ(testing::internal::GetCapturedStderr(),
            "1 -2 true +1.500000e+000 s 3 +1.000000e-001 +1.500000e+300 +0.000000e+000 +1.851852e+008\n"
            "a12\n"
            "\n"
            "-9223372036854775808 18446744073709551615\n");
}

TEST(RtPrint, SlicesAndPointersPrintAsAddresses) {
  go::slice<go::int_> s = go::make_slice<go::int_>(2, 5);
  testing::internal::CaptureStderr();
  go::println(s, static_cast<go::int_*>(nullptr));
  std::string out = testing::internal::GetCapturedStderr();
  EXPECT_EQ(out.rfind("[2/5]0x", 0), 0u) << out;
  EXPECT_EQ(out.substr(out.size() - 5), " 0x0\n");
}

}  // namespace
