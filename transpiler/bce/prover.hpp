// The bounds prover of one function body (prove.cpp walks statements,
// ranges.cpp computes ranges of expressions and learns from conditions,
// checks.cpp decides each index and slice expression).
#pragma once

#include <set>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bce/facts.hpp"
#include "syntax/ast.hpp"
#include "types/info.hpp"
#include "types/type.hpp"

namespace bce {

// A check's outcome, per node: once any visit fails to prove it, it stays.
using Verdicts = std::unordered_map<const syntax::Expr*, bool>;

class Prover {
 public:
  // tracked: the function's own variables that only its statements change.
  Prover(const types::Info& info, const std::unordered_set<const types::Object*>& tracked,
         const std::set<std::string>& gotoLabels, Verdicts& verdicts)
      : info_(info), tracked_(tracked), gotoLabels_(gotoLabels), verdicts_(verdicts) {}

  void body(const syntax::BlockStmt* b) { block(b->stmts); }
  // A package-level initializer: its checks, with nothing known.
  void expression(const syntax::Expr* e);

 private:
  // ---- statements (prove.cpp)
  void block(const std::vector<syntax::Stmt*>& stmts);
  void stmt(const syntax::Stmt* s);
  void assign(const syntax::AssignStmt* s);
  void declare(const syntax::DeclStmt* s);
  void ifStmt(const syntax::IfStmt* s);
  void forStmt(const syntax::ForStmt* s);
  void rangeStmt(const syntax::RangeStmt* s);
  void switchStmt(const syntax::SwitchStmt* s);
  void clauses(const syntax::Stmt* s);  // type switch and select: each clause from what held before
  // Control never reaches the statement after s (return, branch, panic).
  bool terminates(const syntax::Stmt* s) const;
  // The tracked variables s (and what it nests) assigns.
  std::set<const types::Object*> assigned(const syntax::Stmt* s) const;

  // ---- values (ranges.cpp)
 public:
  Range rangeOf(const syntax::Expr* e) const;
 private:
  Range lenOf(const syntax::Expr* x) const;
  Range capOf(const syntax::Expr* x) const;
  Range arith(syntax::Token op, const syntax::Expr* x, const syntax::Expr* y, const types::Type* t) const;
  // What a condition being true (or false) tells of tracked variables.
  void assume(const syntax::Expr* cond, bool truth);
  void learnLess(const syntax::Expr* x, const syntax::Expr* y, bool orEqual);
  // What assigning e to the tracked variable v makes known of v, from what
  // holds now, written into out.
  void setValue(const types::Object* v, const syntax::Expr* e, Facts& out) const;

  // ---- checks (checks.cpp)
  // Decides the checks of e (not inside function literals, analyzed on
  // their own) and, when `learn`, records what passing them teaches.
  void checks(const syntax::Expr* e, bool learn = true);
  bool indexInRange(const syntax::IndexExpr* e) const;
  bool sliceInRange(const syntax::SliceExpr* e) const;
  void learnFromIndex(const syntax::IndexExpr* e);
  void learnFromSlice(const syntax::SliceExpr* e);
  void applyLearned();

 public:
  // ---- small questions
  const types::Object* trackedVar(const syntax::Expr* e) const;
  const types::Type* typeOf(const syntax::Expr* e) const;
  std::optional<int64_t> constant(const syntax::Expr* e) const;

 private:
  const types::Info& info_;
  const std::unordered_set<const types::Object*>& tracked_;
  const std::set<std::string>& gotoLabels_;
  Verdicts& verdicts_;
  Facts cur_;
  // Facts that passed checks teach, applied after the statement that holds them.
  std::vector<std::pair<const syntax::Expr*, bool>> learned_;  // (check, is slice)
};

using syntax::unparen;

// Integer types: their range as bounds (none for 64-bit limits), and limits.
Range typeRange(const types::Type* t);
bool isIntegerType(const types::Type* t);
bool isUnsignedType(const types::Type* t);
int typeBits(const types::Type* t);  // 8..64; 0 for non-integers

}  // namespace bce
