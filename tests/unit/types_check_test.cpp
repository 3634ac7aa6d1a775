// The type checker on small programs: accepted programs record the types
// later stages need; rejected ones get gc's message at gc's position.
#include <gtest/gtest.h>

#include "syntax/parse.hpp"
#include "types/check.hpp"
#include "types_checked.hpp"

namespace {

using Checked = types_test::CheckedSource;

std::unique_ptr<Checked> checkSource(const std::string& src) { return types_test::check<Checked>(src); }

std::string firstError(const std::string& src) {
  auto c = checkSource(src);
  auto errs = c->errors();
  return errs.empty() ? "" : errs[0];
}

TEST(Check, AcceptsTheFirstLanguageSlice) {
  auto c = checkSource(R"(package main

const big = 1 << 100
const small = big >> 98

var counter int

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	x := small
	var f float64 = 1
	s := "go"
	s += "pher"
	q, r := divmod(7, 2)
	for i := 0; i < 3; i++ {
		counter += i
	}
	switch {
	case x > 3:
		x--
	default:
		x++
	}
	_, _, _, _, _ = f, s, q, r, fib(10)
}
)");
  EXPECT_TRUE(c->errors().empty()) << (c->errors().empty() ? "" : c->errors()[0]);
}

TEST(Check, UntypedConstantsGetTheirFinalType) {
  auto c = checkSource("package main\n\nfunc main() {\n\tvar f float64 = 1 + 2\n\t_ = f\n}\n");
  ASSERT_TRUE(c->errors().empty());
  int floats = 0;
  for (auto& [expr, tv] : c->pkg->info.types)
    if (tv.mode == types::Mode::Constant && types::typeString(tv.type) == "float64") ++floats;
  EXPECT_EQ(floats, 3);  // 1, 2 and 1 + 2 all became float64
}

TEST(Check, GcWording) {
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tx := 1\n}\n"), "x.go:4:2: x declared but not used");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tvar b byte = 300\n\t_ = b\n}\n"),
            "x.go:4:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\t_ = undefinedThing\n}\n"), "x.go:4:6: undefined: undefinedThing");
  EXPECT_EQ(firstError("package main\n\nfunc f() int {\n\tfor {\n\t\tbreak\n\t}\n}\n\nfunc main() {}\n"),
            "x.go:7:1: missing return");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\t_ = \"a\" + 1\n}\n"),
            "x.go:4:6: invalid operation: \"a\" + 1 (mismatched types untyped string and untyped int)");
  EXPECT_EQ(firstError("package main\n\nfunc f() (int, string) { return 1, \"a\" }\n\nfunc main() {\n\ta := f()\n\t_ = a\n}\n"),
            "x.go:6:2: assignment mismatch: 1 variable but f returns 2 values");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tvar x int\n\t_ = x / 0\n}\n"),
            "x.go:5:10: invalid operation: division by zero");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n\tvar a [3]int\n\t_ = a[5]\n}\n"),
            "x.go:5:8: invalid argument: index 5 out of bounds [0:3]");
}

std::string allErrors(const std::string& src) {
  std::string out;
  for (const std::string& e : checkSource(src)->errors()) out += e + "\n";
  return out;
}

// Each expectation is gc 1.19's output for the same program.
TEST(Check, ParseErrorsThatAreNotSyntaxErrorsStillGetTypeChecked) {
  EXPECT_EQ(allErrors("package main\n\nfunc main() {\n\ts := \"abc\"\n\t_ = s[1:2:3]\n\t_ = s[::]\n}\n"),
            "x.go:5:12: invalid operation: 3-index slice of string\n"
            "x.go:6:9: middle index required in 3-index slice\n"
            "x.go:6:10: final index required in 3-index slice\n"
            "x.go:6:10: invalid operation: 3-index slice of string\n");
}

// A non-constant shift of an untyped constant takes its type from the
// context, which must be an integer type; equal errors on a line are shown
// once (gc's wording and filtering, compared with go tool compile -e).
TEST(Check, NonConstantShiftsOfUntypedConstants) {
  EXPECT_EQ(allErrors("package main\n\nfunc main() {\n\tvar s uint = 3\n\tvar a []int\n\tvar u = 1.0 << s\n"
                      "\t_ = a[1.<<s]\n\t_ = make([]int, 1.<<s)\n\t_ = float32(1 << s)\n\t_ = 1.<<s == 1.<<s\n"
                      "\tvar z complex128 = (1 << s) << (1 << s)\n\t_ = 1 << (1. << s)\n\t_ = (1. << s) << 2\n"
                      "\t_, _ = u, z\n}\n"),
            "x.go:6:10: invalid operation: 1.0 << s (shift of type float64)\n"
            "x.go:9:14: invalid operation: 1 << s (shift of type float32)\n"
            "x.go:10:6: invalid operation: 1. << s (shift of type float64)\n"
            "x.go:11:22: invalid operation: 1 << s (shift of type complex128)\n"
            "x.go:13:6: invalid operation: shifted operand (1. << s) (untyped float value) must be integer\n");
}

// Errors about operands of invalid type follow from an earlier error and
// are not reported (types2's rule; gc prints only the first line here).
TEST(Check, FollowOnErrorsOfInvalidTypesAreDropped) {
  EXPECT_EQ(allErrors("package main\n\nfunc run(t *Template) {\n\tt.Execute(1)\n}\n\nfunc main() {}\n"),
            "x.go:3:13: undefined: Template\n");
}

TEST(Check, InvalidImportPaths) {
  EXPECT_EQ(allErrors("package main\n\nimport (\n\t\"a!\"\n\t\"/abs\"\n\t\"b c\"\n\t\"\\x7f\"\n)\n\nfunc main() {}\n"),
            "x.go:4:2: invalid import path (invalid character U+0021 '!')\n"
            "x.go:5:2: could not import /abs (import path cannot be absolute path)\n"
            "x.go:6:2: invalid import path (invalid character U+0020 ' ')\n"
            "x.go:7:2: invalid import path (invalid character U+007F)\n");
}

TEST(Check, DuplicateCases) {
  EXPECT_EQ(allErrors("package main\n\nfunc main() {\n\tswitch x := 3; x {\n\tcase 1, 2:\n\tcase 2:\n\tcase int(1):\n\t}\n"
                      "\tswitch {\n\tcase true:\n\tcase true:\n\t}\n\tswitch \"s\" {\n\tcase \"s\", \"t\", \"s\":\n\t}\n}\n"),
            "x.go:6:7: duplicate case 2 (constant of type int) in expression switch\n\tx.go:5:10: previous case\n"
            "x.go:7:7: duplicate case int(1) (constant 1 of type int) in expression switch\n\tx.go:5:7: previous case\n"
            "x.go:14:17: duplicate case \"s\" (constant of type string) in expression switch\n\tx.go:14:7: previous case\n");
}

TEST(Check, InitOrderFollowsDependencies) {
  auto c = checkSource("package main\n\nvar a = b + 1\nvar b = f()\nvar c = 3\n\nfunc f() int { return c }\n\nfunc main() {}\n");
  ASSERT_TRUE(c->errors().empty());
  std::vector<std::string> order;
  for (auto& init : c->pkg->info.initOrder) order.push_back(init.lhs[0]->name);
  EXPECT_EQ(order, (std::vector<std::string>{"c", "b", "a"}));
}

TEST(Check, UnsupportedImportIsOneClearError) {
  EXPECT_EQ(firstError("package main\n\nimport \"net/rpc\"\n\nfunc main() {}\n"),
            "x.go:3:8: package net/rpc is not supported by go2cpp yet");
}

}  // namespace
