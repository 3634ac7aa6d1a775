// emit::package on a checked program: the files it returns, what they hold,
// and the unsupported-construct diagnostic.
//
// The ASTs are built by hand here, so that these tests depend only on the
// checker and the printer, not on the parser.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "emit/emit.hpp"
#include "syntax/parse.hpp"
#include "types/check.hpp"

namespace {

using namespace syntax;

// Builds AST nodes at given lines of one file.
struct Builder {
  std::unique_ptr<File> file;
  explicit Builder(const std::string& path) {
    file = std::make_unique<File>();
    file->path = path;
    file->pos = at(1);
  }
  Pos at(int line) const { return Pos{diag::internFile(file->path), line, 1}; }

  Ident* id(int line, const std::string& name) {
    auto* n = file->make<Ident>(at(line));
    n->name = name;
    return n;
  }
  BasicLit* intLit(int line, const std::string& text) {
    auto* n = file->make<BasicLit>(at(line));
    n->litKind = LitKind::Int;
    n->text = text;
    return n;
  }
  BasicLit* str(int line, const std::string& bytes) {
    auto* n = file->make<BasicLit>(at(line));
    n->litKind = LitKind::String;
    n->text = "\"" + bytes + "\"";
    n->bytes = bytes;
    return n;
  }
  BinaryExpr* bin(int line, Expr* x, Token op, Expr* y) {
    auto* n = file->make<BinaryExpr>(at(line));
    n->x = x;
    n->op = op;
    n->y = y;
    return n;
  }
  CallExpr* call(int line, Expr* fun, std::vector<Expr*> args) {
    auto* n = file->make<CallExpr>(at(line));
    n->fun = fun;
    n->args = std::move(args);
    return n;
  }
  SelectorExpr* sel(int line, const std::string& x, const std::string& name) {
    auto* n = file->make<SelectorExpr>(at(line));
    n->x = id(line, x);
    n->sel = id(line, name);
    return n;
  }
  Field* field(int line, std::vector<std::string> names, Expr* type) {
    auto* f = file->make<Field>(at(line));
    for (const auto& n : names) f->names.push_back(id(line, n));
    f->type = type;
    return f;
  }
  FieldList* fields(int line, std::vector<Field*> list) {
    auto* l = file->make<FieldList>(at(line));
    l->list = std::move(list);
    return l;
  }
  BlockStmt* block(int line, int close, std::vector<Stmt*> stmts) {
    auto* b = file->make<BlockStmt>(at(line));
    b->stmts = std::move(stmts);
    b->rbrace = at(close);
    return b;
  }
  FuncDecl* func(int line, const std::string& name, FieldList* params, FieldList* results, BlockStmt* body) {
    auto* d = file->make<FuncDecl>(at(line));
    d->name = id(line, name);
    d->type = file->make<FuncType>(at(line));
    d->type->params = params;
    d->type->results = results;
    d->body = body;
    file->decls.push_back(d);
    return d;
  }
  AssignStmt* assign(int line, std::vector<Expr*> lhs, Token tok, std::vector<Expr*> rhs) {
    auto* s = file->make<AssignStmt>(at(line));
    s->lhs = std::move(lhs);
    s->tok = tok;
    s->rhs = std::move(rhs);
    return s;
  }
  ExprStmt* exprStmt(int line, Expr* x) {
    auto* s = file->make<ExprStmt>(at(line));
    s->x = x;
    return s;
  }
  void import(int line, const std::string& path) {
    auto* spec = file->make<ImportSpec>(at(line));
    spec->path = str(line, path);
    auto* d = file->make<GenDecl>(at(line));
    d->tok = Token::Import;
    d->specs.push_back(spec);
    file->imports.push_back(spec);
    file->decls.push_back(d);
  }
};

// package fmt; //go2cpp:native func Println(a ...any) (n int, err error)
std::unique_ptr<File> fmtPackage() {
  Builder b("fmt.go");
  b.file->packageName = b.id(1, "fmt");
  auto* variadic = b.file->make<Ellipsis>(b.at(3));
  variadic->elt = b.id(3, "any");
  FuncDecl* f = b.func(3, "Println", b.fields(3, {b.field(3, {"a"}, variadic)}),
                       b.fields(3, {b.field(3, {"n"}, b.id(3, "int")), b.field(3, {"err"}, b.id(3, "error"))}), nullptr);
  f->directives.push_back("go2cpp:native");
  return std::move(b.file);
}

struct Emitted {
  std::unique_ptr<File> fmt, prog;
  std::unique_ptr<types::Context> ctx;
  diag::Diagnostics diags;
  std::vector<emit::File> files;
  std::string text(const std::string& name) const {
    for (const auto& f : files)
      if (f.name == name) return f.text;
    return "<no file " + name + ">";
  }
};

std::unique_ptr<Emitted> emitProgram(std::unique_ptr<File> prog, bool lineDirectives) {
  auto e = std::make_unique<Emitted>();
  e->fmt = fmtPackage();
  e->prog = std::move(prog);
  File* fmtFile = e->fmt.get();
  e->ctx = std::make_unique<types::Context>([fmtFile](const std::string& path, diag::Pos at, diag::Diagnostics& d) {
    if (path == "fmt") return types::Context::Loaded{path, {fmtFile}};
    d.error(at, "package " + path + " is not supported by go2cpp yet");
    return types::Context::Loaded{};
  });
  types::CheckedPackage* pkg = types::check(*e->ctx, "main", {e->prog.get()}, e->diags);
  if (e->diags.hasErrors()) return e;
  emit::Options opts;
  opts.lineDirectives = lineDirectives;
  e->files = emit::package(*pkg, opts, e->diags);
  // EMIT_TEST_DUMP=dir keeps the output, to compile it by hand.
  if (const char* dir = std::getenv("EMIT_TEST_DUMP"))
    for (const auto& f : e->files) std::ofstream(std::string(dir) + "/" + f.name) << f.text;
  return e;
}

//  1 package main
//  2
//  3 import "fmt"
//  4
//  5 func divmod(a, b int) (int, int) {
//  6 	return a / b, a % b
//  7 }
//  8
//  9 var total = 6 * 7
// 10
// 11 func main() {
// 12 	q, r := divmod(17, 5)
// 13 	total += q - r
// 14 	fmt.Println("total", total)
// 15 }
std::unique_ptr<File> divmodProgram() {
  Builder b("prog.go");
  b.file->packageName = b.id(1, "main");
  b.import(3, "fmt");
  auto* ret = b.file->make<ReturnStmt>(b.at(6));
  ret->results = {b.bin(6, b.id(6, "a"), Token::Quo, b.id(6, "b")), b.bin(6, b.id(6, "a"), Token::Rem, b.id(6, "b"))};
  b.func(5, "divmod", b.fields(5, {b.field(5, {"a", "b"}, b.id(5, "int"))}),
         b.fields(5, {b.field(5, {}, b.id(5, "int")), b.field(5, {}, b.id(5, "int"))}), b.block(5, 7, {ret}));
  auto* var = b.file->make<GenDecl>(b.at(9));
  auto* spec = b.file->make<ValueSpec>(b.at(9));
  spec->names = {b.id(9, "total")};
  spec->values = {b.bin(9, b.intLit(9, "6"), Token::Mul, b.intLit(9, "7"))};
  var->specs = {spec};
  b.file->decls.push_back(var);
  b.func(11, "main", b.fields(11, {}), nullptr,
         b.block(11, 15,
                 {b.assign(12, {b.id(12, "q"), b.id(12, "r")}, Token::Define,
                           {b.call(12, b.id(12, "divmod"), {b.intLit(12, "17"), b.intLit(12, "5")})}),
                  b.assign(13, {b.id(13, "total")}, Token::AddAssign, {b.bin(13, b.id(13, "q"), Token::Sub, b.id(13, "r"))}),
                  b.exprStmt(14, b.call(14, b.sel(14, "fmt", "Println"), {b.str(14, "total"), b.id(14, "total")}))}));
  return std::move(b.file);
}

TEST(EmitPackage, OneHeaderAndOneSourcePerFile) {
  auto e = emitProgram(divmodProgram(), true);
  ASSERT_FALSE(e->diags.hasErrors()) << e->diags.formatted()[0];
  ASSERT_EQ(e->files.size(), 2u);
  EXPECT_EQ(e->files[0].name, "main.pkg.hpp");
  EXPECT_EQ(e->files[1].name, "prog.go.cpp");
}

TEST(EmitPackage, HeaderDeclaresVariablesAndPrototypes) {
  auto e = emitProgram(divmodProgram(), false);
  ASSERT_FALSE(e->diags.hasErrors()) << e->diags.formatted()[0];
  std::string h = e->text("main.pkg.hpp");
  EXPECT_NE(h.find("#include \"go/runtime.hpp\""), std::string::npos) << h;
  EXPECT_NE(h.find("#include \"fmt/fmt.hpp\""), std::string::npos) << h;
  EXPECT_NE(h.find("namespace main_ {"), std::string::npos) << h;
  EXPECT_NE(h.find("extern go::int_ total;"), std::string::npos) << h;
  EXPECT_NE(h.find("std::tuple<go::int_, go::int_> divmod(go::int_ a, go::int_ b);"), std::string::npos) << h;
  EXPECT_NE(h.find("void main();"), std::string::npos) << h;
  EXPECT_NE(h.find("void init_package();"), std::string::npos) << h;
}

TEST(EmitPackage, BodiesKeepGoSemantics) {
  auto e = emitProgram(divmodProgram(), false);
  ASSERT_FALSE(e->diags.hasErrors()) << e->diags.formatted()[0];
  std::string s = e->text("prog.go.cpp");
  // Division by a variable goes through the runtime (divide-by-zero panic).
  EXPECT_NE(s.find("return {go::div(a, b), go::rem(a, b)};"), std::string::npos) << s;
  // a, b := f(): declared with their Go types, then unpacked.
  EXPECT_NE(s.find("go::int_ q{}, r{}; "), std::string::npos) << s;
  EXPECT_NE(s.find("std::tie(q, r) = divmod(17, 5);"), std::string::npos) << s;
  EXPECT_NE(s.find("total += q - r;"), std::string::npos) << s;
  // Native functions get their arguments in their own types.
  EXPECT_NE(s.find("fmt::Println(go::string(\"total\"), total);"), std::string::npos) << s;
  // Package variables are initialized in init_package, folded constants as
  // values (bare where C++ knows the type, typed where a template deduces it).
  EXPECT_NE(s.find("go::int_ total{};"), std::string::npos) << s;
  EXPECT_NE(s.find("total = 42;"), std::string::npos) << s;
  EXPECT_NE(s.find("go::run_main(argc, argv, &main_::init_package, &main_::main)"), std::string::npos) << s;
}

TEST(EmitPackage, LineDirectivesNameTheGoFile) {
  auto e = emitProgram(divmodProgram(), true);
  ASSERT_FALSE(e->diags.hasErrors()) << e->diags.formatted()[0];
  std::string s = e->text("prog.go.cpp");
  EXPECT_NE(s.find("#line 5 \"prog.go\"\nstd::tuple<go::int_, go::int_> divmod(go::int_ a, go::int_ b) {\n"
                   "  return {go::div(a, b), go::rem(a, b)};\n}"),
            std::string::npos)
      << s;
  // Go lines 11 to 14 map one to one: no directive after the first (the
  // declarations and the unpacking of line 12 share one C++ line).
  EXPECT_NE(s.find("#line 11 \"prog.go\"\nvoid main() {\n  go::int_ q{}, r{}; std::tie(q, r) = divmod(17, 5);\n"
                   "  total += q - r;\n  fmt::Println"),
            std::string::npos)
      << s;
}

TEST(EmitPackage, UnsupportedConstructsAreReportedNotPrinted) {
  // An interface type with methods declared in a generic function is
  // valid Go the printer does not translate yet: a diagnostic names it.
  diag::Diagnostics parseDiags;
  auto prog = syntax::parseSource("localiface.go",
                                  "package main\n"
                                  "\n"
                                  "func f[T any]() {\n"
                                  "\ttype I interface{ M() T }\n"
                                  "\tvar i I\n"
                                  "\t_ = i\n"
                                  "}\n"
                                  "\n"
                                  "func main() { f[int]() }\n",
                                  parseDiags);
  ASSERT_TRUE(prog && !parseDiags.hasErrors());
  auto e = emitProgram(std::move(prog), true);
  ASSERT_TRUE(e->diags.hasErrors());
  EXPECT_EQ(e->diags.formatted()[0],
            "localiface.go:4:7: go2cpp does not support interface types with methods declared in generic functions yet");
}

}  // namespace
