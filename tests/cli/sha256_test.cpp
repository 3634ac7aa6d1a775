// Unit tests of cli::Sha256 against the FIPS 180-4 example vectors and
// across block boundaries, fed at once and byte by byte.
#include "cli/sha256.hpp"

#include <gtest/gtest.h>

namespace cli {
namespace {

TEST(Sha256, StandardVectors) {
  EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256Hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, IncrementalEqualsWhole) {
  for (size_t n : {0, 1, 55, 56, 63, 64, 65, 127, 128, 1000}) {
    std::string text(n, 'x');
    for (size_t i = 0; i < n; i++) text[i] = static_cast<char>('a' + i % 26);
    Sha256 h;
    for (char c : text) h.update(std::string_view(&c, 1));
    EXPECT_EQ(h.hexFinish(), sha256Hex(text)) << "length " << n;
  }
}

TEST(Sha256, FieldsAreUnambiguous) {
  Sha256 a, b;
  a.updateField("ab");
  a.updateField("c");
  b.updateField("a");
  b.updateField("bc");
  EXPECT_NE(a.hexFinish(), b.hexFinish());
}

}  // namespace
}  // namespace cli
