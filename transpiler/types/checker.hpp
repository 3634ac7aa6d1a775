// The Checker: the state of checking one package, shared by the files of
// this folder (one file per concern, as go/types: decl, typexpr, expr, call,
// assign, stmt). Not part of the stage's interface: other stages see only
// check.hpp and info.hpp.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "types/check.hpp"

namespace types {

struct Operand {
  Mode mode = Mode::Invalid;
  const syntax::Expr* expr = nullptr;
  Type* type = nullptr;
  Constant val;
  Object* builtin = nullptr;  // mode Builtin
  // A generic function given only some type arguments (F[int] of F[K, V]):
  // the call infers the rest.
  std::vector<Type*> partialTypeArgs;
  const syntax::Expr* genericAt = nullptr;

  bool invalid() const { return mode == Mode::Invalid; }
};

// What a package-level object needs before checking: its declaration.
struct DeclInfo {
  const syntax::File* file = nullptr;
  Scope* fileScope = nullptr;
  const syntax::ValueSpec* valueSpec = nullptr;  // const or var
  std::vector<Object*> lhs;                     // var a, b = f(): all share one DeclInfo
  const syntax::Expr* typeExpr = nullptr;
  const syntax::Expr* init = nullptr;           // the single initializer of this object (or of lhs)
  int iota = 0;
  const syntax::TypeSpec* typeSpec = nullptr;
  const syntax::FuncDecl* funcDecl = nullptr;
  std::set<Object*> deps;  // package-level vars and funcs referenced (for init order)
};

class Checker {
 public:
  Checker(Context& ctx, CheckedPackage& out, diag::Diagnostics& diags);
  void checkFiles();
  void runDelayed();
  std::string genericTypeString(const Named* n);  // "List[T any]"

  // ---- errors (gc's wording lives at each call site)
  void error(diag::Pos pos, const std::string& msg);
  std::string exprString(const syntax::Expr* e) const;     // "x + y", as gc prints it
  std::string operandString(const Operand& x) const;       // "x (variable of type int)"

  // ---- decl.cpp: package-level objects
  void collectObjects();
  void objDecl(Object* obj);
  void constDecl(Object* obj, const syntax::Expr* typ, const syntax::Expr* init, int iota);
  void varDecl(Object* obj, const std::vector<Object*>& lhs, const syntax::Expr* typ, const syntax::Expr* init);
  void typeDecl(Object* obj, const syntax::TypeSpec* spec);
  bool containsByValue(Type* t, Named* target);
  void setUnderlying(Named* named, Type* under);
  std::map<Named*, Named*> waitingFor;  // type T2 T1: T2 waits for T1's underlying type
  void funcDecl(Object* obj, const syntax::FuncDecl* decl);
  void localDecl(const syntax::GenDecl* decl);
  void computeInitOrder();
  std::vector<Object*> dependencyPath(Object* from, Object* to, std::set<Object*>& seen);
  void reportInitCycle(const std::vector<Object*>& cycle);
  void unusedImports();

  // ---- typexpr.cpp
  Type* typExpr(const syntax::Expr* e);
  Signature* funcType(const syntax::FuncType* ft, const syntax::FieldList* recv, Scope* scope);
  int64_t arrayLength(const syntax::Expr* e);
  Interface* interfaceType(const syntax::InterfaceType* e);  // interface_decl.cpp
  Term unionTerm(const syntax::Expr* e);

  // ---- expr.cpp
  void expr(Operand& x, const syntax::Expr* e);           // single value, not a type
  void singleValue(Operand& x, const syntax::Expr* e);    // expr's checks on an already checked operand
  void exprOrType(Operand& x, const syntax::Expr* e);
  void multiExpr(std::vector<Operand>& xs, const syntax::Expr* e);  // f() with several results
  void rawExpr(Operand& x, const syntax::Expr* e, Type* hint);
  void rawExprInner(Operand& x, const syntax::Expr* e, Type* hint);
  void record(const Operand& x);
  void convertUntyped(Operand& x, Type* target);
  bool untypedFitsTypeParam(const Operand& x, TypeParam* tp);
  void defaultType(Operand& x);  // untyped → its default type
  void updateExprType(const syntax::Expr* e, Type* t);
  // Left operands of non-constant shifts, still untyped: their shifts.
  std::map<const syntax::Expr*, const syntax::Expr*> shiftLhs;
  Type* defaultTypeOf(Type* t);
  bool representable(Operand& x, const Basic* t, std::string* cause);
  void binary(Operand& x, const syntax::BinaryExpr* e);
  void unary(Operand& x, const syntax::UnaryExpr* e);
  void shift(Operand& x, Operand& y, const syntax::BinaryExpr* e);
  void comparison(Operand& x, Operand& y, const syntax::BinaryExpr* e);
  bool isNilExpr(const syntax::Expr* e) const;
  void ident(Operand& x, const syntax::Ident* id, bool wantType);
  void selector(Operand& x, const syntax::SelectorExpr* e);  // selector.cpp
  bool qualifiedIdent(Operand& x, const syntax::SelectorExpr* e);
  Signature* methodValueType(Object* m);
  void indexExpr(Operand& x, const syntax::IndexExpr* e);
  bool indexTypeParam(Operand& x, const syntax::IndexExpr* e);
  void sliceExpr(Operand& x, const syntax::SliceExpr* e);
  void compositeLit(Operand& x, const syntax::CompositeLit* e, Type* hint);
  void funcLit(Operand& x, const syntax::FuncLit* e);
  bool index(const syntax::Expr* e, int64_t max, int64_t* value);  // a valid index; value if constant

  // ---- generic.cpp, infer.cpp
  Type* constraintType(const syntax::Expr* e);
  std::vector<TypeParam*> declareTypeParams(const syntax::FieldList* list, Scope* s);
  void bindReceiverTypeParams(const syntax::FieldList* recv, Scope* s);
  const syntax::Ident* genericIdent(const syntax::Expr* e);
  void recordInstance(const syntax::Expr* at, Object* generic, const std::vector<Type*>& targs, Type* type);
  bool satisfies(diag::Pos at, Type* targ, TypeParam* tp, const Context::TypeMap& m);
  bool verifyInstance(const std::vector<diag::Pos>& at, const std::vector<TypeParam*>& params,
                      const std::vector<Type*>& targs);
  Type* instantiatedType(const syntax::IndexExpr* e, Named* generic);
  void instantiateFunc(Operand& x, const syntax::IndexExpr* e);
  Signature* inferCall(const syntax::CallExpr* e, Signature* sig, std::vector<Operand>& args,
                       const std::vector<Type*>& explicitArgs, const syntax::Expr* genericAt);
  bool mentions(Type* t, TypeParam* tp);
  bool inferFromConstraints(const std::vector<TypeParam*>& params, std::vector<Type*>& targs);

  // ---- call.cpp
  void call(Operand& x, const syntax::CallExpr* e);
  diag::Pos startPosOf(const syntax::Expr* e);
  void conversion(Operand& x, Type* T, const syntax::CallExpr* e);
  void builtin(Operand& x, const syntax::CallExpr* e, Object* b);
  bool builtinArgs(const syntax::CallExpr* e, std::vector<Operand>& args);
  bool lengthArg(Operand& y, bool allowNegative);  // builtin_unsafe.cpp
  void unsafeBuiltin(Operand& x, const syntax::CallExpr* e, Object* b, std::vector<Operand>& args);  // builtin_unsafe.cpp
  void complexBuiltin(Operand& x, const syntax::CallExpr* e, Object* b, std::vector<Operand>& args); // builtin_complex.cpp
  int callsOrRecvs = 0;  // function calls and receives checked so far (len of an array is constant without)
  // Checks the arguments of a call; returns the signature they were checked
  // against (for a generic function: its inferred instance; nullptr on failure).
  Signature* arguments(const syntax::CallExpr* e, Signature* sig, std::vector<Operand>& args, const std::string& fname,
                       const Operand& callee);

  // ---- assign.cpp
  bool assignableTo(Operand& x, Type* T, std::string* reason);
  void assignment(Operand& x, Type* T, const std::string& context);
  void initVars(const std::vector<Object*>& lhs, const std::vector<const syntax::Expr*>& rhs,
                const syntax::Node* at, const std::string& context);
  void assignVars(const std::vector<syntax::Expr*>& lhs, const std::vector<syntax::Expr*>& rhs,
                  const syntax::Node* at);
  void shortVarDecl(const syntax::AssignStmt* s);
  bool mismatchedCall(const Operand& x, size_t nvars, diag::Pos at);
  Type* assignVar(const syntax::Expr* lhs, Operand& x);
  void useLHS(const syntax::Expr* e);

  // ---- stmt.cpp
  void funcBody(Object* fn, Signature* sig, const syntax::BlockStmt* body, Scope* scope);
  void stmtList(const std::vector<syntax::Stmt*>& list);
  void stmt(const syntax::Stmt* s);
  void controlStmt(const syntax::Stmt* s);  // switch, type switch, select, range
  bool isTerminating(const syntax::Stmt* s, const std::string& label);
  void openScope(const syntax::Node* n);
  void closeScope();
  void declare(Scope* s, const syntax::Ident* id, Object* obj);

  Context& ctx;
  CheckedPackage& out;
  Info& info;
  Package* pkg;
  diag::Diagnostics& diags;

  // state while checking
  std::map<Object*, DeclInfo*> declOf;
  std::vector<std::unique_ptr<DeclInfo>> decls;
  std::vector<Object*> pkgObjects;   // in source order
  std::set<Object*> resolving;       // grey objects (cycle detection)
  std::set<Object*> resolved;
  Scope* scope = nullptr;            // innermost scope
  Scope* fileScope = nullptr;
  DeclInfo* currentDecl = nullptr;   // for dependency recording
  Signature* currentSig = nullptr;   // the function being checked
  int iota = -1;                     // >= 0 inside a const declaration
  int funcDepth = 0;
  std::map<Object*, const syntax::ImportSpec*> importSpecs;  // for "imported and not used"
  std::set<Object*> usedPkgNames;
  std::vector<std::pair<const syntax::Expr*, TypeAndValue*>> untyped;  // still-untyped records
  std::vector<Object*>* funcVars = nullptr;  // locals of the function being checked ("declared but not used")
  const syntax::IndexExpr* receiverTypeExpr = nullptr;  // List[T] in a method's receiver
  std::vector<std::function<void()>> delayed;  // checks that wait until all types are resolved
};

}  // namespace types
