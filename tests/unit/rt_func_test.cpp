// go::func, the runtime's func value: plain functions and closures behind
// one type, nil by default, and a call of nil panics with gc's runtime error.
#include <gtest/gtest.h>

#include "go/runtime.hpp"

namespace {

go::int_ twice(go::int_ x) { return 2 * x; }

TEST(RtFunc, NilByDefaultAndComparesWithNil) {
  go::func<go::int_(go::int_)> f;
  EXPECT_TRUE(f == nullptr);
  f = go::func_of(twice);
  EXPECT_FALSE(f == nullptr);
  EXPECT_EQ(f(21), 42);
}

TEST(RtFunc, ClosuresShareCapturedHeapVariables) {
  go::int_& n = *go::new_<go::int_>(0);
  auto inc = go::func_of([&n]() -> go::int_ { return ++n; });
  go::func<go::int_()> copy = inc;
  inc();
  copy();
  EXPECT_EQ(n, 2);
  EXPECT_EQ(inc(), 3);
}

TEST(RtFunc, ValueCapturesAreCopiedAtCreation) {
  go::int_ k = 3;
  auto times = go::func_of([k](go::int_ x) mutable -> go::int_ { return k * x; });
  k = 100;
  EXPECT_EQ(times(2), 6);
}

TEST(RtFunc, SeveralResultsAreATuple) {
  auto divmod = go::func_of([](go::int_ a, go::int_ b) -> std::tuple<go::int_, go::int_> { return {a / b, a % b}; });
  auto [q, r] = divmod(17, 5);
  EXPECT_EQ(q, 3);
  EXPECT_EQ(r, 2);
}

TEST(RtFunc, CallingNilPanicsWithNilDereference) {
  go::func<void()> f;
  try {
    f();
    ADD_FAILURE() << "no panic";
  } catch (const go::panic_error& e) {
    EXPECT_EQ(e.text(), "runtime error: invalid memory address or nil pointer dereference");
    EXPECT_TRUE(e.is_runtime_error());
  }
}

}  // namespace
