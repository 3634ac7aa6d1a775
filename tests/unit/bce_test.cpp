// Unit tests of the bounds prover: its facts' bookkeeping (what survives
// an assignment and a join) and its verdicts on small functions, by line.
#include <gtest/gtest.h>

#include <set>

#include "bce/bce.hpp"
#include "bce/facts.hpp"
#include "types_checked.hpp"

namespace {

// The lines of the checks that stay in src.
std::set<int> remainingLines(const std::string& src) {
  auto c = types_test::check(src);
  EXPECT_TRUE(c->errors().empty()) << (c->errors().empty() ? "" : c->errors()[0]);
  std::set<int> lines;
  if (!c->pkg) return lines;
  for (const bce::Check& k : bce::analyze(*c->pkg).remaining) lines.insert(k.pos.line);
  return lines;
}

TEST(BceFacts, ForgettingAVariableDropsBoundsOnItsLength) {
  types::Object a(types::ObjectKind::Var, "a", nullptr, {}), i(types::ObjectKind::Var, "i", nullptr, {});
  bce::Facts f;
  f.ints[&i].addLo({nullptr, 0});
  f.ints[&i].addHi({&a, -1});
  f.atLeast(f.minLen, &a, 3);
  f.forget(&a);
  EXPECT_EQ(f.leastLen(&a), 0);
  ASSERT_EQ(f.ints[&i].lo.size(), 1u);
  EXPECT_TRUE(f.ints[&i].hi.empty());
}

TEST(BceFacts, MeetKeepsTheWeakerOfCommonBounds) {
  types::Object a(types::ObjectKind::Var, "a", nullptr, {}), i(types::ObjectKind::Var, "i", nullptr, {});
  bce::Facts x, y;
  x.ints[&i] = bce::Range{{{nullptr, 4}}, {{&a, -1}, {nullptr, 9}}};
  y.ints[&i] = bce::Range{{{nullptr, 0}}, {{&a, -2}}};
  x.atLeast(x.minLen, &a, 10);
  y.atLeast(y.minLen, &a, 6);
  bce::Facts m = bce::Facts::meet(x, y);
  EXPECT_EQ(m.ints[&i].constLo(), 0);
  ASSERT_EQ(m.ints[&i].hi.size(), 1u);
  EXPECT_EQ(m.ints[&i].hi[0], (bce::Bound{&a, -1}));
  EXPECT_EQ(m.leastLen(&a), 6);
}

TEST(BceProver, LoopsOverTheirOwnLength) {
  EXPECT_EQ(remainingLines("package main\n"
                           "func f(a []int, s string) (t int) {\n"
                           "\tfor i := 0; i < len(a); i++ { t += a[i] }\n"
                           "\tfor i := range s { t += int(s[i]) }\n"
                           "\tfor i := len(a) - 1; i >= 0; i-- { t += a[i] }\n"
                           "\tfor i := 0; i <= len(a); i++ { t += a[i] }\n"
                           "\treturn\n"
                           "}\n"),
            (std::set<int>{6}));
}

TEST(BceProver, ConditionsAndPassedChecks) {
  EXPECT_EQ(remainingLines("package main\n"
                           "func f(a []int, i int) int {\n"
                           "\tif i < 0 || i >= len(a) { return 0 }\n"
                           "\t_ = a[i]\n"
                           "\t_ = a[7]\n"
                           "\t_ = a[6] + a[0]\n"
                           "\treturn a[8]\n"
                           "}\n"),
            (std::set<int>{5, 7}));
}

TEST(BceProver, VariablesOthersMayChangeAreNotFollowed) {
  EXPECT_EQ(remainingLines("package main\n"
                           "func f(a []int, i int) int {\n"
                           "\tif i < 0 || i >= len(a) { return 0 }\n"
                           "\tg := func() { i++ }\n"
                           "\tg()\n"
                           "\treturn a[i]\n"
                           "}\n"),
            (std::set<int>{6}));
}

}  // namespace
