// Generics in the checker: type argument inference (typed arguments,
// untyped constants, partial explicit lists, constraint type inference),
// constraint satisfaction in gc's words, and the instantiation side tables
// (Info::instances, Info::instantiations) the emitter turns into templates.
#include <gtest/gtest.h>

#include "syntax/parse.hpp"
#include "types/check.hpp"
#include "types_checked.hpp"

namespace {

struct Checked : types_test::CheckedSource {
  // The type arguments of the use of a generic named name on line `line`.
  std::string typeArgsAt(const std::string& name, int line) const {
    for (auto& [id, inst] : pkg->info.instances) {
      if (id->name != name || id->pos.line != line) continue;
      std::string s;
      for (auto* t : inst.typeArgs) s += (s.empty() ? "" : ",") + types::typeString(t);
      return s;
    }
    return "<none>";
  }
  size_t instantiationCount(const std::string& name) const {
    types::Object* o = pkg->pkg->scope->lookupLocal(name);
    auto it = pkg->info.instantiations.find(o);
    return it == pkg->info.instantiations.end() ? 0 : it->second.size();
  }
};

std::unique_ptr<Checked> checkSource(const std::string& src) { return types_test::check<Checked>(src); }

TEST(Inference, TypedUntypedPartialAndConstraintTypeInference) {
  auto c = checkSource(R"(package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[S ~[]E, E, R any](s S, f func(E) R) []R { return nil }

func Convert[To, From Number](x From) To { return To(x) }

type Ints []int

func main() {
	_ = Sum(1, 2)
	_ = Sum(1.5, 2)
	_ = Map(Ints{1}, func(i int) string { return "" })
	_ = Convert[float64](3)
	_ = Sum[float64](1)
}
)");
  ASSERT_TRUE(c->errors().empty()) << c->errors()[0];
  EXPECT_EQ(c->typeArgsAt("Sum", 20), "int");              // untyped constants: default type
  EXPECT_EQ(c->typeArgsAt("Sum", 21), "float64");          // the first untyped argument decides
  EXPECT_EQ(c->typeArgsAt("Map", 22), "main.Ints,int,string");  // E from S's core type ~[]E
  EXPECT_EQ(c->typeArgsAt("Convert", 23), "float64,int");  // partial explicit list
  EXPECT_EQ(c->instantiationCount("Sum"), 2u);             // int and float64, each once
}

TEST(Inference, GcWordingOfFailures) {
  auto c = checkSource(R"(package main

type Num interface{ ~int | ~float64 }

func Sum[T Num](xs ...T) T { var s T; return s }
func Zero[T any]() T { var z T; return z }
func Eq[T comparable](a, b T) bool { return a == b }

type List[T any] struct{ next *List[T] }

func main() {
	_ = Sum("a")
	_ = Zero()
	_ = Eq([]int{}, nil)
	var l List
	_ = l
	_ = Sum[int, int](1)
	var m List[int, int]
	_ = m
}
)");
  auto errs = c->errors();
  ASSERT_EQ(errs.size(), 6u);
  EXPECT_EQ(errs[0], "x.go:12:9: string does not implement Num (string missing in ~int | ~float64)");
  EXPECT_EQ(errs[1], "x.go:13:10: cannot infer T (x.go:6:11)");
  EXPECT_EQ(errs[2], "x.go:14:8: []int does not implement comparable");
  EXPECT_EQ(errs[3], "x.go:15:8: cannot use generic type List[T any] without instantiation");
  EXPECT_EQ(errs[4], "x.go:17:15: got 2 type arguments but want 1");
  EXPECT_EQ(errs[5], "x.go:18:8: got 2 arguments but 1 type parameters");
}

TEST(GenericTypes, RecursiveTypesMethodsAndInstances) {
  auto c = checkSource(R"(package main

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{next: l, val: v} }
func (l *List[_]) Len() int           { return 0 }

func main() {
	var l *List[string]
	l = l.Push("a")
	var s string = l.next.val
	_ = s
	var m *List[string] = l
	_ = m.Len()
}
)");
  ASSERT_TRUE(c->errors().empty()) << c->errors()[0];
  EXPECT_EQ(c->instantiationCount("List"), 1u);  // List[string], written three times
  // The method value's type has T replaced.
  for (auto& [e, sel] : c->pkg->info.selections)
    if (e->sel->name == "Push") EXPECT_EQ(types::typeString(sel.type), "func(v string) *main.List[string]");
}

}  // namespace
