// Walks over the statements and expressions of a function body, for the
// questions later stages ask of the tree: which labels a goto names,
// whether a loop's body continues it, every use of a variable.
#pragma once

#include <string>

#include "syntax/ast.hpp"

namespace syntax {

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

// Calls visit(e) for e and every expression nested in it (not into
// function literals' bodies, which are statements).
template <class F>
void forEachExpr(const syntax::Expr* e, const F& visit) {
  if (!e) return;
  visit(e);
  using syntax::NodeKind;
  switch (e->kind) {
    case NodeKind::ParenExpr: return forEachExpr(e->as<syntax::ParenExpr>()->x, visit);
    case NodeKind::SelectorExpr: return forEachExpr(e->as<syntax::SelectorExpr>()->x, visit);
    case NodeKind::StarExpr: return forEachExpr(e->as<syntax::StarExpr>()->x, visit);
    case NodeKind::UnaryExpr: return forEachExpr(e->as<syntax::UnaryExpr>()->x, visit);
    case NodeKind::BinaryExpr:
      forEachExpr(e->as<syntax::BinaryExpr>()->x, visit);
      return forEachExpr(e->as<syntax::BinaryExpr>()->y, visit);
    case NodeKind::KeyValueExpr:
      forEachExpr(e->as<syntax::KeyValueExpr>()->key, visit);
      return forEachExpr(e->as<syntax::KeyValueExpr>()->value, visit);
    case NodeKind::IndexExpr:
      forEachExpr(e->as<syntax::IndexExpr>()->x, visit);
      for (const auto* i : e->as<syntax::IndexExpr>()->indices) forEachExpr(i, visit);
      return;
    case NodeKind::SliceExpr: {
      const auto* s = e->as<syntax::SliceExpr>();
      for (const syntax::Expr* x : {s->x, s->lo, s->hi, s->max}) forEachExpr(x, visit);
      return;
    }
    case NodeKind::CallExpr:
      forEachExpr(e->as<syntax::CallExpr>()->fun, visit);
      for (const auto* a : e->as<syntax::CallExpr>()->args) forEachExpr(a, visit);
      return;
    case NodeKind::CompositeLit:
      for (const auto* x : e->as<syntax::CompositeLit>()->elts) forEachExpr(x, visit);
      return;
    case NodeKind::TypeAssertExpr: return forEachExpr(e->as<syntax::TypeAssertExpr>()->x, visit);
    default: return;
  }
}

// Calls visit(e) for every expression a statement holds directly (not
// those of nested statements).
template <class F>
void forEachExprOf(const syntax::Stmt* s, const F& visit) {
  using syntax::NodeKind;
  auto all = [&](const std::vector<syntax::Expr*>& l) {
    for (const syntax::Expr* e : l) forEachExpr(e, visit);
  };
  switch (s->kind) {
    case NodeKind::ExprStmt: return forEachExpr(s->as<syntax::ExprStmt>()->x, visit);
    case NodeKind::IncDecStmt: return forEachExpr(s->as<syntax::IncDecStmt>()->x, visit);
    case NodeKind::AssignStmt:
      all(s->as<syntax::AssignStmt>()->lhs);
      return all(s->as<syntax::AssignStmt>()->rhs);
    case NodeKind::ReturnStmt: return all(s->as<syntax::ReturnStmt>()->results);
    case NodeKind::IfStmt: return forEachExpr(s->as<syntax::IfStmt>()->cond, visit);
    case NodeKind::ForStmt: return forEachExpr(s->as<syntax::ForStmt>()->cond, visit);
    case NodeKind::RangeStmt:
      forEachExpr(s->as<syntax::RangeStmt>()->key, visit);
      forEachExpr(s->as<syntax::RangeStmt>()->value, visit);
      return forEachExpr(s->as<syntax::RangeStmt>()->x, visit);
    case NodeKind::SwitchStmt: return forEachExpr(s->as<syntax::SwitchStmt>()->tag, visit);
    case NodeKind::CaseClause: return all(s->as<syntax::CaseClause>()->list);
    case NodeKind::SendStmt:
      forEachExpr(s->as<syntax::SendStmt>()->chan, visit);
      return forEachExpr(s->as<syntax::SendStmt>()->value, visit);
    case NodeKind::GoStmt: return forEachExpr(s->as<syntax::GoStmt>()->call, visit);
    case NodeKind::DeferStmt: return forEachExpr(s->as<syntax::DeferStmt>()->call, visit);
    case NodeKind::DeclStmt:
      for (const syntax::Spec* spec : s->as<syntax::DeclStmt>()->decl->specs)
        if (const auto* vs = spec->as<syntax::ValueSpec>()) all(vs->values);
      return;
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

// ---- closures and goroutines: a walk over everything -----------------------

// Calls visit(n) for n and every statement, expression, field and spec
// below it, function literals' bodies included (the closure analysis must
// see every use of a variable, wherever it is nested).
template <class F>
void forEachNodeDeep(const syntax::Node* n, const F& visit) {
  if (!n) return;
  visit(n);
  using syntax::NodeKind;
  auto go = [&](const syntax::Node* x) { forEachNodeDeep(x, visit); };
  auto all = [&](const auto& list) {
    for (const syntax::Node* x : list) go(x);
  };
  switch (n->kind) {
    case NodeKind::CompositeLit: go(n->as<syntax::CompositeLit>()->type); return all(n->as<syntax::CompositeLit>()->elts);
    case NodeKind::KeyValueExpr: go(n->as<syntax::KeyValueExpr>()->key); return go(n->as<syntax::KeyValueExpr>()->value);
    case NodeKind::FuncLit: go(n->as<syntax::FuncLit>()->type); return go(n->as<syntax::FuncLit>()->body);
    case NodeKind::ParenExpr: return go(n->as<syntax::ParenExpr>()->x);
    case NodeKind::SelectorExpr: return go(n->as<syntax::SelectorExpr>()->x);
    case NodeKind::IndexExpr: go(n->as<syntax::IndexExpr>()->x); return all(n->as<syntax::IndexExpr>()->indices);
    case NodeKind::SliceExpr: {
      const auto* s = n->as<syntax::SliceExpr>();
      for (const syntax::Expr* x : {s->x, s->lo, s->hi, s->max}) go(x);
      return;
    }
    case NodeKind::TypeAssertExpr: go(n->as<syntax::TypeAssertExpr>()->x); return go(n->as<syntax::TypeAssertExpr>()->type);
    case NodeKind::CallExpr: go(n->as<syntax::CallExpr>()->fun); return all(n->as<syntax::CallExpr>()->args);
    case NodeKind::StarExpr: return go(n->as<syntax::StarExpr>()->x);
    case NodeKind::UnaryExpr: return go(n->as<syntax::UnaryExpr>()->x);
    case NodeKind::BinaryExpr: go(n->as<syntax::BinaryExpr>()->x); return go(n->as<syntax::BinaryExpr>()->y);
    case NodeKind::FuncType: go(n->as<syntax::FuncType>()->params); return go(n->as<syntax::FuncType>()->results);
    case NodeKind::FieldList: return all(n->as<syntax::FieldList>()->list);
    case NodeKind::Field: return all(n->as<syntax::Field>()->names);
    case NodeKind::DeclStmt: return all(n->as<syntax::DeclStmt>()->decl->specs);
    case NodeKind::ValueSpec: all(n->as<syntax::ValueSpec>()->names); return all(n->as<syntax::ValueSpec>()->values);
    case NodeKind::LabeledStmt: return go(n->as<syntax::LabeledStmt>()->stmt);
    case NodeKind::ExprStmt: return go(n->as<syntax::ExprStmt>()->x);
    case NodeKind::SendStmt: go(n->as<syntax::SendStmt>()->chan); return go(n->as<syntax::SendStmt>()->value);
    case NodeKind::IncDecStmt: return go(n->as<syntax::IncDecStmt>()->x);
    case NodeKind::AssignStmt: all(n->as<syntax::AssignStmt>()->lhs); return all(n->as<syntax::AssignStmt>()->rhs);
    case NodeKind::GoStmt: return go(n->as<syntax::GoStmt>()->call);
    case NodeKind::DeferStmt: return go(n->as<syntax::DeferStmt>()->call);
    case NodeKind::ReturnStmt: return all(n->as<syntax::ReturnStmt>()->results);
    case NodeKind::BlockStmt: return all(n->as<syntax::BlockStmt>()->stmts);
    case NodeKind::IfStmt: {
      const auto* i = n->as<syntax::IfStmt>();
      go(i->init), go(i->cond), go(i->body);
      return go(i->else_);
    }
    case NodeKind::CaseClause: all(n->as<syntax::CaseClause>()->list); return all(n->as<syntax::CaseClause>()->body);
    case NodeKind::SwitchStmt: {
      const auto* s = n->as<syntax::SwitchStmt>();
      go(s->init), go(s->tag);
      return all(s->clauses);
    }
    case NodeKind::TypeSwitchStmt: {
      const auto* s = n->as<syntax::TypeSwitchStmt>();
      go(s->init), go(s->binding), go(s->guard);
      return all(s->clauses);
    }
    case NodeKind::CommClause: go(n->as<syntax::CommClause>()->comm); return all(n->as<syntax::CommClause>()->body);
    case NodeKind::SelectStmt: return all(n->as<syntax::SelectStmt>()->clauses);
    case NodeKind::ForStmt: {
      const auto* f = n->as<syntax::ForStmt>();
      go(f->init), go(f->cond), go(f->post);
      return go(f->body);
    }
    case NodeKind::RangeStmt: {
      const auto* r = n->as<syntax::RangeStmt>();
      go(r->key), go(r->value), go(r->x);
      return go(r->body);
    }
    default: return;  // identifiers, literals, other type expressions, local type declarations
  }
}

}  // namespace syntax
