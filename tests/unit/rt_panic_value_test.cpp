// Tests of panic values: how an unrecovered panic prints its value (gc's
// printpanicval, expected texts printed by Go 1.19) and which runtime
// error values the runtime's own panics carry (gc's runtime/error.go).
#include <gtest/gtest.h>

#include <string>

#include "go/runtime.hpp"

namespace {

using go::int_;

// A descriptor of a defined type of kind k, like the emitter prints.
go::type_desc defined(go::kind k, const char* name, std::size_t size) {
  go::type_desc t;
  t.k = k;
  t.name = name;
  t.size = size;
  t.named = true;
  return t;
}

TEST(RtPanicValue, BasicValuesPrintLikeThePrintBuiltin) {
  EXPECT_EQ(go::panic_value_text(nullptr), "nil");
  EXPECT_EQ(go::panic_value_text(int_(-5)), "-5");
  EXPECT_EQ(go::panic_value_text(go::uint8(200)), "200");
  EXPECT_EQ(go::panic_value_text(true), "true");
  EXPECT_EQ(go::panic_value_text(3.5), "+3.500000e+000");
  EXPECT_EQ(go::panic_value_text(go::float32(1.5)), "+1.500000e+000");
  EXPECT_EQ(go::panic_value_text(go::string("boom")), "boom");
}

TEST(RtPanicValue, DefinedBasicTypesShowTheirName) {
  static const go::type_desc my_int = defined(go::kind::int_, "main.MyInt", 8);
  static const go::type_desc my_str = defined(go::kind::string, "main.MyStr", sizeof(go::string));
  static const go::type_desc my_float = defined(go::kind::float64, "main.F", 8);
  EXPECT_EQ(go::panic_value_text(go::box(my_int, int_(5))), "main.MyInt(5)");
  EXPECT_EQ(go::panic_value_text(go::box(my_str, go::string("hi"))), "main.MyStr(\"hi\")");
  EXPECT_EQ(go::panic_value_text(go::box(my_float, 2.0)), "main.F(+2.000000e+000)");
}

TEST(RtPanicValue, OtherTypesShowTheirAddress) {
  static const go::type_desc point = defined(go::kind::struct_, "main.T", 16);
  struct two {
    int_ a, b;
  };
  std::string text = go::panic_value_text(go::box(point, two{1, 2}));
  EXPECT_EQ(text.rfind("(main.T) 0x", 0), 0u) << text;
  text = go::panic_value_text(go::box(go::type_of<go::slice<int_>>(), go::make_slice<int_>(1)));
  EXPECT_EQ(text.rfind("([]int) 0x", 0), 0u) << text;
}

go::string error_method(void*) { return go::string("custom error"); }

TEST(RtPanicValue, ErrorsPrintTheirErrorText) {
  static const go::method_desc methods[] = {{"Error", "func() string", go::method_fn(&error_method)}};
  static const go::type_desc my_err = [] {
    go::type_desc t = defined(go::kind::struct_, "main.E", 1);
    t.methods = methods;
    t.nmethods = 1;
    return t;
  }();
  EXPECT_EQ(go::panic_value_text(go::box(my_err, char{0})), "custom error");
}

// The value a runtime panic carries, as recover() would return it.
go::any recovered_value(void (*f)()) {
  try {
    f();
  } catch (const go::panic_error& p) {
    EXPECT_TRUE(p.is_runtime_error());
    go::any v = p.record->value;
    go::release_panic_chain(p.record);
    return v;
  }
  ADD_FAILURE() << "no panic";
  return nullptr;
}

// v.(error).Error()
std::string error_text(const go::any& v) {
  const go::method_desc* m = v.type->find_method("Error");
  return std::string(go::view(reinterpret_cast<go::string (*)(void*)>(m->fn)(v.data)));
}

TEST(RtPanicValue, RuntimeErrorsAreValuesOfGcsTypes) {
  go::any index = recovered_value([] { go::panic_index(5, 3); });
  EXPECT_EQ(index.type->name, "runtime.boundsError");
  EXPECT_EQ(error_text(index), "runtime error: index out of range [5] with length 3");

  go::any slice = recovered_value([] { go::panic_bounds(go::bounds_kind::slice_b, 3, 2); });
  EXPECT_EQ(error_text(slice), "runtime error: slice bounds out of range [3:2]");

  go::any divide = recovered_value([] { go::panic_divide(); });
  EXPECT_EQ(divide.type->name, "runtime.errorString");
  EXPECT_EQ(error_text(divide), "runtime error: integer divide by zero");

  go::any nil = recovered_value([] { go::deref(static_cast<int_*>(nullptr)); });
  EXPECT_EQ(error_text(nil), "runtime error: invalid memory address or nil pointer dereference");

  go::any closed = recovered_value([] { go::raise_panic("send on closed channel", true); });
  EXPECT_EQ(closed.type->name, "runtime.plainError");
  EXPECT_EQ(error_text(closed), "send on closed channel");

  go::any assertion = recovered_value([] { go::panic_type_assertion("interface conversion: x"); });
  EXPECT_EQ(assertion.type->name, "*runtime.TypeAssertionError");
  EXPECT_EQ(error_text(assertion), "interface conversion: x");
}

TEST(RtPanicValue, UserPanicsAreNotRuntimeErrors) {
  try {
    go::panic(go::string("mine"));
  } catch (const go::panic_error& p) {
    EXPECT_FALSE(p.is_runtime_error());
    EXPECT_EQ(p.text(), "mine");
    go::release_panic_chain(p.record);
  }
}

}  // namespace
