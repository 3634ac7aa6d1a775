// Tests of go::string: literals, concatenation, Go's bytewise ordering,
// checked indexing and slicing with gc's panic texts, UTF-8 conversions.
#include <gtest/gtest.h>

#include "go/runtime.hpp"

namespace {

std::string panic_text(void (*f)()) {
  try {
    f();
  } catch (const go::panic_error& p) {
    return p.text();
  }
  return "no panic";
}

TEST(RtString, LiteralWrapsBytesWithoutCopy) {
  static const char bytes[] = "hello";
  go::string s(bytes, 5);
  EXPECT_EQ(reinterpret_cast<const char*>(s.ptr), bytes);
  EXPECT_EQ(go::len(s), 5);
  go::string with_nul("a\0b");
  EXPECT_EQ(go::len(with_nul), 3);
  EXPECT_EQ(sizeof(go::string), 16u);
  EXPECT_TRUE(std::is_trivially_copyable_v<go::string>);
}

TEST(RtString, ConcatenationAllocatesNewBytes) {
  go::string a = "foo", b = "bar";
  go::string c = a + b;
  EXPECT_EQ(go::view(c), "foobar");
  EXPECT_EQ(go::view(go::string() + a), "foo");
  EXPECT_EQ(go::len(go::string() + go::string()), 0);
}

TEST(RtString, ComparisonIsBytewiseUnsigned) {
  EXPECT_TRUE(go::string("abc") == go::string("abc"));
  EXPECT_TRUE(go::string("abc") != go::string("abd"));
  EXPECT_TRUE(go::string("ab") < go::string("abc"));
  EXPECT_TRUE(go::string("\xff") > go::string("a"));  // bytes compare unsigned
  EXPECT_TRUE(go::string("") <= go::string(""));
  EXPECT_TRUE(go::string("b") >= go::string("a"));
}

TEST(RtString, IndexAndSliceAreChecked) {
  go::string s = "hello";
  EXPECT_EQ(go::index(s, 1), 'e');
  EXPECT_EQ(go::view(go::slice_of(s, 1, 3)), "el");
  EXPECT_EQ(go::view(go::slice_of(s, 2)), "llo");
  EXPECT_EQ(panic_text([] { go::index(go::string("abc"), 5); }), "runtime error: index out of range [5] with length 3");
  EXPECT_EQ(panic_text([] { go::index(go::string("abc"), -1); }), "runtime error: index out of range [-1]");
  EXPECT_EQ(panic_text([] { go::slice_of(go::string("abc"), 0, 4); }),
            "runtime error: slice bounds out of range [:4] with length 3");
  EXPECT_EQ(panic_text([] { go::slice_of(go::string("abc"), 2, 1); }), "runtime error: slice bounds out of range [2:1]");
  EXPECT_EQ(panic_text([] { go::slice_of(go::string("abc"), 4); }), "runtime error: slice bounds out of range [4:3]");
}

TEST(RtString, RuneConversionsFollowGo) {
  // string(rune), including invalid code points.
  EXPECT_EQ(go::view(go::rune_to_string(0x4e16)), "\xe4\xb8\x96");
  EXPECT_EQ(go::view(go::rune_to_string(-1)), "\xef\xbf\xbd");
  EXPECT_EQ(go::view(go::rune_to_string(0xD800)), "\xef\xbf\xbd");
  // []rune("a\xffé") decodes an invalid byte as U+FFFD of width 1.
  go::slice<go::rune> r = go::string_to_runes("a\xff\xc3\xa9");
  ASSERT_EQ(r.len, 3);
  EXPECT_EQ(r.ptr[0], 'a');
  EXPECT_EQ(r.ptr[1], 0xFFFD);
  EXPECT_EQ(r.ptr[2], 0xE9);
  EXPECT_EQ(go::view(go::runes_to_string(r)), "a\xef\xbf\xbd\xc3\xa9");
  // Overlong and surrogate encodings are invalid.
  EXPECT_EQ(go::decode_rune("\xc0\x80", 0).width, 1);
  EXPECT_EQ(go::decode_rune("\xed\xa0\x80", 0).r, 0xFFFD);
  EXPECT_EQ(go::decode_rune("\xf0\x9f\x98\x80", 0).r, 0x1F600);
}

TEST(RtString, BytesConversionsCopy) {
  go::string s = "abc";
  go::slice<go::byte> b = go::string_to_bytes(s);
  ASSERT_EQ(b.len, 3);
  b.ptr[0] = 'x';
  EXPECT_EQ(go::view(s), "abc");
  EXPECT_EQ(go::view(go::bytes_to_string(b)), "xbc");
  go::slice<go::byte> c = go::append_string(b, "def");
  EXPECT_EQ(go::view(go::bytes_to_string(c)), "xbcdef");
  go::slice<go::byte> d = go::make_slice<go::byte>(2);
  EXPECT_EQ(go::copy(d, go::string("hello")), 2);
  EXPECT_EQ(go::view(go::bytes_to_string(d)), "he");
}

}  // namespace
