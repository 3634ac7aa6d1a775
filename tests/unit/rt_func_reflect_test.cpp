// What a func type's descriptor offers package reflect (go/func.hpp):
// make_func builds a func value that hands its arguments' and results'
// addresses to a handler (MakeFunc), bind_method binds a method thunk to a
// receiver (Value.Method), and func_code tells a plain function's address
// and one code address per closure type (Value.Pointer).
#include <gtest/gtest.h>

#include "go/runtime.hpp"

namespace {

go::int_ twice(go::int_ x) { return 2 * x; }

// A handler that adds its two int arguments and reports both results:
// the sum and the string "sum".
void add_handler(void* ctx, void* const* args, void* const* results) {
  ++*static_cast<int*>(ctx);
  go::int_ sum = *static_cast<go::int_*>(args[0]) + *static_cast<go::int_*>(args[1]);
  *static_cast<go::int_*>(results[0]) = sum;
  *static_cast<go::string*>(results[1]) = go::make_string("sum");
}

TEST(RtFuncReflect, MakeFuncPassesArgumentsAndResultsByAddress) {
  using F = go::func<std::tuple<go::int_, go::string>(go::int_, go::int_)>;
  int calls = 0;
  F f;
  go::make_func<F>(&add_handler, &calls, &f);
  auto [sum, what] = f(20, 22);
  EXPECT_EQ(sum, 42);
  EXPECT_EQ(go::view(what), "sum");
  f(1, 2);
  EXPECT_EQ(calls, 2);
}

TEST(RtFuncReflect, MakeFuncWithoutParametersOrResults) {
  using F = go::func<void()>;
  int calls = 0;
  F f;
  go::make_func<F>(
      [](void* ctx, void* const*, void* const* results) {
        EXPECT_EQ(results, nullptr);
        ++*static_cast<int*>(ctx);
      },
      &calls, &f);
  f();
  EXPECT_EQ(calls, 1);
}

struct counter {
  go::int_ n;
};
// A method table's thunk: the receiver is the interface's data word.
go::int_ counter_add(void* data, go::int_ k) { return static_cast<counter*>(data)->n += k; }

TEST(RtFuncReflect, BindMethodCallsTheThunkOnTheReceiver) {
  using F = go::func<go::int_(go::int_)>;
  counter c{10};
  F bound;
  go::bind_method<F>(go::method_fn(&counter_add), &c, &bound);
  EXPECT_EQ(bound(5), 15);
  EXPECT_EQ(bound(1), 16);
  EXPECT_EQ(c.n, 16);
}

TEST(RtFuncReflect, FuncCodeIsTheFunctionOrTheClosuresCode) {
  using F = go::func<go::int_(go::int_)>;
  F plain = go::func_of(twice);
  EXPECT_EQ(go::func_code<F>(&plain), reinterpret_cast<const void*>(&twice));
  // Two closures of one literal share their code, as in gc.
  auto make = [](go::int_ k) { return F(go::func_of([k](go::int_ x) -> go::int_ { return k * x; })); };
  F a = make(2), b = make(3);
  EXPECT_EQ(go::func_code<F>(&a), go::func_code<F>(&b));
  EXPECT_NE(go::func_code<F>(&a), go::func_code<F>(&plain));
}

}  // namespace
