// The escape graph's builder: walks function bodies and records, for every
// assignment the program makes (explicitly, or by passing an argument,
// returning a result, capturing a variable), an edge from the value's
// location to where it goes. One Builder serves one strongly connected
// component of the call graph (analyze.cpp).
//
// Whatever the builder cannot follow goes to the heap: calls of functions
// it has no tags for (other packages, func values, interface methods),
// go and defer statements, stores through pointers, into globals, maps and
// channels, variables captured by function literals, and unsafe.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "escape/graph.hpp"
#include "types/info.hpp"

namespace escape {

// The functions analyzed so far (callees before callers) and their tags.
using TagTable = std::map<const types::Object*, std::vector<ParamTag>>;

class Builder {
 public:
  Builder(const types::Info& info, const types::Package* pkg, Graph& g, const TagTable& tags,
          const std::map<const types::Object*, FuncInfo*>& component)
      : info_(info), pkg_(pkg), g_(g), tags_(tags), component_(component) {}

  // Creates the parameter and result locations of a declared function
  // (all of a component's, before any body is walked).
  void declare(FuncInfo* f);
  void body(FuncInfo* f);

  // The allocation sites met, in order (for the result and -m).
  const std::vector<Location*>& allocations() const { return allocs_; }
  const std::map<const types::Object*, Location*>& variables() const { return vars_; }
  // Where -m names a variable when not at its declaration (type switch
  // clauses' variables: at their case).
  diag::Pos reportPos(const types::Object* var) const {
    auto it = reportAt_.find(var);
    return it == reportAt_.end() ? var->pos : it->second;
  }

 private:
  // ---- build_expr.cpp
  void expr(Hole k, const syntax::Expr* e);
  void multi(const std::vector<Hole>& ks, const syntax::Expr* e);  // v1, v2 = e
  // expr, through the box of an implicit conversion when target is an
  // interface type and e's type is not.
  void valueTo(Hole k, const syntax::Expr* e, const types::Type* target);
  void compositeLit(Hole k, const syntax::CompositeLit* lit);
  void element(Hole k, const syntax::Expr* elt, const types::Type* elemType);
  void selector(Hole k, const syntax::SelectorExpr* e);
  void closure(Hole k, const syntax::FuncLit* lit);
  Location* allocation(const syntax::Expr* site, std::string text);
  Location* varLoc(const types::Object* var);  // a local's location (made on its declaration)
  Location* use(const types::Object* var);     // varLoc, and a capture forces it to the heap

  // ---- build_call.cpp
  void call(const std::vector<Hole>& ks, const syntax::CallExpr* e);
  void builtin(const std::vector<Hole>& ks, const syntax::CallExpr* e, const types::Object* b);
  void conversion(Hole k, const syntax::CallExpr* e);
  void unknownCall(const syntax::CallExpr* e);  // everything to the heap (go, defer, func values)
  void receiverTo(Hole k, const syntax::SelectorExpr* sel);  // x of x.M as M's receiver
  // Evaluates arg once and sends it to each of dests.
  void argument(const std::vector<Hole>& dests, const syntax::Expr* arg, const types::Type* param);
  const types::Object* staticCallee(const syntax::Expr* fun) const;

  // ---- build_stmt.cpp
  void stmt(const syntax::Stmt* s);
  void stmts(const std::vector<syntax::Stmt*>& list);
  void assign(const syntax::AssignStmt* s);
  void varSpec(const syntax::ValueSpec* spec);
  Hole lhs(const syntax::Expr* e);  // where a store into e goes
  void returnStmt(const syntax::ReturnStmt* s);
  void rangeStmt(const syntax::RangeStmt* s);

  Hole heapHole() { return Hole{&g_.heap, 0}; }
  Hole discard() { return Hole{}; }
  Location* temp() { return g_.newLocation(Location::Temp, fn_, loopDepth_); }
  const types::Type* typeOf(const syntax::Expr* e) const;
  const types::Type* coreOf(const syntax::Expr* e) const;

  const types::Info& info_;
  const types::Package* pkg_;
  Graph& g_;
  const TagTable& tags_;
  const std::map<const types::Object*, FuncInfo*>& component_;
  std::map<const types::Object*, Location*> vars_;
  std::vector<Location*> allocs_;
  std::map<const types::Object*, diag::Pos> reportAt_;
  FuncInfo* fn_ = nullptr;
  int loopDepth_ = 1;
};

// Helpers shared by the builder and the driver.
using syntax::unparen;
bool hasPointers(const types::Type* t);
bool isPointerShaped(const types::Type* t);  // stored in an interface as is
// Whether the analysis follows calls of fn (declared in this package with
// a body, neither generic nor a method of a generic type).
bool isAnalyzable(const types::Object* fn, const types::Package* pkg);

}  // namespace escape
