// The positional printer: #line directives exactly where the output stops
// mapping to the Go line of the next construct.
#include <gtest/gtest.h>

#include "emit/printer.hpp"

namespace {

diag::Pos at(int line) { return diag::Pos{diag::internFile("dir/a.go"), line, 1}; }

TEST(EmitPrinter, DirectiveBeforeTheFirstStatement) {
  emit::Printer p(true);
  p.at(at(3));
  p.write("x = 1;");
  EXPECT_EQ(p.finish(), "#line 3 \"dir/a.go\"\nx = 1;\n");
}

TEST(EmitPrinter, ConsecutiveLinesNeedNoNewDirective) {
  emit::Printer p(true);
  p.at(at(3));
  p.write("a();");
  p.at(at(4));
  p.write("b();");
  p.at(at(6));  // a blank Go line in between: the output drifted
  p.write("c();");
  EXPECT_EQ(p.finish(), "#line 3 \"dir/a.go\"\na();\nb();\n#line 6 \"dir/a.go\"\nc();\n");
}

TEST(EmitPrinter, GeneratedLinesCountTowardsTheMapping) {
  emit::Printer p(true);
  p.at(at(10));
  p.write("{");
  p.line("}");  // maps to line 11 now
  p.at(at(11));
  p.write("x;");
  p.at(at(11));  // two constructs on one Go line, printed on two C++ lines
  p.write("y;");
  EXPECT_EQ(p.finish(), "#line 10 \"dir/a.go\"\n{\n}\n#line 11 \"dir/a.go\"\nx;\n#line 11 \"dir/a.go\"\ny;\n");
}

TEST(EmitPrinter, EmbeddedNewlinesAdvanceTheMapping) {
  emit::Printer p(true);
  p.at(at(1));
  p.write("a\nb");  // b is line 2
  p.at(at(3));
  p.write("c");
  EXPECT_EQ(p.finish(), "#line 1 \"dir/a.go\"\na\nb\nc\n");
}

TEST(EmitPrinter, DirectivesInsideWrittenTextMoveTheMapping) {
  // A function literal's body comes from a printer of its own, directives
  // included: they stay unindented and the outer printer continues from them.
  emit::Printer inner(true);
  inner.write("[]() {");
  inner.indent();
  inner.at(at(8));
  inner.write("g();");
  inner.dedent();
  inner.line("}");
  std::string lambda = inner.finish();
  lambda.pop_back();  // the final newline

  emit::Printer p(true);
  p.indent();
  p.at(at(7));
  p.write("f(" + lambda + ");");
  p.at(at(10));  // "});" maps to line 9, so the next line is 10: no directive
  p.write("h();");
  p.at(at(7));
  p.write("k();");
  EXPECT_EQ(p.finish(),
            "#line 7 \"dir/a.go\"\n  f([]() {\n#line 8 \"dir/a.go\"\n    g();\n  });\n  h();\n"
            "#line 7 \"dir/a.go\"\n  k();\n");
}

TEST(EmitPrinter, IndentationAndNoTrailingBlanks) {
  emit::Printer p(false);
  p.line("f() {");
  p.indent();
  p.at(at(2));
  p.write("g();");
  p.line();
  p.dedent();
  p.line("}");
  EXPECT_EQ(p.finish(), "f() {\n  g();\n\n}\n");
}

TEST(EmitPrinter, DirectivesOffPrintsPlainCode) {
  emit::Printer p(false);
  p.at(at(5));
  p.write("x;");
  p.at(at(9));
  p.write("y;");
  EXPECT_EQ(p.finish(), "x;\ny;\n");
}

TEST(EmitPrinter, UnmapForcesADirective) {
  emit::Printer p(true);
  p.at(at(1));
  p.write("a;");
  p.unmap();
  p.line("b;");
  p.at(at(3));  // would map without unmap(); after it the printer cannot know
  p.write("c;");
  EXPECT_EQ(p.finish(), "#line 1 \"dir/a.go\"\na;\nb;\n#line 3 \"dir/a.go\"\nc;\n");
}

TEST(EmitPrinter, DirectiveWithinAnExpressionMovesTheMapping) {
  emit::Printer p(true);
  p.at(at(5));
  EXPECT_EQ(p.directiveWithin(at(7)), "\n#line 7 \"dir/a.go\"\n");
  EXPECT_EQ(emit::Printer(false).directiveWithin(at(7)), "");
  p.write("f(1," + p.directiveWithin(at(7)) + "g());");
  p.at(at(8));  // the embedded directive moved the mapping to 7
  p.write("h();");
  EXPECT_EQ(p.finish(), "#line 5 \"dir/a.go\"\nf(1,\n#line 7 \"dir/a.go\"\ng());\nh();\n");
}

TEST(EmitPrinter, RelativeLineDirectiveNamesAreMarked) {
  // //line foo.go:10 and //line :20 in b.go: their relative names are
  // written /./foo.go and /./?? (the runtime drops the /./); the real file
  // keeps its name, relative or not.
  const std::string* real = diag::internFile("b.go");
  diag::setLineBases(real, {{3, 1, diag::internFile("foo.go"), 10}, {6, 1, diag::internFile("??"), 20},
                            {9, 1, diag::internFile("/abs/c.go"), 30}});
  emit::Printer p(true);
  p.at(diag::Pos{real, 1, 1});
  p.write("a;");
  p.at(diag::Pos{real, 3, 1});
  p.write("b;");
  p.at(diag::Pos{real, 6, 1});
  p.write("c;");
  p.at(diag::Pos{real, 9, 1});
  p.write("d;");
  diag::setLineBases(real, {});
  EXPECT_EQ(p.finish(),
            "#line 1 \"b.go\"\na;\n#line 10 \"/./foo.go\"\nb;\n#line 20 \"/./??\"\nc;\n"
            "#line 30 \"/abs/c.go\"\nd;\n");
}

TEST(EmitPrinter, PathsAreQuotedForCpp) {
  EXPECT_EQ(emit::quotePath("a\\b\"c.go"), "\"a\\\\b\\\"c.go\"");
}

}  // namespace
