// Unit tests of the escape stage (transpiler/escape): small Go sources, and
// the decisions escape::analyze makes about them: which address-taken
// variables and which &T{...} / new(T) stay on the stack, and the -m lines.
#include <gtest/gtest.h>

#include <algorithm>

#include "escape/escape.hpp"
#include "types_checked.hpp"

namespace {

struct Analyzed {
  std::unique_ptr<types_test::CheckedSource> src;
  escape::Result result;

  // The local variable declared as `name` (the first one).
  const types::Object* var(const std::string& name) const {
    const types::Object* found = nullptr;
    for (const auto& [id, obj] : src->pkg->info.defs)
      if (obj && id->name == name && obj->kind == types::ObjectKind::Var && !obj->isPackageLevel() &&
          (!found || obj->pos.line < found->pos.line))
        found = obj;
    return found;
  }
  bool onStack(const std::string& name) const { return result.keepsOnStack(var(name)); }
  size_t stackAllocs() const { return result.stackAllocs.size(); }
  // The -m lines, "L: text".
  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (const escape::Message& m : result.messages) out.push_back(std::to_string(m.pos.line) + ": " + m.text);
    return out;
  }
  bool says(const std::string& line) const {
    auto all = messages();
    return std::find(all.begin(), all.end(), line) != all.end();
  }
};

Analyzed analyze(const std::string& body) {
  Analyzed a;
  a.src = types_test::check("package main\n" + body);
  EXPECT_TRUE(a.src->errors().empty()) << (a.src->errors().empty() ? "" : a.src->errors()[0]);
  if (a.src->pkg) a.result = escape::analyze(*a.src->pkg);
  return a;
}

TEST(EscapeAnalyze, PointerUsedOnlyLocallyStaysOnStack) {
  auto a = analyze(
      "type T struct{ v int }\n"                          // 2
      "func f() int {\n"                                  // 3
      "\tt := &T{v: 1}\n"                                 // 4
      "\tp := new(int)\n"                                 // 5
      "\t*p = t.v\n"
      "\treturn *p\n"
      "}\n");
  EXPECT_EQ(a.stackAllocs(), 2u);
  EXPECT_TRUE(a.says("4: &T{...} does not escape"));
  EXPECT_TRUE(a.says("5: new(int) does not escape"));
}

TEST(EscapeAnalyze, ReturnedPointerEscapes) {
  auto a = analyze(
      "type T struct{ v int }\n"
      "func f() *T { return &T{} }\n"                     // 3
      "func g() *int { x := 1; return &x }\n");           // 4
  EXPECT_EQ(a.stackAllocs(), 0u);
  EXPECT_TRUE(a.says("3: &T{...} escapes to heap"));
  EXPECT_TRUE(a.says("4: moved to heap: x"));
  EXPECT_FALSE(a.onStack("x"));
}

TEST(EscapeAnalyze, StoreIntoGlobalEscapes) {
  auto a = analyze(
      "var g *int\n"
      "func f() { x := 1; g = &x }\n");
  EXPECT_FALSE(a.onStack("x"));
  EXPECT_TRUE(a.says("3: moved to heap: x"));
}

TEST(EscapeAnalyze, CallsUseTheCalleesParameterTags) {
  auto a = analyze(
      "func id(p *int) *int { return p }\n"              // 2
      "func read(p *int) int { return *p }\n"            // 3
      "var g *int\n"
      "func keep(p *int) { g = p }\n"                     // 5
      "func f() int { x := 1; y := 2; return *id(&x) + read(&y) }\n"
      "func h() *int { z := 3; return id(&z) }\n"
      "func k() { w := 4; keep(&w) }\n");
  EXPECT_TRUE(a.says("2: leaking param: p to result ~r0 level=0"));
  EXPECT_TRUE(a.says("3: p does not escape"));
  EXPECT_TRUE(a.says("5: leaking param: p"));
  EXPECT_TRUE(a.onStack("x"));
  EXPECT_TRUE(a.onStack("y"));
  EXPECT_FALSE(a.onStack("z"));
  EXPECT_FALSE(a.onStack("w"));
}

TEST(EscapeAnalyze, RecursiveFunctionsAreAnalyzedTogether) {
  // As in gc, a value reaching the result of another function of the
  // component counts as reaching the heap; the function's own result does not.
  auto a = analyze(
      "func walk(p *int, n int) *int { if n == 0 { return p }; return walk(p, n-1) }\n"  // 2
      "func even(q *int, n int) *int { if n == 0 { return q }; return odd(q, n-1) }\n"   // 3
      "func odd(r *int, n int) *int { if n == 0 { return nil }; return even(r, n-1) }\n"
      "func f() int { x := 1; return *walk(&x, 4) }\n"
      "func h() *int { y := 1; return walk(&y, 4) }\n"
      "func k() int { z := 1; return *even(&z, 4) }\n");
  EXPECT_TRUE(a.says("2: leaking param: p to result ~r0 level=0"));
  EXPECT_TRUE(a.says("3: leaking param: q"));
  EXPECT_FALSE(a.says("3: leaking param: q to result ~r0 level=0"));
  EXPECT_TRUE(a.onStack("x"));
  EXPECT_FALSE(a.onStack("y"));
  EXPECT_FALSE(a.onStack("z"));
}

TEST(EscapeAnalyze, PointerKeptAcrossLoopIterationsEscapes) {
  auto a = analyze(
      "type T struct{ next *T }\n"
      "func f() int {\n"
      "\tvar last *T\n"
      "\tn := 0\n"
      "\tfor i := 0; i < 3; i++ {\n"
      "\t\tlast = &T{next: last}\n"                       // 7: reaches a variable of the outer level
      "\t\tcur := &T{}\n"                                 // 8: only this iteration's
      "\t\tif cur.next == nil { n++ }\n"
      "\t}\n"
      "\treturn n\n"
      "}\n");
  EXPECT_TRUE(a.says("7: &T{...} escapes to heap"));
  EXPECT_TRUE(a.says("8: &T{...} does not escape"));
}

TEST(EscapeAnalyze, WhatTheAnalysisCannotFollowEscapes) {
  auto a = analyze(
      "type I interface{ M(*int) }\n"
      "func f(i I, ch chan *int, fn func(*int)) []*int {\n"
      "\ta := 1\n"
      "\ti.M(&a)\n"                                       // interface method call
      "\tb := 2\n"
      "\tch <- &b\n"                                      // channel send
      "\tc := 3\n"
      "\tfn(&c)\n"                                        // func value
      "\td := 4\n"
      "\tgo fn(&d)\n"                                     // go statement
      "\te := 5\n"
      "\tdefer fn(&e)\n"                                  // defer statement
      "\tg := 6\n"
      "\treturn append([]*int(nil), &g)\n"                // appended
      "}\n");
  for (const char* v : {"a", "b", "c", "d", "e", "g"}) EXPECT_FALSE(a.onStack(v)) << v;
}

TEST(EscapeAnalyze, ConversionBetweenSliceTypesKeepsThePointer) {
  auto a = analyze(
      "type Ints []int\n"
      "var g Ints\n"
      "func f() { var arr [3]int; g = Ints(arr[:]) }\n"
      "func h() int { var buf [3]byte; return len(string(buf[:])) }\n");
  EXPECT_FALSE(a.onStack("arr"));
  EXPECT_TRUE(a.onStack("buf"));  // string(b) copies
}

TEST(EscapeAnalyze, VariablesCapturedByClosuresEscape) {
  auto a = analyze(
      "func f() func() int {\n"
      "\tx := 1\n"
      "\tp := &x\n"
      "\treturn func() int { return *p }\n"
      "}\n"
      "func g() int {\n"
      "\ty := 1\n"
      "\tq := &y\n"
      "\tdo := func() { *q = 2 }\n"
      "\tdo()\n"
      "\treturn y\n"
      "}\n");
  EXPECT_FALSE(a.onStack("x"));
  EXPECT_FALSE(a.onStack("y"));
}

TEST(EscapeAnalyze, SlicedLocalArrayPassedToACopyingMethodStaysOnStack) {
  // The shape of fasta's `w.line(row[:m])`.
  auto a = analyze(
      "type W struct{ buf []byte }\n"
      "func (w *W) line(b []byte) { w.buf = append(w.buf, b...) }\n"   // 3
      "func f(w *W) {\n"
      "\tvar row [60]byte\n"
      "\tw.line(row[:10])\n"
      "}\n");
  EXPECT_TRUE(a.says("3: b does not escape"));
  EXPECT_TRUE(a.onStack("row"));
}

TEST(EscapeAnalyze, GenericFunctionsAreLeftToTheHeap) {
  auto a = analyze(
      "func id[T any](p *T) *T { return p }\n"
      "func f() int { x := 1; return *id(&x) }\n");
  EXPECT_FALSE(a.onStack("x"));
}

}  // namespace
