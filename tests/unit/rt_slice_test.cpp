// Tests of go::slice and go::array: append's growth must reproduce gc 1.19's
// capacities (the sequences below were printed by Go 1.19), reslicing and
// indexing are checked with gc's panic texts, copy handles overlap.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "go/runtime.hpp"

namespace {

using go::int_;

std::string panic_text(void (*f)()) {
  try {
    f();
  } catch (const go::panic_error& p) {
    return p.text();
  }
  return "no panic";
}

template <class T>
std::vector<int_> capacities_while_appending(int_ n) {
  go::slice<T> s;
  std::vector<int_> caps;
  for (int_ i = 0; i < n; i++) {
    s = go::append(s, T{});
    if (caps.empty() || caps.back() != s.cap) caps.push_back(s.cap);
  }
  return caps;
}

struct three_words {
  go::int64 a, b, c;
};

TEST(RtSlice, AppendGrowsLikeGc) {
  EXPECT_EQ(capacities_while_appending<int_>(5000),
            (std::vector<int_>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408, 5120}));
  EXPECT_EQ(capacities_while_appending<go::byte>(5000),
            (std::vector<int_>{8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376}));
  EXPECT_EQ(capacities_while_appending<three_words>(2000),
            (std::vector<int_>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048}));
}

TEST(RtSlice, AppendManyGrowsOnce) {
  go::slice<go::string> s;
  s = go::append(s, go::string("a"), go::string("b"), go::string("c"));
  EXPECT_EQ(s.len, 3);
  EXPECT_EQ(s.cap, 3);
  s = go::append(s, go::string("d"), go::string("e"), go::string("f"), go::string("g"), go::string("h"));
  EXPECT_EQ(s.len, 8);
  EXPECT_EQ(s.cap, 8);
  EXPECT_EQ(go::view(go::index(s, 7)), "h");

  go::slice<go::int32> c = go::make_slice<go::int32>(3);
  c = go::append(c, 4);
  EXPECT_EQ(c.len, 4);
  EXPECT_EQ(c.cap, 6);

  go::slice<int_> d = go::append_slice(go::make_slice<int_>(0), go::make_slice<int_>(7));
  EXPECT_EQ(d.len, 7);
  EXPECT_EQ(d.cap, 8);
}

TEST(RtSlice, AppendWithinCapacitySharesTheArray) {
  go::slice<int_> s = go::make_slice<int_>(1, 4);
  go::slice<int_> t = go::append(s, 10);
  go::slice<int_> u = go::append(s, 20);  // overwrites t's element, as in Go
  EXPECT_EQ(t.ptr, u.ptr);
  EXPECT_EQ(go::index(t, 1), 20);
  // Appending an element of the slice itself while it grows.
  go::slice<int_> full = go::append(go::slice<int_>{}, 1, 2);
  full = go::append(full, go::index(full, 0), go::index(full, 1));
  EXPECT_EQ(full.len, 4);
  EXPECT_EQ(go::index(full, 3), 2);
}

TEST(RtSlice, MakeZeroesAndChecks) {
  go::slice<int_> s = go::make_slice<int_>(3, 10);
  EXPECT_EQ(go::len(s), 3);
  EXPECT_EQ(go::cap(s), 10);
  for (int_ i = 0; i < 10; i++) EXPECT_EQ(s.ptr[i], 0);
  EXPECT_EQ(panic_text([] { go::make_slice<int_>(-1); }), "runtime error: makeslice: len out of range");
  EXPECT_EQ(panic_text([] { go::make_slice<int_>(5, 2); }), "runtime error: makeslice: cap out of range");
}

TEST(RtSlice, ResliceChecksWithGcTexts) {
  go::slice<int_> s = go::make_slice<int_>(3, 5);
  go::slice<int_> t = go::slice_of(s, 1, 5);
  EXPECT_EQ(t.len, 4);
  EXPECT_EQ(t.cap, 4);
  EXPECT_EQ(go::slice_of(s, 1, 2, 3).cap, 2);
  EXPECT_EQ(go::slice_of(s, 3).len, 0);
  EXPECT_EQ(panic_text([] { go::index(go::make_slice<int_>(3), 5); }),
            "runtime error: index out of range [5] with length 3");
  EXPECT_EQ(panic_text([] { go::slice_of(go::make_slice<int_>(3, 5), 0, 6); }),
            "runtime error: slice bounds out of range [:6] with capacity 5");
  EXPECT_EQ(panic_text([] { go::slice_of(go::make_slice<int_>(3, 5), 4, 2); }),
            "runtime error: slice bounds out of range [4:2]");
  EXPECT_EQ(panic_text([] { go::slice_of(go::make_slice<int_>(3, 5), 4); }),
            "runtime error: slice bounds out of range [4:3]");
  EXPECT_EQ(panic_text([] { go::slice_of(go::make_slice<int_>(3, 5), -1); }),
            "runtime error: slice bounds out of range [-1:]");
  EXPECT_EQ(panic_text([] { go::slice_of(go::make_slice<int_>(3, 5), 0, 1, 9); }),
            "runtime error: slice bounds out of range [::9] with capacity 5");
  EXPECT_EQ(panic_text([] { go::slice_of(go::make_slice<int_>(3, 5), 0, 4, 3); }),
            "runtime error: slice bounds out of range [:4:3]");
  EXPECT_EQ(panic_text([] { go::slice_of(go::make_slice<int_>(3, 5), 2, 1, 3); }),
            "runtime error: slice bounds out of range [2:1:]");
}

TEST(RtSlice, CopyHandlesOverlap) {
  go::slice<int_> s = go::append(go::slice<int_>{}, 1, 2, 3, 4, 5);
  EXPECT_EQ(go::copy(go::slice_of(s, 1), s), 4);
  EXPECT_EQ(go::index(s, 0), 1);
  EXPECT_EQ(go::index(s, 1), 1);
  EXPECT_EQ(go::index(s, 4), 4);
  EXPECT_EQ(go::copy(s, go::slice<int_>{}), 0);
}

TEST(RtArray, ValueSemanticsAndChecks) {
  go::array<int_, 3> a{};
  EXPECT_EQ(go::index(a, 2), 0);
  go::array<int_, 3> b = a;
  go::index(b, 0) = 7;
  EXPECT_EQ(go::index(a, 0), 0);
  EXPECT_FALSE(a == b);
  go::index(a, 0) = 7;
  EXPECT_TRUE(a == b);
  EXPECT_EQ(go::len(a), 3);
  go::slice<int_> s = go::slice_of(a, 1);
  go::index(s, 0) = 9;  // shares a's storage
  EXPECT_EQ(go::index(a, 1), 9);
  EXPECT_EQ(s.cap, 2);
  EXPECT_EQ(panic_text([] {
              go::array<int_, 3> x{};
              go::index(x, 3);
            }),
            "runtime error: index out of range [3] with length 3");
  EXPECT_EQ(panic_text([] {
              go::array<int_, 3> x{};
              go::slice_of(x, 0, 4);
            }),
            "runtime error: slice bounds out of range [:4] with length 3");
  go::array<int_, 0> empty, other;
  EXPECT_TRUE(empty == other);
  EXPECT_EQ(go::len(empty), 0);
}

}  // namespace
