// Method sets, promotion through embedding, interface satisfaction and the
// Selection recorded for every selector (what the emitter reads to print
// x.a.b.f and method calls through embedded pointers).
#include <gtest/gtest.h>

#include "syntax/parse.hpp"
#include "types/check.hpp"
#include "types_checked.hpp"
#include "types/lookup.hpp"

namespace {

struct Checked : types_test::CheckedSource {
  types::Type* typeNamed(const std::string& name) const {
    types::Object* o = pkg->pkg->scope->lookupLocal(name);
    return o ? o->type : nullptr;
  }
  // The selection of the first selector x.sel in the file (by selector name).
  const types::Selection* selection(const std::string& sel) const {
    const types::Selection* best = nullptr;
    int line = 1 << 30;
    for (auto& [e, s] : pkg->info.selections)
      if (e->sel->name == sel && e->pos.line < line) {
        best = &s;
        line = e->pos.line;
      }
    return best;
  }
};

std::unique_ptr<Checked> checkSource(const std::string& src) { return types_test::check<Checked>(src); }

std::vector<std::string> names(const std::vector<types::Object*>& objs) {
  std::vector<std::string> r;
  for (auto* o : objs) r.push_back(o->name);
  return r;
}

const char* kEmbedding = R"(package main

type Inner struct{ N int }

func (Inner) Get() int   { return 0 }
func (*Inner) Set(n int) {}

type Middle struct {
	*Inner
	M int
}

type Outer struct {
	Middle
	O int
}

func main() {
	var o Outer
	_ = o.N
	o.Set(1)
	f := Outer.Get
	_ = f
	g := o.Get
	_ = g
	p := &o
	_ = p.O
}
)";

TEST(MethodSets, ValueAndPointerReceivers) {
  auto c = checkSource(kEmbedding);
  ASSERT_TRUE(c->errors().empty()) << c->errors()[0];
  types::Type* inner = c->typeNamed("Inner");
  EXPECT_EQ(names(types::methodSet(inner)), (std::vector<std::string>{"Get"}));
  types::Pointer ptr(inner);
  EXPECT_EQ(names(types::methodSet(&ptr)), (std::vector<std::string>{"Get", "Set"}));
  // Outer embeds Middle which embeds *Inner: both methods are promoted to
  // the value Outer, because the path goes through a pointer.
  EXPECT_EQ(names(types::methodSet(c->typeNamed("Outer"))), (std::vector<std::string>{"Get", "Set"}));
}

TEST(Selections, PromotedFieldRecordsThePathAndTheIndirection) {
  auto c = checkSource(kEmbedding);
  ASSERT_TRUE(c->errors().empty());
  const types::Selection* s = c->selection("N");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->kind, types::SelectionKind::FieldVal);
  EXPECT_EQ(s->index, (std::vector<int>{0, 0, 0}));  // Outer.Middle, Middle.Inner, Inner.N
  EXPECT_TRUE(s->indirect);                            // through *Inner
  EXPECT_EQ(types::typeString(s->type), "int");
  const types::Selection* o = c->selection("O");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->index, (std::vector<int>{1}));
  EXPECT_TRUE(o->indirect);  // p.O dereferences p
}

TEST(Selections, MethodValuesAndExpressions) {
  auto c = checkSource(kEmbedding);
  ASSERT_TRUE(c->errors().empty());
  const types::Selection* set = c->selection("Set");
  ASSERT_NE(set, nullptr);
  EXPECT_EQ(set->kind, types::SelectionKind::MethodVal);
  EXPECT_TRUE(set->ptrRecv);
  EXPECT_EQ(set->index, (std::vector<int>{0, 0, 1}));  // Middle, *Inner, method #1 of Inner
  EXPECT_EQ(types::typeString(set->type), "func(n int)");
  const types::Selection* get = c->selection("Get");
  ASSERT_NE(get, nullptr);
  EXPECT_EQ(get->kind, types::SelectionKind::MethodExpr);
  // Outside the checker, typeString qualifies the package's types.
  EXPECT_EQ(types::typeString(get->type), "func(main.Outer) int");
}

TEST(Selections, AmbiguousAtTheSameDepth) {
  auto c = checkSource(R"(package main

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
	X2 int
}
type D struct {
	C
	X int
}

func main() {
	var c C
	_ = c.X
	var d D
	_ = d.X
}
)");
  auto errs = c->errors();
  ASSERT_EQ(errs.size(), 1u);
  EXPECT_EQ(errs[0], "x.go:17:8: ambiguous selector c.X");  // d.X is shallower: fine
}

TEST(Interfaces, GcWordingOfWhyATypeDoesNotImplement) {
  auto c = checkSource(R"(package main

type I interface {
	M()
	N(int)
}
type T struct{}

func (*T) M()      {}
func (T) N(string) {}

type U struct{}

func (U) M() {}

func main() {
	var t T
	var i I = t
	i = &t
	i = U{}
	_ = i
}
)");
  auto errs = c->errors();
  ASSERT_EQ(errs.size(), 3u);
  EXPECT_EQ(errs[0],
            "x.go:18:12: cannot use t (variable of type T) as type I in variable declaration:\n"
            "\tT does not implement I (M method has pointer receiver)");
  EXPECT_EQ(errs[1],
            "x.go:19:6: cannot use &t (value of type *T) as type I in assignment:\n"
            "\t*T does not implement I (wrong type for N method)\n\t\thave N(string)\n\t\twant N(int)");
  EXPECT_EQ(errs[2],
            "x.go:20:6: cannot use U{} (value of type U) as type I in assignment:\n"
            "\tU does not implement I (missing N method)");
}

TEST(Interfaces, EmbeddedInterfacesMergeAndDuplicatesAreReported) {
  auto c = checkSource(R"(package main

type R interface{ Read() int }
type W interface{ Write(int) }
type RW interface {
	R
	W
	Read() int
}
type Bad interface {
	M()
	M()
}

type F struct{}

func (F) Read() int  { return 0 }
func (F) Write(int) {}

var _ RW = F{}
)");
  auto errs = c->errors();
  ASSERT_EQ(errs.size(), 1u);
  EXPECT_EQ(errs[0], "x.go:12:2: duplicate method M\n\tx.go:11:2: other declaration of M");
  EXPECT_EQ(names(types::methodSet(c->typeNamed("RW"))), (std::vector<std::string>{"Read", "Write"}));
}

TEST(Selections, NamedPointerTypesHaveFieldsButNoMethods) {
  auto c = checkSource(R"(package main

type S struct{ F int }

func (*S) M() {}

type P *S

func main() {
	var p P
	_ = p.F
	p.M()
}
)");
  auto errs = c->errors();
  ASSERT_EQ(errs.size(), 1u);
  EXPECT_EQ(errs[0], "x.go:12:4: p.M undefined (type P has no field or method M)");
}

}  // namespace
