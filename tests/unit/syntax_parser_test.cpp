// Tests of syntax::parseSource: small programs (generics and every
// statement form), the shapes and positions of selected AST nodes, the
// directives kept for later stages, and syntax errors in gc's words at gc's
// positions (each expectation was checked against Go 1.19's parser).
#include <gtest/gtest.h>

#include "syntax/parse.hpp"

namespace {

using namespace syntax;

std::unique_ptr<File> parse(const std::string& src) {
  diag::Diagnostics diags;
  auto file = parseSource("x.go", src, diags);
  EXPECT_FALSE(diags.hasErrors()) << diags.formatted()[0];
  EXPECT_TRUE(file);
  return file;
}

// The one error a bad file gets, as "line:col: message". A "syntax error"
// stops gc before type checking; its other parse errors do not.
std::string errorOf(const std::string& src) {
  diag::Diagnostics diags;
  auto file = parseSource("x.go", src, diags);
  if (!diags.hasErrors()) return "no error";
  EXPECT_EQ(diags.errors().size(), 1u);
  const diag::Diagnostic& d = diags.errors()[0];
  if (d.message.rfind("syntax error", 0) == 0) EXPECT_EQ(file, nullptr) << d.message;
  return std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.message;
}

// Every error of a bad file, in file order, one "line:col: message" a line.
std::string errorsOf(const std::string& src) {
  diag::Diagnostics diags;
  parseSource("x.go", src, diags);
  std::string out;
  for (const diag::Diagnostic& d : diags.errors())
    out += std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.message + "\n";
  return out;
}

std::string at(const Node* n) { return std::to_string(n->pos.line) + ":" + std::to_string(n->pos.col); }

FuncDecl* func(File& f, size_t i) {
  EXPECT_LT(i, f.decls.size());
  return f.decls[i]->as<FuncDecl>();
}

// The statements of the body of the file's first function.
std::vector<Stmt*> body(File& f) {
  for (Decl* d : f.decls)
    if (auto* fn = d->as<FuncDecl>()) return fn->body->stmts;
  ADD_FAILURE() << "no function";
  return {};
}

// ---- whole programs ---------------------------------------------------------

TEST(SyntaxParser, HelloWorld) {
  auto f = parse("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\")\n}\n");
  EXPECT_EQ(f->packageName->name, "main");
  EXPECT_EQ(at(f.get()), "1:1");
  ASSERT_EQ(f->imports.size(), 1u);
  EXPECT_EQ(f->imports[0]->path->bytes, "fmt");
  ASSERT_EQ(f->decls.size(), 2u);
  FuncDecl* main = func(*f, 1);
  ASSERT_TRUE(main);
  EXPECT_EQ(main->name->name, "main");
  EXPECT_EQ(at(main), "5:1");
  EXPECT_EQ(at(main->name), "5:6");
  ASSERT_EQ(main->body->stmts.size(), 1u);
  auto* call = main->body->stmts[0]->as<ExprStmt>()->x->as<CallExpr>();
  ASSERT_TRUE(call);
  EXPECT_EQ(at(call->fun), "6:2");
  EXPECT_EQ(call->fun->as<SelectorExpr>()->sel->name, "Println");
  EXPECT_EQ(call->args[0]->as<BasicLit>()->bytes, "hello");
  EXPECT_EQ(at(call->args[0]), "6:14");
  EXPECT_EQ(call->lparen.col, 13);
  EXPECT_EQ(call->rparen.col, 21);
  EXPECT_EQ(main->body->rbrace.line, 7);
}

TEST(SyntaxParser, EveryStatementForm) {
  auto f = parse(R"(package p

func f(ch chan int, xs []int, m map[string]int) (n int, err error) {
	var a, b = 1, 2
	const c = 3
	type T struct{ x int }
	x := 0
	x, y := 1, 2
	x += y
	x++
	y--
	ch <- x
	<-ch
	go f(ch, xs, m)
	defer f(nil, nil, nil)
	{
	}
	;
	if x > 0 {
	} else if y := x; y < 0 {
	} else {
	}
	switch {
	case x == 1, x == 2:
		fallthrough
	default:
	}
	switch z := x; z {
	case 1:
	}
	var i interface{} = x
	switch v := i.(type) {
	case int, string:
		_ = v
	case nil:
	}
	select {
	case v := <-ch:
		_ = v
	case v, ok := <-ch:
		_, _ = v, ok
	case ch <- 1:
	case <-ch:
	default:
	}
	for {
		break
	}
	for x < 10 {
		continue
	}
	for i := 0; i < 10; i++ {
	}
	for k, v := range m {
		_, _ = k, v
	}
	for range xs {
	}
	for _ = range xs {
	}
Loop:
	for {
		break Loop
	}
	goto End
End:
	return x, nil
}
)");
  std::vector<Stmt*> s = body(*f);
  std::vector<NodeKind> kinds;
  for (Stmt* st : s) kinds.push_back(st->kind);
  std::vector<NodeKind> want = {
      NodeKind::DeclStmt,   NodeKind::DeclStmt,       NodeKind::DeclStmt,   NodeKind::AssignStmt,
      NodeKind::AssignStmt, NodeKind::AssignStmt,     NodeKind::IncDecStmt, NodeKind::IncDecStmt,
      NodeKind::SendStmt,   NodeKind::ExprStmt,       NodeKind::GoStmt,     NodeKind::DeferStmt,
      NodeKind::BlockStmt,  NodeKind::IfStmt,         NodeKind::SwitchStmt, NodeKind::SwitchStmt,
      NodeKind::DeclStmt,   NodeKind::TypeSwitchStmt, NodeKind::SelectStmt, NodeKind::ForStmt,
      NodeKind::ForStmt,    NodeKind::ForStmt,        NodeKind::RangeStmt,  NodeKind::RangeStmt,
      NodeKind::RangeStmt,  NodeKind::LabeledStmt,    NodeKind::BranchStmt, NodeKind::LabeledStmt};
  EXPECT_EQ(kinds, want);
  ASSERT_EQ(s.size(), want.size());

  EXPECT_EQ(s[3]->as<AssignStmt>()->tok, Token::Define);
  EXPECT_EQ(at(s[3]), "7:4");  // an assignment is at its operator, as in gc
  EXPECT_EQ(s[5]->as<AssignStmt>()->tok, Token::AddAssign);
  EXPECT_EQ(s[7]->as<IncDecStmt>()->tok, Token::Dec);
  EXPECT_EQ(s[9]->as<ExprStmt>()->x->as<UnaryExpr>()->op, Token::Arrow);

  auto* ifs = s[13]->as<IfStmt>();
  ASSERT_TRUE(ifs->else_ && ifs->else_->is<IfStmt>());
  auto* elseIf = ifs->else_->as<IfStmt>();
  EXPECT_TRUE(elseIf->init && elseIf->init->is<AssignStmt>());
  EXPECT_TRUE(elseIf->else_ && elseIf->else_->is<BlockStmt>());

  auto* sw = s[14]->as<SwitchStmt>();
  EXPECT_EQ(sw->tag, nullptr);
  ASSERT_EQ(sw->clauses.size(), 2u);
  EXPECT_EQ(sw->clauses[0]->list.size(), 2u);
  EXPECT_TRUE(sw->clauses[1]->isDefault);
  EXPECT_EQ(sw->clauses[0]->body[0]->as<BranchStmt>()->tok, Token::Fallthrough);
  auto* sw2 = s[15]->as<SwitchStmt>();
  EXPECT_TRUE(sw2->init && sw2->tag && sw2->tag->is<Ident>());

  auto* ts = s[17]->as<TypeSwitchStmt>();
  EXPECT_EQ(ts->binding->name, "v");
  EXPECT_EQ(ts->guard->type, nullptr);
  EXPECT_EQ(ts->clauses[1]->list[0]->as<Ident>()->name, "nil");

  auto* sel = s[18]->as<SelectStmt>();
  ASSERT_EQ(sel->clauses.size(), 5u);
  EXPECT_EQ(sel->clauses[0]->comm->as<AssignStmt>()->tok, Token::Define);
  EXPECT_EQ(sel->clauses[1]->comm->as<AssignStmt>()->lhs.size(), 2u);
  EXPECT_TRUE(sel->clauses[2]->comm->is<SendStmt>());
  EXPECT_TRUE(sel->clauses[3]->comm->is<ExprStmt>());
  EXPECT_EQ(sel->clauses[4]->comm, nullptr);

  EXPECT_TRUE(s[19]->as<ForStmt>()->cond == nullptr);
  EXPECT_TRUE(s[20]->as<ForStmt>()->cond->is<BinaryExpr>());
  auto* loop = s[21]->as<ForStmt>();
  EXPECT_TRUE(loop->init && loop->cond && loop->post && loop->post->is<IncDecStmt>());
  auto* r1 = s[22]->as<RangeStmt>();
  EXPECT_EQ(r1->tok, Token::Define);
  EXPECT_EQ(r1->key->as<Ident>()->name, "k");
  EXPECT_EQ(r1->value->as<Ident>()->name, "v");
  EXPECT_EQ(at(r1), "54:2");
  auto* r2 = s[23]->as<RangeStmt>();
  EXPECT_EQ(r2->tok, Token::None);
  EXPECT_EQ(r2->key, nullptr);
  EXPECT_EQ(s[24]->as<RangeStmt>()->tok, Token::Assign);

  auto* labeled = s[25]->as<LabeledStmt>();
  EXPECT_EQ(labeled->label->name, "Loop");
  auto* brk = labeled->stmt->as<ForStmt>()->body->stmts[0]->as<BranchStmt>();
  EXPECT_EQ(brk->tok, Token::Break);
  EXPECT_EQ(brk->label->name, "Loop");
  EXPECT_EQ(s[26]->as<BranchStmt>()->tok, Token::Goto);
  auto* ret = s[27]->as<LabeledStmt>()->stmt->as<ReturnStmt>();
  ASSERT_TRUE(ret);
  EXPECT_EQ(ret->results.size(), 2u);

  FuncDecl* fn = func(*f, 0);
  ASSERT_EQ(fn->type->params->list.size(), 3u);
  EXPECT_EQ(fn->type->params->list[0]->names[0]->name, "ch");
  EXPECT_EQ(fn->type->results->list.size(), 2u);
}

TEST(SyntaxParser, Generics) {
  auto f = parse(R"(package p

type Number interface {
	~int | ~float64
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func (p *Pair[K, V]) Swap() {}

var total = Sum[float64]([]float64{1, 2})
var pair = Pair[string, int]{"a", 1}
)");
  ASSERT_EQ(f->decls.size(), 6u);
  // The constraint: one unnamed element, a union of two ~terms.
  auto* number = f->decls[0]->as<GenDecl>()->specs[0]->as<TypeSpec>();
  auto* iface = number->type->as<InterfaceType>();
  ASSERT_TRUE(iface);
  ASSERT_EQ(iface->methods->list.size(), 1u);
  auto* unionExpr = iface->methods->list[0]->type->as<BinaryExpr>();
  ASSERT_TRUE(unionExpr);
  EXPECT_EQ(unionExpr->op, Token::Or);
  EXPECT_EQ(at(unionExpr), "4:7");
  EXPECT_EQ(unionExpr->x->as<UnaryExpr>()->op, Token::Tilde);
  EXPECT_EQ(unionExpr->y->as<UnaryExpr>()->x->as<Ident>()->name, "float64");

  auto* pair = f->decls[1]->as<GenDecl>()->specs[0]->as<TypeSpec>();
  ASSERT_TRUE(pair->typeParams);
  ASSERT_EQ(pair->typeParams->list.size(), 2u);
  EXPECT_EQ(pair->typeParams->list[0]->names[0]->name, "K");
  EXPECT_EQ(pair->typeParams->list[0]->type->as<Ident>()->name, "comparable");
  EXPECT_EQ(pair->typeParams->opening.col, 10);

  FuncDecl* sum = func(*f, 2);
  ASSERT_TRUE(sum->type->typeParams);
  EXPECT_EQ(sum->type->typeParams->list[0]->type->as<Ident>()->name, "Number");

  FuncDecl* swap = func(*f, 3);
  auto* recvType = swap->recv->list[0]->type->as<StarExpr>()->x->as<IndexExpr>();
  ASSERT_TRUE(recvType);
  EXPECT_EQ(recvType->indices.size(), 2u);

  // Sum[float64](...): an instantiation called; Pair[string, int]{...}.
  auto* total = f->decls[4]->as<GenDecl>()->specs[0]->as<ValueSpec>()->values[0]->as<CallExpr>();
  auto* inst = total->fun->as<IndexExpr>();
  ASSERT_TRUE(inst);
  EXPECT_EQ(inst->indices[0]->as<Ident>()->name, "float64");
  auto* lit = f->decls[5]->as<GenDecl>()->specs[0]->as<ValueSpec>()->values[0]->as<CompositeLit>();
  ASSERT_TRUE(lit);
  EXPECT_EQ(lit->type->as<IndexExpr>()->indices.size(), 2u);
  EXPECT_EQ(lit->elts.size(), 2u);
}

TEST(SyntaxParser, GenericTypeVersusArrayType) {
  // `type A [N]int` is an array; `type G[P any] int` has a type parameter.
  auto f = parse("package p\nconst N = 2\ntype A [N]int\ntype G[P any] int\ntype H[P *C] int\n");
  EXPECT_TRUE(f->decls[1]->as<GenDecl>()->specs[0]->as<TypeSpec>()->type->is<ArrayType>());
  EXPECT_TRUE(f->decls[2]->as<GenDecl>()->specs[0]->as<TypeSpec>()->typeParams);
  auto* h = f->decls[3]->as<GenDecl>()->specs[0]->as<TypeSpec>();
  ASSERT_TRUE(h->typeParams);
  EXPECT_TRUE(h->typeParams->list[0]->type->is<StarExpr>());
}

TEST(SyntaxParser, OperatorPrecedence) {
  auto f = parse("package p\nvar x = a + b*c << 2 == d || !e && f\n");
  auto* e = f->decls[0]->as<GenDecl>()->specs[0]->as<ValueSpec>()->values[0]->as<BinaryExpr>();
  ASSERT_TRUE(e);
  EXPECT_EQ(e->op, Token::LOr);
  auto* eq = e->x->as<BinaryExpr>();
  EXPECT_EQ(eq->op, Token::Eql);
  auto* add = eq->x->as<BinaryExpr>();
  EXPECT_EQ(add->op, Token::Add);
  auto* shl = add->y->as<BinaryExpr>();
  EXPECT_EQ(shl->op, Token::Shl);
  EXPECT_EQ(shl->x->as<BinaryExpr>()->op, Token::Mul);
  EXPECT_EQ(e->y->as<BinaryExpr>()->op, Token::LAnd);
  EXPECT_EQ(at(e), "2:27");  // a binary expression is at its operator
}

TEST(SyntaxParser, CompositeLiteralInHeaders) {
  // `if x == T{}` is a block after `x == T`; parentheses make it a literal.
  auto f = parse("package p\nfunc f() {\n\tif x == (T{}) {\n\t}\n\tfor _, v := range []int{1, 2} {\n\t}\n}\n");
  auto s = body(*f);
  auto* cond = s[0]->as<IfStmt>()->cond->as<BinaryExpr>();
  EXPECT_TRUE(cond->y->as<ParenExpr>()->x->is<CompositeLit>());
  EXPECT_TRUE(s[1]->as<RangeStmt>()->x->is<CompositeLit>());
}

TEST(SyntaxParser, TypesAsExpressions) {
  auto f = parse(
      "package p\nvar a = []byte(s)\nvar b = map[string][]int{}\nvar c = make(chan<- int)\n"
      "var d = (<-chan int)(nil)\nvar e = [...]int{1, 2}\nvar g = func(int) bool { return true }\n"
      "var h = struct{ x, y int }{1, 2}\nvar i = s[1:2:3]\nvar j = x.(interface{ M() })\n");
  auto value = [&](size_t i) { return f->decls[i]->as<GenDecl>()->specs[0]->as<ValueSpec>()->values[0]; };
  EXPECT_TRUE(value(0)->as<CallExpr>()->fun->is<ArrayType>());
  EXPECT_TRUE(value(1)->as<CompositeLit>()->type->is<MapType>());
  EXPECT_EQ(value(2)->as<CallExpr>()->args[0]->as<ChanType>()->dir, ChanDir::Send);
  auto* recv = value(3)->as<CallExpr>()->fun->as<ParenExpr>()->x->as<ChanType>();
  ASSERT_TRUE(recv);
  EXPECT_EQ(recv->dir, ChanDir::Recv);
  EXPECT_TRUE(value(4)->as<CompositeLit>()->type->as<ArrayType>()->len->is<Ellipsis>());
  EXPECT_TRUE(value(5)->is<FuncLit>());
  auto* st = value(6)->as<CompositeLit>()->type->as<StructType>();
  EXPECT_EQ(st->fields->list[0]->names.size(), 2u);
  auto* sl = value(7)->as<SliceExpr>();
  EXPECT_TRUE(sl->slice3 && sl->lo && sl->hi && sl->max);
  EXPECT_TRUE(value(8)->as<TypeAssertExpr>()->type->is<InterfaceType>());
}

TEST(SyntaxParser, DeclarationGroupsAndIota) {
  auto f = parse(
      "package p\nimport (\n\t\"fmt\"\n\tstr \"strings\"\n\t. \"math\"\n)\nconst (\n\tA = iota\n\tB\n\tC\n)\n"
      "var (\n\tx int\n\ty = 2\n)\ntype (\n\tT int\n\tU = T\n)\n");
  EXPECT_EQ(f->imports.size(), 3u);
  EXPECT_EQ(f->imports[1]->name->name, "str");
  EXPECT_EQ(f->imports[2]->name->name, ".");
  auto* consts = f->decls[1]->as<GenDecl>();
  EXPECT_TRUE(consts->grouped);
  EXPECT_EQ(consts->tok, Token::Const);
  ASSERT_EQ(consts->specs.size(), 3u);
  EXPECT_EQ(consts->specs[2]->as<ValueSpec>()->iota, 2);
  EXPECT_TRUE(consts->specs[2]->as<ValueSpec>()->values.empty());
  auto* types = f->decls[3]->as<GenDecl>();
  EXPECT_TRUE(types->specs[1]->as<TypeSpec>()->isAlias);
}

TEST(SyntaxParser, ParameterGrouping) {
  auto f = parse("package p\nfunc f(a, b int, c ...string) {}\nfunc g(int, string) (x, y int) { return }\n");
  auto* params = func(*f, 0)->type->params;
  ASSERT_EQ(params->list.size(), 2u);
  EXPECT_EQ(params->list[0]->names.size(), 2u);
  EXPECT_EQ(at(params->list[0]), "2:8");
  EXPECT_TRUE(params->list[1]->type->is<Ellipsis>());
  auto* g = func(*f, 1)->type;
  EXPECT_EQ(g->params->list.size(), 2u);
  EXPECT_TRUE(g->params->list[0]->names.empty());
  EXPECT_EQ(g->results->list[0]->names.size(), 2u);
}

TEST(SyntaxParser, LiteralsAreDecoded) {
  auto f = parse("package p\nvar a = \"a\\tb\\u00e9\"\nvar b = `x\\n`\nvar c = '\\n'\nvar d = '世'\nvar e = 1_000\n");
  auto lit = [&](size_t i) { return f->decls[i]->as<GenDecl>()->specs[0]->as<ValueSpec>()->values[0]->as<BasicLit>(); };
  EXPECT_EQ(lit(0)->bytes, "a\tb\xC3\xA9");
  EXPECT_EQ(lit(1)->bytes, "x\\n");
  EXPECT_EQ(lit(2)->rune, 10u);
  EXPECT_EQ(lit(3)->rune, 0x4E16u);
  EXPECT_EQ(lit(4)->litKind, LitKind::Int);
  EXPECT_EQ(lit(4)->text, "1_000");
}

TEST(SyntaxParser, DirectivesAboveFunctionsAndInTheFile) {
  auto f = parse(
      "//go:build linux\n\npackage p\n\n//go:noinline\nfunc a() {}\n\n// Doc comment.\n//go2cpp:native\n"
      "//go:nosplit\nfunc b() int\n\nfunc c() {}\n");
  ASSERT_EQ(f->decls.size(), 3u);
  EXPECT_EQ(func(*f, 0)->directives, std::vector<std::string>{"go:noinline"});
  EXPECT_EQ(func(*f, 1)->directives, (std::vector<std::string>{"go2cpp:native", "go:nosplit"}));
  EXPECT_EQ(func(*f, 1)->body, nullptr);
  EXPECT_TRUE(func(*f, 2)->directives.empty());
  ASSERT_EQ(f->directives.size(), 4u);
  EXPECT_EQ(f->directives[0].text, "go:build linux");
  EXPECT_EQ(at(&*f->decls[0]), "6:1");
  EXPECT_EQ(f->directives[2].pos.line, 9);
  EXPECT_EQ(f->directives[2].pos.col, 1);
}

// ---- errors -------------------------------------------------------------------

TEST(SyntaxParserErrors, BadFiles) {
  EXPECT_EQ(errorOf(""), "1:1: syntax error: package statement must be first");
  EXPECT_EQ(errorOf("hello world\n"), "1:1: syntax error: package statement must be first");
  EXPECT_EQ(errorOf("func main() {}\n"), "1:1: syntax error: package statement must be first");
  EXPECT_EQ(errorOf("package p\nvar s = \"a\xff\"\n"), "2:11: invalid UTF-8 encoding");
  EXPECT_EQ(errorOf("package p\n\xc3\n"), "2:1: invalid UTF-8 encoding");
}

TEST(SyntaxParserErrors, ColumnsCountBytes) {
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tvar é, ü = 1 2\n}\n"),
            "3:17: syntax error: unexpected literal 2 at end of statement");
  EXPECT_EQ(errorOf("package p\nvar s = \"日本語\" +\n"), "3:1: syntax error: unexpected EOF, expecting expression");
}

TEST(SyntaxParserErrors, GcsMessages) {
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tx := []int{1, 2\n\t}\n}\n"),
            "3:17: syntax error: unexpected newline in composite literal; possibly missing comma or }");
  EXPECT_EQ(errorOf("package p\nvar x = f(a,\n\tb\n)\n"),
            "3:3: syntax error: unexpected newline in argument list; possibly missing comma or )");
  EXPECT_EQ(errorOf("package p\nx := 1\n"), "2:1: syntax error: non-declaration statement outside function body");
  EXPECT_EQ(errorOf("package p\nimport \"fmt\"\nvar x = 1\nimport \"os\"\n"),
            "4:1: syntax error: non-declaration statement outside function body");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tif x {\n\t} else for {\n\t}\n}\n"),
            "4:9: syntax error: else must be followed by if or statement block");
  EXPECT_EQ(errorOf("package p\nfunc f()\n{\n}\n"), "3:1: syntax error: unexpected semicolon or newline before {");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tfor i := 0; i < 10; j := 1 {\n\t}\n}\n"),
            "3:24: syntax error: cannot declare in post statement of for loop");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tfor var i = 0; i < 10; i++ {\n\t}\n}\n"),
            "3:10: syntax error: var declaration not allowed in for initializer");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tx := 1 +\n}\n"), "4:1: syntax error: unexpected }, expecting expression");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tf(a b)\n}\n"),
            "3:6: syntax error: unexpected b in argument list; possibly missing comma or )");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tif x := 1 {\n\t}\n}\n"), "3:7: syntax error: cannot use x := 1 as value");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tswitch x {\n\tcase 1:\n\tcase 2\n\t}\n}\n"),
            "5:8: syntax error: unexpected newline, expecting :");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tx := 1\n\ty := 2 z := 3\n}\n"),
            "4:9: syntax error: unexpected z at end of statement");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tif x == 1 {\n\t}\n\telse {\n\t}\n}\n"),
            "5:2: syntax error: unexpected else, expecting }");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tfor i := range 10; i < 3; {\n\t}\n}\n"),
            "3:19: syntax error: unexpected semicolon, expecting { after for clause");
  EXPECT_EQ(errorOf("package p\ntype T interface {\n\tm() int\n\t~int | ~float64\n\tn(\n}\n"),
            "6:1: syntax error: unexpected }, expecting )");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\ta, b += 1, 2\n}\n"),
            "3:7: syntax error: unexpected +=, expecting := or = or comma");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tx[1 = 2\n}\n"), "3:6: syntax error: unexpected =, expecting comma, : or ]");
}

TEST(SyntaxParserErrors, CheckedByTheBuilder) {
  EXPECT_EQ(errorOf("package p\nfunc f(a int, b) {}\n"), "2:15: syntax error: mixed named and unnamed parameters");
  EXPECT_EQ(errorOf("package p\ntype T[P any] struct{}\nfunc (T[P]) m[Q any]() {}\n"),
            "3:14: syntax error: method must have no type parameters");
  EXPECT_EQ(errorOf("package p\nfunc (a, b T) f() {}\n"), "2:15: method has multiple receivers");
  EXPECT_EQ(errorOf("package p\nfunc () f() {}\n"), "2:9: method has no receiver");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tgo f\n}\n"), "3:5: expression in go must be function call");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tdefer (g())\n}\n"), "3:8: expression in defer must not be parenthesized");
  EXPECT_EQ(errorOf("package p\nvar x = a[1:2:]\n"), "2:15: final index required in 3-index slice");
}

// Forms gc's parser accepts with an error of its own, so that the message
// is gc's rather than "unexpected ...".
TEST(SyntaxParserErrors, AcceptedButComplainedAbout) {
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tif var x = 1; x > 0 {\n\t}\n}\n"),
            "3:9: syntax error: var declaration not allowed in if initializer");
  EXPECT_EQ(errorOf("package p\nfunc f(a ...) {}\n"), "2:13: syntax error: ... is missing type");
  EXPECT_EQ(errorOf("package p\nimport 42\n"), "2:10: syntax error: import path must be a string");
  EXPECT_EQ(errorOf("package p\ntype T struct {\n\t(int)\n}\n"), "3:2: syntax error: cannot parenthesize embedded type");
  EXPECT_EQ(errorOf("package p\ntype I interface {\n\tm[P any]()\n}\n"),
            "3:3: interface method must have no type parameters");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tfor i := range x; i < 3; {\n\t}\n}\n"),
            "3:18: syntax error: unexpected semicolon, expecting { after for clause");
}

TEST(SyntaxParserErrors, WhereGcsParserStood) {
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tswitch x; y\n\t{\n\t}\n}\n"),
            "3:13: syntax error: missing { after switch clause");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tfor x; {\n\t}\n}\n"),
            "3:9: syntax error: unexpected {, expecting for loop condition");
  EXPECT_EQ(errorOf("package p\ntype T\n"), "2:7: syntax error: unexpected newline in type declaration");
  EXPECT_EQ(errorOf("package p\nvar x = f..3\n"), "2:11: syntax error: unexpected literal .3, expecting name or (");
  EXPECT_EQ(errorOf("package p\nvar c chan\n"), "3:1: syntax error: missing channel element type");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tg(\n}\n"), "4:1: syntax error: unexpected }, expecting expression");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tfor {\n\tL:\n\t\t)\n\t}\n}\n"),
            "4:3: syntax error: missing statement after label");
  EXPECT_EQ(errorOf("package p\nvar x = func() {\n\tsend <-\n}\n"), "4:1: syntax error: unexpected }, expecting expression");
  EXPECT_EQ(errorOf("package p\nfunc f[]() {}\n"), "2:8: syntax error: empty type parameter list");
}

// gc reports errors in file order: an error the builder finds in an earlier
// declaration comes before a later syntax error.
TEST(SyntaxParserErrors, BuilderErrorsBeforeTheSyntaxErrorAreKept) {
  EXPECT_EQ(errorsOf("package p\nfunc f() {\n\tif c <- v {\n\t}\n}\nvar _ = c <- v\n"),
            "3:7: syntax error: cannot use c <- v as value\n6:11: syntax error: unexpected <- after top level declaration\n");
  EXPECT_EQ(errorOf("package p\nvar _ = c <- v\nfunc f() {\n\tif c <- v {\n\t}\n}\n"),
            "2:11: syntax error: unexpected <- after top level declaration");
}

// gc's parser goes on after the errors it finds itself: all are reported,
// in file order; a body with such an error gets no branch checks.
TEST(SyntaxParserErrors, EveryParseErrorIsReported) {
  EXPECT_EQ(errorsOf("package main\n\nfunc main() {\n\tvar s []int\n\t_ = s[1::2]\n\t_ = s[:1:]\nL:\n\tfor {\n"
                     "\t\tgoto M\n\t}\n\tvar y int\n\t_ = y\n\tcontinue\n}\n"),
            "5:10: middle index required in 3-index slice\n6:11: final index required in 3-index slice\n");
  EXPECT_EQ(errorsOf("package p\n\nfunc f() {\n\tcontinue\n\tgoto M\n}\n\nfunc g() {\n\tfor {\n\t\tbreak L\n\t}\n}\n"),
            "4:2: continue is not in a loop\n5:7: label M not defined\n10:9: break label not defined: L\n");
}

// gc's parser checks labels and branches of each function body
// (branches.go); positions inside messages name the file as given.
TEST(SyntaxParserErrors, BranchChecks) {
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tbreak\n}\n"), "3:2: break is not in a loop, switch, or select");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tcontinue\n}\n"), "3:2: continue is not in a loop");
  EXPECT_EQ(errorOf("package p\nfunc f() {\nL:\n\tfor {\n\t}\n}\n"), "3:1: label L defined and not used");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tgoto L\n\tx := 1\n\t_ = x\nL:\n}\n"),
            "3:7: goto L jumps over declaration of x at x.go:4:4");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tgoto L\n\t{\n\tL:\n\t}\n}\n"),
            "3:7: goto L jumps into block starting at x.go:4:2");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tgoto L\n}\n"), "3:7: label L not defined");
  EXPECT_EQ(errorOf("package p\nfunc f() {\nL:\n\tif true {\n\t\tbreak L\n\t}\n}\n"), "5:9: invalid break label L");
  EXPECT_EQ(errorOf("package p\nfunc f(x int) {\n\tswitch x {\n\tcase 1:\n\t\tfallthrough\n\t}\n}\n"),
            "5:3: cannot fallthrough final case in switch");
  EXPECT_EQ(errorOf("package p\nfunc f(x any) {\n\tswitch x.(type) {\n\tcase int:\n\t\tfallthrough\n\tdefault:\n\t}\n}\n"),
            "5:3: cannot fallthrough in type switch");
  EXPECT_EQ(errorOf("package p\nfunc f() {\n\tfor {\n\t\tcontinue M\n\t}\n}\n"), "4:12: continue label not defined: M");
  // A closure is a function body of its own: the label is not visible in it.
  EXPECT_EQ(errorsOf("package p\nfunc f() {\nL:\n\tfor {\n\t\tfunc() {\n\t\t\tbreak L\n\t\t}()\n\t}\n}\n"),
            "3:1: label L defined and not used\n6:10: break label not defined: L\n");
  EXPECT_EQ(errorsOf("package p\nfunc f() {\nL:\n\tfor {\n\t\tbreak L\n\t}\nL:\n\tfor {\n\t\tbreak L\n\t}\n}\n"),
            "7:1: label L already defined at x.go:3:1\n9:9: invalid break label L\n");
  EXPECT_EQ(errorOf("package p\nfunc f(x int) {\n\tswitch x {\n\tcase 0:\n\tL:\n\tcase 1:\n\t}\n}\n"),
            "5:3: syntax error: missing statement after label");
  parse("package p\nfunc f(x int) {\nL:\n\tfor {\n\t\tswitch x {\n\t\tcase 1:\n\t\t\tfallthrough\n\t\tcase 2:\n"
        "\t\t\tcontinue L\n\t\tdefault:\n\t\t\tbreak L\n\t\t}\n\t}\n\tgoto M\nM:\n}\n");
}

// What gc's parser accepts and its checker rejects parses here too: the
// checker reports it.
TEST(SyntaxParserErrors, CheckerErrorsAreNotSyntaxErrors) {
  auto f = parse(
      "package _\nimport \"\"\nconst x int\nfunc f() {\n\tvar _ = x.(type)\n\tselect {\n\tcase x + 1:\n\t}\n"
      "\tfor a, b, c := range x {\n\t}\n}\n");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->packageName->name, "_");
  auto* range = body(*f)[2]->as<RangeStmt>();
  ASSERT_TRUE(range);
  ASSERT_EQ(range->extraVars.size(), 1u);
  EXPECT_EQ(range->extraVars[0]->as<Ident>()->name, "c");
}

}  // namespace
