// Valid programs the checker once rejected, one per bug (named after the Go
// test that showed it), and the errors that must stay single.
#include <gtest/gtest.h>

#include "types_checked.hpp"

namespace {

std::vector<std::string> errorsOf(const std::string& body) {
  return types_test::check(body)->errors();
}

struct Accepted {
  const char* name;
  const char* src;
};

const Accepted kAccepted[] = {
    {"bug250_interface_embedding_a_later_interface", R"(package p
type I1 interface{ m() I2 }
type I2 interface{ I1 }
var i1 I1 = i2
var i2 I2
var i2a I2 = i1
)"},
    {"issue27232_alias_cycle_through_defined_type", R"(package p
type F = func(T)
type T interface{ m(F) }
type t struct{}
func (t) m(F) {}
var _ T = &t{}
)"},
    {"bug336_defined_as_type_still_being_declared", R"(package p
type T1 struct{ Next *T2 }
type T2 T1
type T3 struct{ Next *T4 }
type T4 T5
type T5 T3
var _ = T2{Next: &T2{}}
)"},
    {"bug398_self_mentioning_interfaces_compare", R"(package p
type I1 interface{ F() interface{ I1 } }
type I2 interface{ F() interface{ I2 } }
var V1 I1
var V2 I2
func F() bool { return V1 == V2 }
)"},
    {"bug420_parenthesized_blank", R"(package main
func main() { (_) = 0 }
)"},
    {"issue11370_indexed_constant_string_is_a_byte_value", R"(package main
func main() { println(-"abc"[1] >> 1) }
)"},
    {"issue15992_multi_value_call_as_builtin_arguments", R"(package main
func f(a []byte) ([]byte, []byte) { return a, []byte("abc") }
func h(m map[int]int) (map[int]int, int) { return m, 0 }
func c() (float64, float64) { return 1, 2 }
func main() {
	n := copy(f(nil))
	delete(h(nil))
	z := complex(c())
	_, _ = n, z
}
)"},
    {"issue22344_iota_in_function_literal", R"(package p
import "unsafe"
const (
	_ = iota
	_ = len([iota]byte{})
	_ = unsafe.Sizeof(func() { _ = iota })
	_ = unsafe.Sizeof(func() {
		const (
			One = iota
			Two
		)
		var z [iota]int
		_ = unsafe.Sizeof([3]int{} == z)
		_, _ = One, Two
	})
)
)"},
    {"issue23814_hex_integer_with_e_digit", R"(package p
type myString string
const s = myString(0x65e5)
var _ [0x1e]int
)"},
    {"issue50439_conversion_ignores_struct_tags", R"(package p
var data []struct{ F string `tag` }
var _ = ([]struct{ F string })(data)
)"},
    {"issue53619_comma_ok_into_interfaces", R"(package p
var a, b any = any(nil).(bool)
)"},
    {"issue8475_comma_ok_into_defined_bool", R"(package main
type mybool bool
func main() {
	var ok mybool
	var i interface{}
	_, ok = i.(int)
	var m map[int]int
	_, ok = m[0]
	_ = ok
}
)"},
    {"complex_builtins_and_constants", R"(package p
var c complex128 = complex(1, 2)
var f32 float32 = 1
var z = complex(f32, 2)
const k = real(3 + 4i)
var _ [int(k)]int
var _ float32 = imag(z)
)"},
    {"unsafe_layout_constants", R"(package p
import "unsafe"
type S struct {
	a byte
	b int64
	c struct{}
}
var _ [unsafe.Sizeof(S{})]byte = [24]byte{}
var _ [unsafe.Offsetof(S{}.b)]byte = [8]byte{}
var _ [unsafe.Alignof(complex64(0))]byte = [4]byte{}
var p = unsafe.Pointer(&S{})
var q = unsafe.Add(p, -1)
var _ []byte = unsafe.Slice((*byte)(p), 3)
)"},
    {"bodiless_function_declaration", R"(package p
func F() int
)"},
    {"typeparam_index_without_core_type", R"(package p
func Index1[T interface{ []int64 | [5]int64 }](x T) int64 {
	x[2] = 5
	return x[3]
}
func Index2[T interface{ []byte | string }](x T) byte { return x[3] }
type A[T interface{ []int | [5]int }] struct{ val T }
func (a A[T]) F() { _ = &a.val[2] }
)"},
    {"typeparam_core_types_of_pointers_and_channels", R"(package p
func deref[T interface{ ~*int }](p T) int { return *p }
func f3[T interface{ chan int | chan<- int }](ch T) { close(ch) }
func f2[T interface{ chan int | chan float32 }](ch T) { close(ch) }
func g1[T interface{ map[string]int | map[string]bool }](m T) { delete(m, "foo") }
func l[T interface{ []int | string }](x T) int { return len(x) }
)"},
    {"len_of_array_is_constant_without_calls", R"(package p
var a [3]int
func f() *[4]int { return nil }
const n = len(a)
var m = len(f())
)"},
};

class AcceptedProgram : public ::testing::TestWithParam<Accepted> {};

TEST_P(AcceptedProgram, HasNoErrors) {
  auto errs = errorsOf(GetParam().src);
  EXPECT_TRUE(errs.empty()) << errs[0];
}

INSTANTIATE_TEST_SUITE_P(Types, AcceptedProgram, ::testing::ValuesIn(kAccepted),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Reject, UnsupportedImportIsReportedOnce) {
  auto errs = errorsOf(R"(package main
import "net/rpc"
type S struct{ c rpc.Client }
func main() {
	var s S
	s.c.Close()
	rpc.Dial("tcp", "x")
}
)");
  ASSERT_EQ(errs.size(), 1u);
  EXPECT_EQ(errs[0], "x.go:2:8: package net/rpc is not supported by go2cpp yet");
}

TEST(Reject, InvalidRecursiveTypeChain) {
  auto errs = errorsOf("package p\ntype A B\ntype B A\n");
  ASSERT_FALSE(errs.empty());
  EXPECT_NE(errs[0].find("invalid recursive type"), std::string::npos) << errs[0];
}

TEST(Reject, InitAndGenericFunctionsNeedBodies) {
  auto errs = errorsOf("package p\nfunc init()\nfunc G[T any]()\n");
  ASSERT_EQ(errs.size(), 2u);
  EXPECT_EQ(errs[0], "x.go:2:6: missing function body");
  EXPECT_EQ(errs[1], "x.go:3:1: parameterized function is missing function body");
}

TEST(Reject, ComplexOfMismatchedTypes) {
  auto errs = errorsOf("package p\nvar x float32\nvar y float64\nvar _ = complex(x, y)\nvar _ = real(1 < 2)\n");
  ASSERT_EQ(errs.size(), 2u);
  EXPECT_EQ(errs[0], "x.go:4:17: invalid operation: complex(x, y) (mismatched types float32 and float64)");
  EXPECT_NE(errs[1].find("expected complex type"), std::string::npos) << errs[1];
}

TEST(Reject, UnsafeSliceOfNegativeLength) {
  auto errs = errorsOf("package p\nimport \"unsafe\"\nvar b byte\nvar _ = unsafe.Slice(&b, -1)\n");
  ASSERT_EQ(errs.size(), 1u);
  EXPECT_EQ(errs[0], "x.go:4:26: invalid argument: length -1 (constant of type int) must not be negative");
}

TEST(Reject, DotsInConversionAndUnsafeCalls) {
  auto errs = errorsOf("package p\nimport \"unsafe\"\nvar x int\nvar _ = unsafe.Pointer(&x...)\nvar _ = unsafe.Sizeof(x...)\n");
  ASSERT_EQ(errs.size(), 2u);
  EXPECT_EQ(errs[0], "x.go:4:24: invalid use of ... in conversion to unsafe.Pointer");
  EXPECT_EQ(errs[1], "x.go:5:24: invalid operation: invalid use of ... with built-in Sizeof");
}

}  // namespace

namespace {

// Messages gc gives, each once found missing by scripts/errorcheck.
struct Rejected {
  const char* name;
  const char* src;
  const char* error;  // the first error, exactly
};

const Rejected kRejected[] = {
    {"initloop_cycle_through_variables", "package p\nvar (\n\tx int = a\n\ta int = b\n\tb int = c\n\tc int = a\n)\n",
     "x.go:4:2: initialization loop for a\n\tx.go:4:2: a refers to\n\tx.go:5:2: b refers to\n\tx.go:6:2: c refers to\n\tx.go:4:2: a"},
    {"initloop_through_a_method", "package p\ntype T int\nfunc (T) m() int { return x }\nvar x = T(0).m()\n",
     "x.go:4:5: initialization loop for x\n\tx.go:4:5: x refers to\n\tx.go:3:10: m refers to\n\tx.go:4:5: x"},
    {"shift1_float_shift_operand", "package p\nvar s uint\nvar _ = 1<<s == 1.\n",
     "x.go:3:9: invalid operation: 1 << s (shift of type float64)"},
    {"cmp6_slice_compared", "package p\nvar x []int\nvar _ = x == x\n",
     "x.go:3:9: invalid operation: x == x (slice can only be compared to nil)"},
    {"cmp6_struct_with_slice", "package p\ntype T struct{ s []int }\nvar t T\nvar _ = t == t\n",
     "x.go:4:9: invalid operation: t == t (struct containing []int cannot be compared)"},
    {"cannotassign_field_in_map", "package p\ntype T struct{ n int }\nvar m map[int]T\nfunc f() { m[0].n = 7 }\n",
     "x.go:4:12: cannot assign to struct field m[0].n in map"},
    {"copy1_different_elements", "package p\nvar si []int\nvar sf []float64\nvar _ = copy(si, sf)\n",
     "x.go:4:14: invalid argument: arguments to copy si (variable of type []int) and sf (variable of type []float64) "
     "have different element types int and float64"},
    {"bug165_map_key_of_type_being_declared", "package p\ntype S struct{ m map[S]bool }\n",
     "x.go:2:22: invalid map key type S"},
};

class RejectedProgram : public ::testing::TestWithParam<Rejected> {};

TEST_P(RejectedProgram, FirstError) {
  auto errs = errorsOf(GetParam().src);
  ASSERT_FALSE(errs.empty());
  EXPECT_EQ(errs[0], GetParam().error);
}

INSTANTIATE_TEST_SUITE_P(Types, RejectedProgram, ::testing::ValuesIn(kRejected),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Accept, FailedInitializationMarksVariablesUsed) {
  auto errs = errorsOf("package p\nfunc f() {\n\tn := undefinedThing\n}\n");
  ASSERT_EQ(errs.size(), 1u);
  EXPECT_EQ(errs[0], "x.go:3:7: undefined: undefinedThing");
}

}  // namespace
