// The abstract syntax tree: the spine every stage reads.
//
// The shape follows go/ast: expressions (types are expressions too, as in Go,
// since `[]T{...}`, `T(x)` and `F[int]` parse before we know what is a type),
// statements, and declarations. syntax::parseFile builds it from the ANTLR
// parse tree and drops that tree; no node refers to ANTLR.
//
// Ownership: a File owns every node of its tree (an arena of unique_ptrs);
// nodes point at each other with raw pointers. Later stages never modify the
// tree: they record what they decide in side tables keyed by node address.
// Dispatch is by `kind` (a switch and a static_cast via `as<T>()`), which
// keeps each pass's code in the pass instead of in virtual methods here.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "diag/diag.hpp"

namespace syntax {

using diag::Pos;

// Operators and the few keywords that statements carry as data.
enum class Token {
  None,
  // binary and unary operators
  Add, Sub, Mul, Quo, Rem,            // + - * / %
  And, Or, Xor, Shl, Shr, AndNot,     // & | ^ << >> &^
  LAnd, LOr, Arrow, Inc, Dec,         // && || <- ++ --
  Eql, Lss, Gtr, Not, Neq, Leq, Geq,  // == < > ! != <= >=
  Tilde,                              // ~ (constraint elements)
  // assignment
  Assign, Define,                     // = :=
  AddAssign, SubAssign, MulAssign, QuoAssign, RemAssign,
  AndAssign, OrAssign, XorAssign, ShlAssign, ShrAssign, AndNotAssign,
  // keywords used as statement data
  Break, Continue, Goto, Fallthrough,
  Import, Const, Type, Var,
};

const char* tokenString(Token t);      // "+", "&^=", "break", ...
Token binaryOpOfAssign(Token assign);  // AddAssign -> Add; None if not an op-assign

enum class NodeKind {
  // expressions
  BadExpr, Ident, BasicLit, CompositeLit, KeyValueExpr, FuncLit, ParenExpr,
  SelectorExpr, IndexExpr, SliceExpr, TypeAssertExpr, CallExpr, StarExpr,
  UnaryExpr, BinaryExpr,
  // type expressions
  ArrayType, StructType, FuncType, InterfaceType, MapType, ChanType, Ellipsis,
  // other
  Field, FieldList,
  // statements
  BadStmt, DeclStmt, EmptyStmt, LabeledStmt, ExprStmt, SendStmt, IncDecStmt,
  AssignStmt, GoStmt, DeferStmt, ReturnStmt, BranchStmt, BlockStmt, IfStmt,
  CaseClause, SwitchStmt, TypeSwitchStmt, CommClause, SelectStmt, ForStmt,
  RangeStmt,
  // declarations
  ImportSpec, ValueSpec, TypeSpec, GenDecl, FuncDecl,
  File,
};

struct Node {
  NodeKind kind;
  Pos pos;  // where the construct starts (for operators: the operator, as gc)
  explicit Node(NodeKind k) : kind(k) {}
  virtual ~Node() = default;

  template <class T> T* as() { return kind == T::Kind ? static_cast<T*>(this) : nullptr; }
  template <class T> const T* as() const { return kind == T::Kind ? static_cast<const T*>(this) : nullptr; }
  template <class T> bool is() const { return kind == T::Kind; }
};

struct Expr : Node { using Node::Node; };
struct Stmt : Node { using Node::Node; };
struct Decl : Node { using Node::Node; };
struct Spec : Node { using Node::Node; };
struct BlockStmt;
struct FuncType;
struct FieldList;
struct BasicLit;
struct GenDecl;

#define SYNTAX_NODE(Name, Base)                   \
  static constexpr NodeKind Kind = NodeKind::Name; \
  Name() : Base(Kind) {}

// ---- expressions ----------------------------------------------------------

// Stands where a subtree could not be built (after an error), so that a tree
// with errors is still a well-formed tree.
struct BadExpr : Expr { SYNTAX_NODE(BadExpr, Expr) };

struct Ident : Expr {
  SYNTAX_NODE(Ident, Expr)
  std::string name;  // "_" for the blank identifier
};

enum class LitKind { Int, Float, Imag, Rune, String };

struct BasicLit : Expr {
  SYNTAX_NODE(BasicLit, Expr)
  LitKind litKind = LitKind::Int;
  std::string text;   // exactly as written, quotes and underscores included
  std::string bytes;  // String: the decoded bytes (escapes resolved, raw strings without \r)
  uint32_t rune = 0;  // Rune: the decoded code point (or byte value for \x / octal escapes)
};

// T{elts} or, inside another composite literal, {elts} with type elided.
struct CompositeLit : Expr {
  SYNTAX_NODE(CompositeLit, Expr)
  Expr* type = nullptr;  // nullptr when elided
  std::vector<Expr*> elts;
  Pos lbrace, rbrace;
};

struct KeyValueExpr : Expr {  // key: value inside a composite literal
  SYNTAX_NODE(KeyValueExpr, Expr)
  Expr* key = nullptr;
  Expr* value = nullptr;
};

struct FuncLit : Expr {
  SYNTAX_NODE(FuncLit, Expr)
  FuncType* type = nullptr;
  BlockStmt* body = nullptr;
};

struct ParenExpr : Expr {
  SYNTAX_NODE(ParenExpr, Expr)
  Expr* x = nullptr;
};

// e without the parentheses around it (null stays null).
inline const Expr* unparen(const Expr* e) {
  while (e && e->is<ParenExpr>()) e = e->as<ParenExpr>()->x;
  return e;
}

// Whether e is the blank identifier, parenthesized or not: (_) = 0.
inline bool isBlank(const Expr* e) {
  const Ident* id = (e = unparen(e)) ? e->as<Ident>() : nullptr;
  return id && id->name == "_";
}

struct SelectorExpr : Expr {  // x.sel
  SYNTAX_NODE(SelectorExpr, Expr)
  Expr* x = nullptr;
  Ident* sel = nullptr;
};

// x[i], or a generic instantiation x[T1, T2] (several indices).
struct IndexExpr : Expr {
  SYNTAX_NODE(IndexExpr, Expr)
  Expr* x = nullptr;
  std::vector<Expr*> indices;
  Pos lbrack;
};

struct SliceExpr : Expr {  // x[lo:hi] or x[lo:hi:max]
  SYNTAX_NODE(SliceExpr, Expr)
  Expr* x = nullptr;
  Expr* lo = nullptr;
  Expr* hi = nullptr;
  Expr* max = nullptr;
  bool slice3 = false;
  Pos lbrack, rbrack;
};

struct TypeAssertExpr : Expr {  // x.(T); type == nullptr for x.(type)
  SYNTAX_NODE(TypeAssertExpr, Expr)
  Expr* x = nullptr;
  Expr* type = nullptr;
};

struct CallExpr : Expr {  // fun(args) or fun(args...); also conversions T(x)
  SYNTAX_NODE(CallExpr, Expr)
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  bool hasEllipsis = false;
  Pos lparen, ellipsis, rparen;
};

struct StarExpr : Expr {  // *x: dereference or pointer type
  SYNTAX_NODE(StarExpr, Expr)
  Expr* x = nullptr;
};

struct UnaryExpr : Expr {  // op x for + - ! ^ & <- (and ~ in constraints)
  SYNTAX_NODE(UnaryExpr, Expr)
  Token op = Token::None;
  Expr* x = nullptr;
};

struct BinaryExpr : Expr {  // x op y; pos is the operator's position (as gc reports)
  SYNTAX_NODE(BinaryExpr, Expr)
  Token op = Token::None;
  Expr* x = nullptr;
  Expr* y = nullptr;
};

// ---- type expressions ------------------------------------------------------

// [len]elem, []elem (len == nullptr), [...]elem (len is an Ellipsis).
struct ArrayType : Expr {
  SYNTAX_NODE(ArrayType, Expr)
  Expr* len = nullptr;
  Expr* elem = nullptr;
};

// A field, parameter, result, method or embedded element.
// names is empty for an embedded field, an unnamed parameter or an
// interface's embedded/type-set element.
struct Field : Node {
  SYNTAX_NODE(Field, Node)
  std::vector<Ident*> names;
  Expr* type = nullptr;        // for interface methods: a FuncType
  BasicLit* tag = nullptr;     // struct field tag
};

struct FieldList : Node {
  SYNTAX_NODE(FieldList, Node)
  std::vector<Field*> list;
  Pos opening, closing;
};

struct StructType : Expr {
  SYNTAX_NODE(StructType, Expr)
  FieldList* fields = nullptr;
};

struct FuncType : Expr {
  SYNTAX_NODE(FuncType, Expr)
  FieldList* typeParams = nullptr;  // generic functions only
  FieldList* params = nullptr;      // never null
  FieldList* results = nullptr;     // may be null
};

// Methods are Fields with names and a FuncType; embedded interfaces and
// type-set terms (int | ~string) are unnamed Fields whose type is the term
// expression (a BinaryExpr with op Or for unions, UnaryExpr Tilde for ~T).
struct InterfaceType : Expr {
  SYNTAX_NODE(InterfaceType, Expr)
  FieldList* methods = nullptr;
};

struct MapType : Expr {
  SYNTAX_NODE(MapType, Expr)
  Expr* key = nullptr;
  Expr* value = nullptr;
};

enum class ChanDir { Both, Send, Recv };

struct ChanType : Expr {
  SYNTAX_NODE(ChanType, Expr)
  ChanDir dir = ChanDir::Both;
  Expr* value = nullptr;
};

// `...T` as a variadic parameter type, or `...` as an array length.
struct Ellipsis : Expr {
  SYNTAX_NODE(Ellipsis, Expr)
  Expr* elt = nullptr;  // nullptr in [...]T
};

// ---- statements -------------------------------------------------------------

struct BadStmt : Stmt { SYNTAX_NODE(BadStmt, Stmt) };

struct DeclStmt : Stmt {  // const/type/var inside a function
  SYNTAX_NODE(DeclStmt, Stmt)
  GenDecl* decl = nullptr;
};

struct EmptyStmt : Stmt {
  SYNTAX_NODE(EmptyStmt, Stmt)
  bool implicit = false;  // true for an automatic ';'
};

struct LabeledStmt : Stmt {
  SYNTAX_NODE(LabeledStmt, Stmt)
  Ident* label = nullptr;
  Stmt* stmt = nullptr;
};

struct ExprStmt : Stmt {
  SYNTAX_NODE(ExprStmt, Stmt)
  Expr* x = nullptr;
};

struct SendStmt : Stmt {  // chan <- value
  SYNTAX_NODE(SendStmt, Stmt)
  Expr* chan = nullptr;
  Expr* value = nullptr;
};

struct IncDecStmt : Stmt {
  SYNTAX_NODE(IncDecStmt, Stmt)
  Expr* x = nullptr;
  Token tok = Token::Inc;  // Inc or Dec
};

struct AssignStmt : Stmt {  // lhs tok rhs, tok one of = := += -= ...
  SYNTAX_NODE(AssignStmt, Stmt)
  std::vector<Expr*> lhs;
  Token tok = Token::Assign;
  std::vector<Expr*> rhs;
};

struct GoStmt : Stmt {
  SYNTAX_NODE(GoStmt, Stmt)
  CallExpr* call = nullptr;
};

struct DeferStmt : Stmt {
  SYNTAX_NODE(DeferStmt, Stmt)
  CallExpr* call = nullptr;
};

struct ReturnStmt : Stmt {
  SYNTAX_NODE(ReturnStmt, Stmt)
  std::vector<Expr*> results;
};

struct BranchStmt : Stmt {  // break, continue, goto, fallthrough
  SYNTAX_NODE(BranchStmt, Stmt)
  Token tok = Token::Break;
  Ident* label = nullptr;
};

struct BlockStmt : Stmt {
  SYNTAX_NODE(BlockStmt, Stmt)
  std::vector<Stmt*> stmts;
  Pos rbrace;
};

struct IfStmt : Stmt {
  SYNTAX_NODE(IfStmt, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* body = nullptr;
  Stmt* else_ = nullptr;  // IfStmt or BlockStmt
};

// A case of an expression or type switch; list is empty for default.
struct CaseClause : Stmt {
  SYNTAX_NODE(CaseClause, Stmt)
  std::vector<Expr*> list;
  bool isDefault = false;
  std::vector<Stmt*> body;
  Pos colon;
};

struct SwitchStmt : Stmt {
  SYNTAX_NODE(SwitchStmt, Stmt)
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // nullptr for `switch {`
  std::vector<CaseClause*> clauses;
  Pos lbrace, rbrace;
};

// switch [init;] [x :=] y.(type) { ... }
struct TypeSwitchStmt : Stmt {
  SYNTAX_NODE(TypeSwitchStmt, Stmt)
  Stmt* init = nullptr;
  Ident* binding = nullptr;     // x in `x := y.(type)`, else nullptr
  TypeAssertExpr* guard = nullptr;  // y.(type)
  std::vector<CaseClause*> clauses;  // list holds type expressions (Ident "nil" for nil)
  Pos lbrace, rbrace;
};

// A case of a select: comm is a SendStmt, an ExprStmt (<-c), or an
// AssignStmt (v[, ok] = / := <-c); nullptr for default.
struct CommClause : Stmt {
  SYNTAX_NODE(CommClause, Stmt)
  Stmt* comm = nullptr;
  std::vector<Stmt*> body;
  Pos colon;
};

struct SelectStmt : Stmt {
  SYNTAX_NODE(SelectStmt, Stmt)
  std::vector<CommClause*> clauses;
  Pos lbrace, rbrace;
};

struct ForStmt : Stmt {
  SYNTAX_NODE(ForStmt, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
};

// for key, value := range x / for key = range x / for range x
struct RangeStmt : Stmt {
  SYNTAX_NODE(RangeStmt, Stmt)
  Expr* key = nullptr;
  Expr* value = nullptr;
  Token tok = Token::None;  // Define, Assign, or None when there are no variables
  std::vector<Expr*> extraVars;  // variables after the second: an error the checker reports
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
};

// ---- declarations -----------------------------------------------------------

struct ImportSpec : Spec {
  SYNTAX_NODE(ImportSpec, Spec)
  Ident* name = nullptr;  // nullptr, or "_" / "." / a renaming
  BasicLit* path = nullptr;
};

// const/var spec. For consts, an omitted type and value list repeats the
// previous spec's (the builder leaves them null; types handles the repeat),
// and iota is the spec's index in its group.
struct ValueSpec : Spec {
  SYNTAX_NODE(ValueSpec, Spec)
  std::vector<Ident*> names;
  Expr* type = nullptr;
  std::vector<Expr*> values;
  int iota = 0;
};

struct TypeSpec : Spec {
  SYNTAX_NODE(TypeSpec, Spec)
  Ident* name = nullptr;
  FieldList* typeParams = nullptr;
  bool isAlias = false;  // type A = B
  Expr* type = nullptr;
};

struct GenDecl : Decl {  // import, const, type or var, grouped or not
  SYNTAX_NODE(GenDecl, Decl)
  Token tok = Token::Var;
  std::vector<Spec*> specs;
  bool grouped = false;
};

struct FuncDecl : Decl {
  SYNTAX_NODE(FuncDecl, Decl)
  FieldList* recv = nullptr;  // methods only
  Ident* name = nullptr;
  FuncType* type = nullptr;   // type->typeParams for generic functions
  BlockStmt* body = nullptr;  // nullptr for a declaration without body
  std::vector<std::string> directives;  // //go: and //go2cpp: lines just above it
};

// A comment line of the form //go:xxx or //go2cpp:xxx, kept for later stages.
struct Directive {
  Pos pos;
  std::string text;  // without the leading "//"
};

struct File : Node {
  SYNTAX_NODE(File, Node)
  std::string path;          // as given on the command line
  Ident* packageName = nullptr;
  std::vector<ImportSpec*> imports;  // also reachable through decls
  std::vector<Decl*> decls;
  std::vector<Directive> directives;

  // The arena: every node of this file. make<T>() is the only way nodes are made.
  template <class T> T* make(Pos p) {
    auto node = std::make_unique<T>();
    node->pos = p;
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }
  size_t nodeCount() const { return nodes_.size(); }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

#undef SYNTAX_NODE

}  // namespace syntax
