// This file tests the type checker's assignability and convertibility
// rules (Go spec "Assignability", "Conversions") as tables: each row is one
// statement checked inside a program that declares a few variables, and the
// expected diagnostics are the ones gc 1.19 prints for the same program
// (`go tool compile`), position and wording included; an empty list means
// gc accepts it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "types_checked.hpp"

namespace {

// The declarations every row sees (line 21 of the program is the row's
// statement, as in the gc run that produced the expected texts).
const char* const kPrelude = R"(package main
import "unsafe"
type A int
type B int
type S []int
type I interface{ M() }
type T struct{}
func (T) M() {}
type P struct{}
func (*P) M() {}
type Q struct{}
type Tagged1 struct { x int `json:"x"` }
type Tagged2 struct { x int }
var (
	a A; b B; i int; f float64; s []int; sn S; str string; bs []byte; rs []rune
	c chan int; rc <-chan int; sc chan<- int; t T; p P; q Q; iv I; e any
	t1 Tagged1; pt1 *Tagged1; up unsafe.Pointer; u uintptr; pi *int
)
var _ = unsafe.Sizeof(0)
func main() {
)";

struct Row {
  const char* name;
  const char* statement;
  std::vector<std::string> gcErrors;  // gc's messages, empty when gc accepts the row
};

std::vector<std::string> checkRow(const Row& row, bool assignment) {
  std::string body = row.statement;
  // "type X ...; var x X = ..." rows declare a local type first.
  std::string src = std::string(kPrelude) + "\t" + body + "\n" + (assignment ? "\t_ = x\n" : "") + "}\n";
  auto c = types_test::check(src);
  return c->errors();
}

const Row kAssignRows[] = {
    {"IdenticalType", "var x int = i", {}},
    {"NamedFromUnnamedUnderlying", "var x S = s", {}},
    {"UnnamedFromNamedUnderlying", "var x []int = sn", {}},
    {"DistinctNamedTypes", "var x B = a", {"x.go:21:12: cannot use a (variable of type A) as type B in variable declaration"}},
    {"NamedFromItsUnderlyingBasic", "var x A = i", {"x.go:21:12: cannot use i (variable of type int) as type A in variable declaration"}},
    {"BidirectionalToReceiveOnly", "var x <-chan int = c", {}},
    {"BidirectionalToSendOnly", "var x chan<- int = c", {}},
    {"ReceiveOnlyToBidirectional", "var x chan int = rc", {"x.go:21:19: cannot use rc (variable of type <-chan int) as type chan int in variable declaration"}},
    {"ImplementsInterface", "var x I = t", {}},
    {"MissingMethod", "var x I = q", {"x.go:21:12: cannot use q (variable of type Q) as type I in variable declaration:\n\tQ does not implement I (missing M method)"}},
    {"PointerReceiverMethod", "var x I = p", {"x.go:21:12: cannot use p (variable of type P) as type I in variable declaration:\n\tP does not implement I (M method has pointer receiver)"}},
    {"PointerHasPointerMethods", "var x I = &p", {}},
    {"AnythingToEmptyInterface", "var x any = s", {}},
    {"InterfaceToConcrete", "var x T = iv", {"x.go:21:12: cannot use iv (variable of type I) as type T in variable declaration:\n\tneed type assertion"}},
    {"NilToPointer", "var x *int = nil", {}},
    {"NilToSlice", "var x []int = nil", {}},
    {"NilToMap", "var x map[int]int = nil", {}},
    {"NilToChan", "var x chan int = nil", {}},
    {"NilToFunc", "var x func() = nil", {}},
    {"NilToInterface", "var x I = nil", {}},
    {"NilToInt", "var x int = nil", {"x.go:21:14: cannot use nil as int value in variable declaration"}},
    {"NilToString", "var x string = nil", {"x.go:21:17: cannot use nil as string value in variable declaration"}},
    {"UntypedIntFits", "var x byte = 255", {}},
    {"UntypedIntOverflows", "var x byte = 256", {"x.go:21:15: cannot use 256 (untyped int constant) as byte value in variable declaration (overflows)"}},
    {"UntypedFloatToIntExact", "var x int = 2.0", {}},
    {"UntypedFloatTruncated", "var x int = 1.5", {"x.go:21:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)"}},
    {"UntypedRuneToString", "var x string = 'a'", {"x.go:21:17: cannot use 'a' (untyped rune constant 97) as string value in variable declaration"}},
    {"UntypedStringToBytes", "var x []byte = \"abc\"", {"x.go:21:17: cannot use \"abc\" (untyped string constant) as []byte value in variable declaration"}},
    {"IntToFloat", "var x float64 = i", {"x.go:21:18: cannot use i (variable of type int) as type float64 in variable declaration"}},
    {"UntypedBoolToNamedBool", "type Bool bool\n\tvar x Bool = true", {}},
    {"ComparisonResultToNamedBool", "type Bool bool\n\tvar x Bool = i == 1", {}},
    {"StringToBytes", "var x []byte = str", {"x.go:21:17: cannot use str (variable of type string) as type []byte in variable declaration"}},
};

const Row kConvertRows[] = {
    {"IntToFloat", "_ = float64(i)", {}},
    {"FloatToInt", "_ = int(f)", {}},
    {"NamedToNamedSameUnderlying", "_ = B(a)", {}},
    {"StringToBytes", "_ = []byte(str)", {}},
    {"StringToRunes", "_ = []rune(str)", {}},
    {"BytesToString", "_ = string(bs)", {}},
    {"RunesToString", "_ = string(rs)", {}},
    {"IntToString", "_ = string(rune(i))", {}},
    {"IntSliceToString", "_ = string(s)", {"x.go:21:13: cannot convert s (variable of type []int) to type string"}},
    {"FloatToString", "_ = string(f)", {"x.go:21:13: cannot convert f (variable of type float64) to type string"}},
    {"StringToInt", "_ = int(str)", {"x.go:21:10: cannot convert str (variable of type string) to type int"}},
    {"StructTagsIgnored", "_ = Tagged2(t1)", {}},
    {"PointerStructTagsIgnored", "_ = (*Tagged2)(pt1)", {}},
    {"PointerToUnsafePointer", "_ = unsafe.Pointer(pi)", {}},
    {"UnsafePointerToPointer", "_ = (*float64)(up)", {}},
    {"UnsafePointerToUintptr", "_ = uintptr(up)", {}},
    {"UintptrToUnsafePointer", "_ = unsafe.Pointer(u)", {}},
    {"PointerToUintptr", "_ = uintptr(pi)", {"x.go:21:14: cannot convert pi (variable of type *int) to type uintptr"}},
    {"SliceToArrayPointer", "_ = (*[3]int)(s)", {}},
    {"SliceToArray", "_ = [3]int(s)", {"x.go:21:13: cannot convert s (variable of type []int) to type [3]int"}},
    {"ConstantOverflows", "_ = byte(256)", {"x.go:21:11: cannot convert 256 (untyped int constant) to type byte"}},
    {"ConstantFloatTruncated", "_ = int(1.5)", {"x.go:21:10: cannot convert 1.5 (untyped float constant) to type int"}},
    {"ConstantFloatToFloat32", "_ = float32(1e100)", {"x.go:21:14: cannot convert 1e100 (untyped float constant 1e+100) to type float32"}},
    {"ConstantNegativeToUnsigned", "_ = uint(-1)", {"x.go:21:11: cannot convert -1 (untyped int constant) to type uint"}},
    {"ConstantIntToString", "_ = string(rune(65))", {}},
    {"BidirectionalChanToReceiveOnly", "_ = (<-chan int)(c)", {}},
    {"ReceiveOnlyToBidirectional", "_ = (chan int)(rc)", {"x.go:21:17: cannot convert rc (variable of type <-chan int) to type chan int"}},
    {"ConcreteToInterface", "_ = I(t)", {}},
    {"InterfaceToConcrete", "_ = T(iv)", {"x.go:21:8: cannot convert iv (variable of type I) to type T:\n\tneed type assertion"}},
    {"PointerToDifferentPointer", "_ = (*float64)(pi)", {"x.go:21:17: cannot convert pi (variable of type *int) to type *float64"}},
    {"BoolToInt", "_ = int(true)", {"x.go:21:10: cannot convert true (untyped bool constant) to type int"}},
};

class Assignability : public testing::TestWithParam<Row> {};
class Convertibility : public testing::TestWithParam<Row> {};

TEST_P(Assignability, MatchesGc) {
  EXPECT_EQ(checkRow(GetParam(), true), GetParam().gcErrors) << GetParam().statement;
}

TEST_P(Convertibility, MatchesGc) {
  EXPECT_EQ(checkRow(GetParam(), false), GetParam().gcErrors) << GetParam().statement;
}

std::string rowName(const testing::TestParamInfo<Row>& info) { return info.param.name; }

INSTANTIATE_TEST_SUITE_P(Types, Assignability, testing::ValuesIn(kAssignRows), rowName);
INSTANTIATE_TEST_SUITE_P(Types, Convertibility, testing::ValuesIn(kConvertRows), rowName);

}  // namespace
