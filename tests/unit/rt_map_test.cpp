// Tests of go::map: the hash table through growth and tombstones, nil-map
// behaviour with gc's panic text, float keys (+0 == -0, NaN never found),
// struct and array keys, and ranging while inserting and deleting (an
// entry deleted before it is reached is not produced, none comes twice,
// the start varies).
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string>

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

struct point {
  int_ x{}, y{};
  bool operator==(const point&) const = default;
  go::uintptr go_hash(go::uintptr seed) const { return go::hash_fields(seed, x, y); }
};

// Checks every entry of m against a reference std::map.
void expect_same(const go::map<int_, int_>& m, const std::map<int_, int_>& want) {
  ASSERT_EQ(go::len(m), static_cast<int_>(want.size()));
  for (const auto& [k, v] : want) {
    auto [got, ok] = m.get_ok(k);
    ASSERT_TRUE(ok) << k;
    ASSERT_EQ(got, v) << k;
  }
  std::map<int_, int_> seen;
  for (auto it = go::iterate(m); it.next();) {
    ASSERT_TRUE(seen.emplace(it.key(), it.value()).second) << "produced twice: " << it.key();
  }
  ASSERT_EQ(seen, want);
}

TEST(RtMap, NilMap) {
  go::map<go::string, int_> m;
  EXPECT_TRUE(go::is_nil(m));
  EXPECT_EQ(go::len(m), 0);
  EXPECT_EQ(m.get("a"), 0);
  EXPECT_EQ(m.get_ok("a"), std::make_tuple(int_{0}, false));
  go::delete_(m, go::string("a"));
  int n = 0;
  for (auto it = go::iterate(m); it.next();) n++;
  EXPECT_EQ(n, 0);
  EXPECT_EQ(panic_text([] {
              go::map<go::string, int_> nil;
              nil["a"] = 1;
            }),
            "assignment to entry in nil map");
}

TEST(RtMap, GrowsAndDeletesLikeAReferenceMap) {
  go::map<int_, int_> m = go::make_map<int_, int_>();
  std::map<int_, int_> want;
  for (int_ i = 0; i < 5000; i++) {
    m[i * 7919 % 10007] = i;
    want[i * 7919 % 10007] = i;
  }
  expect_same(m, want);
  // Delete two thirds, then reinsert over the tombstones.
  for (int_ i = 0; i < 10007; i++)
    if (i % 3 != 0) {
      go::delete_(m, i);
      want.erase(i);
    }
  expect_same(m, want);
  for (int_ i = 0; i < 3000; i++) {
    m[i] += 1;
    want[i] += 1;
  }
  expect_same(m, want);
  EXPECT_EQ(m.get(-1), 0);
  EXPECT_EQ(go::len(m), static_cast<int_>(want.size()));
}

TEST(RtMap, ChurnAtConstantSizeDoesNotGrowForever) {
  // Insert/delete churn fills tables with tombstones; same-size rehashes
  // clean them, so the table stays small and lookups stay correct.
  go::map<int_, int_> m = go::make_map<int_, int_>(100);
  for (int_ i = 0; i < 200000; i++) {
    m[i] = i;
    if (i >= 50) go::delete_(m, i - 50);
  }
  EXPECT_EQ(go::len(m), 50);
  for (int_ i = 200000 - 50; i < 200000; i++) EXPECT_EQ(m.get(i), i);
}

TEST(RtMap, LiteralKeepsTheLastDuplicate) {
  go::map<go::string, int_> m{{"a", 1}, {"b", 2}, {"a", 3}};
  EXPECT_EQ(go::len(m), 2);
  EXPECT_EQ(m.get("a"), 3);
  EXPECT_EQ(m.get("b"), 2);
}

TEST(RtMap, StringKeysCompareByContent) {
  go::map<go::string, int_> m = go::make_map<go::string, int_>();
  for (int i = 0; i < 1000; i++) m[go::make_string(std::to_string(i) + "-key-of-some-length")] = i;
  for (int i = 0; i < 1000; i++) EXPECT_EQ(m.get(go::make_string(std::to_string(i) + "-key-of-some-length")), i);
  EXPECT_EQ(m.get(""), 0);
  m[""] = 7;
  EXPECT_EQ(m.get(go::make_string("")), 7);
}

TEST(RtMap, FloatKeysFollowGo) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  go::map<double, int_> m = go::make_map<double, int_>();
  m[0.0] = 1;
  m[-0.0] = 2;  // the same key as +0
  EXPECT_EQ(go::len(m), 1);
  EXPECT_EQ(m.get(0.0), 2);
  // Every NaN insertion adds an entry; no lookup finds one; delete cannot
  // remove one.
  for (int i = 0; i < 100; i++) m[nan] = i;
  EXPECT_EQ(go::len(m), 101);
  EXPECT_FALSE(std::get<1>(m.get_ok(nan)));
  go::delete_(m, nan);
  EXPECT_EQ(go::len(m), 101);
  int nans = 0;
  for (auto it = go::iterate(m); it.next();) nans += std::isnan(it.key());
  EXPECT_EQ(nans, 100);
}

TEST(RtMap, StructAndArrayKeys) {
  go::map<point, go::string> m = go::make_map<point, go::string>();
  m[point{1, 2}] = "a";
  m[point{2, 1}] = "b";
  EXPECT_EQ(go::len(m), 2);
  EXPECT_EQ(go::view(m.get(point{1, 2})), "a");
  go::map<go::array<go::string, 2>, int_> a = go::make_map<go::array<go::string, 2>, int_>();
  a[go::array<go::string, 2>{{"x", "y"}}] = 1;
  a[go::array<go::string, 2>{{"y", "x"}}] = 2;
  EXPECT_EQ(a.get(go::array<go::string, 2>{{"x", "y"}}), 1);
  EXPECT_EQ(go::len(a), 2);
}

TEST(RtMap, DeletingAheadDuringRangeSkipsTheEntry) {
  // Whichever entry comes first deletes all the others: nothing else may
  // be produced, whether or not deletions leave tombstones.
  for (int round = 0; round < 50; round++) {
    go::map<int_, int_> m = go::make_map<int_, int_>();
    for (int_ i = 0; i < 100; i++) m[i] = i;
    int produced = 0;
    for (auto it = go::iterate(m); it.next();) {
      produced++;
      int_ first = it.key();
      for (int_ i = 0; i < 100; i++)
        if (i != first) go::delete_(m, i);
    }
    EXPECT_EQ(produced, 1);
    EXPECT_EQ(go::len(m), 1);
  }
}

TEST(RtMap, InsertingDuringRangeThroughGrowthNeverRepeats) {
  go::map<int_, int_> m = go::make_map<int_, int_>();
  for (int_ i = 0; i < 8; i++) m[i] = i;
  std::set<int_> seen;
  int_ next = 1000;
  for (auto it = go::iterate(m); it.next();) {
    EXPECT_TRUE(seen.insert(it.key()).second) << "produced twice: " << it.key();
    // Each step grows the map, deletes an original entry not yet seen and
    // updates the values of the rest.
    for (int k = 0; k < 50; k++) m[next++] = 0;
    for (int_ i = 0; i < 8; i++)
      if (!seen.count(i)) {
        go::delete_(m, i);
        break;
      }
    for (int_ i = 0; i < 8; i++)
      if (std::get<1>(m.get_ok(i))) m[i] = i + 100;
  }
  // The originals not deleted were all produced, with current values.
  for (int_ i = 0; i < 8; i++)
    if (std::get<1>(m.get_ok(i))) EXPECT_TRUE(seen.count(i)) << i;
  for (int_ k : seen) EXPECT_TRUE(k < 8 || k >= 1000);
}

TEST(RtMap, ValuesProducedAfterGrowthAreCurrent) {
  go::map<int_, int_> m = go::make_map<int_, int_>();
  for (int_ i = 0; i < 7; i++) m[i] = i;
  bool grown = false;
  for (auto it = go::iterate(m); it.next();) {
    if (!grown) {
      for (int_ i = 100; i < 1000; i++) m[i] = i;  // forces a new table
      for (int_ i = 0; i < 7; i++) m[i] = -1;
      grown = true;
      continue;
    }
    if (it.key() < 7) EXPECT_EQ(it.value(), -1) << it.key();
  }
}

TEST(RtMap, IterationStartsAtRandomPlaces) {
  go::map<int_, int_> m = go::make_map<int_, int_>();
  for (int_ i = 0; i < 20; i++) m[i] = i;
  std::set<int_> firsts;
  for (int round = 0; round < 200; round++) {
    auto it = go::iterate(m);
    ASSERT_TRUE(it.next());
    firsts.insert(it.key());
  }
  EXPECT_GT(firsts.size(), 5u);
}

TEST(RtMap, HashAgreesWithEquality) {
  EXPECT_EQ(go::hash_of(0.0, 42), go::hash_of(-0.0, 42));
  EXPECT_EQ(go::hash_of(go::string("abc"), 1), go::hash_of(go::make_string("abc"), 1));
  EXPECT_NE(go::hash_of(go::string("abc"), 1), go::hash_of(go::string("abd"), 1));
  EXPECT_EQ(go::hash_of(point{1, 2}, 9), go::hash_of(point{1, 2}, 9));
}

}  // namespace

namespace {

TEST(RtMap, InterfaceKeysHashThroughTheDynamicType) {
  go::map<go::any, int_> m = go::make_map<go::any, int_>();
  m[go::any(int_{1})] = 1;
  m[go::any(go::int64{1})] = 2;  // another dynamic type: another key
  m[go::any(go::string("1"))] = 3;
  m[go::any()] = 4;  // nil
  EXPECT_EQ(go::len(m), 4);
  EXPECT_EQ(m.get(go::any(int_{1})), 1);
  EXPECT_EQ(m.get(go::any(go::int64{1})), 2);
  EXPECT_EQ(m.get(go::any(go::make_string("1"))), 3);
  EXPECT_EQ(m.get(go::any()), 4);
  EXPECT_EQ(panic_text([] {
              go::map<go::any, int_> u = go::make_map<go::any, int_>();
              u[go::box(go::type_of<go::slice<int_>>(), go::slice<int_>{})] = 1;
            }),
            "runtime error: hash of unhashable type []int");
}

}  // namespace
