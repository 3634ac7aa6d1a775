// A walk over the statements of a function body, for the few questions the
// printer must answer before printing a statement: which labels a goto
// names, whether a loop's body continues it.
#pragma once

#include <string>

#include "syntax/ast.hpp"

namespace emit {

// Calls visit(s) for s and every statement nested in it; visit returns
// whether to descend into s's children.
template <class F>
void forEachStmt(const syntax::Stmt* s, const F& visit) {
  if (!s || !visit(s)) return;
  using syntax::NodeKind;
  auto list = [&](const std::vector<syntax::Stmt*>& l) {
    for (const syntax::Stmt* x : l) forEachStmt(x, visit);
  };
  switch (s->kind) {
    case NodeKind::BlockStmt: return list(s->as<syntax::BlockStmt>()->stmts);
    case NodeKind::LabeledStmt: return forEachStmt(s->as<syntax::LabeledStmt>()->stmt, visit);
    case NodeKind::IfStmt: {
      const auto* i = s->as<syntax::IfStmt>();
      forEachStmt(i->init, visit);
      forEachStmt(i->body, visit);
      return forEachStmt(i->else_, visit);
    }
    case NodeKind::ForStmt: {
      const auto* f = s->as<syntax::ForStmt>();
      forEachStmt(f->init, visit);
      forEachStmt(f->post, visit);
      return forEachStmt(f->body, visit);
    }
    case NodeKind::RangeStmt: return forEachStmt(s->as<syntax::RangeStmt>()->body, visit);
    case NodeKind::SwitchStmt: {
      const auto* sw = s->as<syntax::SwitchStmt>();
      forEachStmt(sw->init, visit);
      for (const auto* c : sw->clauses) forEachStmt(c, visit);
      return;
    }
    case NodeKind::TypeSwitchStmt: {
      const auto* sw = s->as<syntax::TypeSwitchStmt>();
      forEachStmt(sw->init, visit);
      for (const auto* c : sw->clauses) forEachStmt(c, visit);
      return;
    }
    case NodeKind::SelectStmt:
      for (const auto* c : s->as<syntax::SelectStmt>()->clauses) forEachStmt(c, visit);
      return;
    case NodeKind::CaseClause: return list(s->as<syntax::CaseClause>()->body);
    case NodeKind::CommClause: return list(s->as<syntax::CommClause>()->body);
    default: return;
  }
}

// Whether body holds a `continue` that targets the loop owning body: an
// unlabeled one outside nested loops, or `continue label`.
inline bool continuesLoop(const syntax::Stmt* body, const std::string& label) {
  bool found = false;
  auto visit = [&](const syntax::Stmt* s, bool nested, auto& self) -> void {
    forEachStmt(s, [&](const syntax::Stmt* x) {
      if (x == s) {
        if (const auto* b = x->as<syntax::BranchStmt>(); b && b->tok == syntax::Token::Continue) {
          if (b->label ? b->label->name == label : !nested) found = true;
        }
        return true;
      }
      if (x->is<syntax::ForStmt>() || x->is<syntax::RangeStmt>()) {
        self(x, true, self);  // inside: only labeled continues count
        return false;
      }
      if (const auto* b = x->as<syntax::BranchStmt>(); b && b->tok == syntax::Token::Continue) {
        if (b->label ? b->label->name == label : !nested) found = true;
      }
      return true;
    });
  };
  visit(body, false, visit);
  return found;
}

}  // namespace emit
