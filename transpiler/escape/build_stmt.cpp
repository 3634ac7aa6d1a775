// This file implements the escape graph's statements (gc's escape/stmt.go
// and assign.go): assignments, declarations, returns, and the loop depth
// that tells a variable declared outside a loop from one declared inside
// (a pointer stored in the former may be used in a later iteration).
#include "escape/builder.hpp"

namespace escape {

using syntax::NodeKind;
using types::TypeKind;

void Builder::declare(FuncInfo* f) {
  fn_ = f;
  const syntax::FuncDecl* d = f->decl;
  auto params = [&](const syntax::FieldList* fl, bool results) {
    if (!fl) return;
    for (const syntax::Field* field : fl->list) {
      auto one = [&](const syntax::Ident* id) {
        const types::Object* obj = id ? info_.objectOf(id) : nullptr;
        Location* l = nullptr;
        if (obj && id->name != "_") l = varLoc(obj);
        if (results) {
          if (!l) l = g_.newLocation(Location::Result, f, loopDepth_);
          l->resultIndex = static_cast<int>(f->results.size());
          f->results.push_back(l);
        } else {
          if (l) l->paramIndex = static_cast<int>(f->params.size());
          f->params.push_back(l);
          f->paramVars.push_back(obj);
        }
      };
      if (field->names.empty()) one(nullptr);
      for (const syntax::Ident* id : field->names) one(id);
    }
  };
  params(d->recv, false);
  params(d->type->params, false);
  params(d->type->results, true);
}

void Builder::body(FuncInfo* f) {
  fn_ = f;
  stmt(f->decl ? f->decl->body : f->lit->body);
}

void Builder::stmts(const std::vector<syntax::Stmt*>& list) {
  for (const syntax::Stmt* s : list) stmt(s);
}

void Builder::stmt(const syntax::Stmt* s) {
  if (!s) return;
  switch (s->kind) {
    case NodeKind::BlockStmt: return stmts(s->as<syntax::BlockStmt>()->stmts);
    case NodeKind::ExprStmt: return expr(discard(), s->as<syntax::ExprStmt>()->x);
    case NodeKind::SendStmt: {
      const auto* send = s->as<syntax::SendStmt>();
      expr(discard(), send->chan);
      const types::Type* u = coreOf(send->chan);
      const auto* ch = u ? u->as<types::Chan>() : nullptr;
      return valueTo(heapHole(), send->value, ch ? ch->elem : nullptr);
    }
    case NodeKind::IncDecStmt: return expr(discard(), s->as<syntax::IncDecStmt>()->x);
    case NodeKind::AssignStmt: return assign(s->as<syntax::AssignStmt>());
    case NodeKind::GoStmt: return unknownCall(s->as<syntax::GoStmt>()->call);
    case NodeKind::DeferStmt: return unknownCall(s->as<syntax::DeferStmt>()->call);
    case NodeKind::ReturnStmt: return returnStmt(s->as<syntax::ReturnStmt>());
    case NodeKind::DeclStmt:
      for (const syntax::Spec* spec : s->as<syntax::DeclStmt>()->decl->specs)
        if (const auto* vs = spec->as<syntax::ValueSpec>(); vs && s->as<syntax::DeclStmt>()->decl->tok == syntax::Token::Var)
          varSpec(vs);
      return;
    case NodeKind::LabeledStmt: {
      const auto* l = s->as<syntax::LabeledStmt>();
      // A label may start a loop made of gotos: everything after it is one
      // level deeper (for all labels, which is only more cautious).
      loopDepth_++;
      return stmt(l->stmt);
    }
    case NodeKind::IfStmt: {
      const auto* i = s->as<syntax::IfStmt>();
      stmt(i->init);
      expr(discard(), i->cond);
      stmt(i->body);
      return stmt(i->else_);
    }
    case NodeKind::ForStmt: {
      const auto* f = s->as<syntax::ForStmt>();
      stmt(f->init);
      loopDepth_++;
      expr(discard(), f->cond);
      stmt(f->post);
      stmt(f->body);
      loopDepth_--;
      return;
    }
    case NodeKind::RangeStmt: return rangeStmt(s->as<syntax::RangeStmt>());
    case NodeKind::SwitchStmt: {
      const auto* sw = s->as<syntax::SwitchStmt>();
      stmt(sw->init);
      expr(discard(), sw->tag);
      for (const syntax::CaseClause* c : sw->clauses) {
        for (const syntax::Expr* e : c->list) expr(discard(), e);
        stmts(c->body);
      }
      return;
    }
    case NodeKind::TypeSwitchStmt: {
      const auto* sw = s->as<syntax::TypeSwitchStmt>();
      stmt(sw->init);
      Location* guard = temp();
      expr(Hole{guard, 0}, sw->guard->x);
      for (const syntax::CaseClause* c : sw->clauses) {
        auto it = info_.implicits.find(c);
        if (it != info_.implicits.end() && it->second) {
          g_.flow(Hole{varLoc(it->second), 0}, guard);
          reportAt_[it->second] = c->pos;  // gc names a clause's variable at its case
        }
        stmts(c->body);
      }
      return;
    }
    case NodeKind::SelectStmt:
      for (const syntax::CommClause* c : s->as<syntax::SelectStmt>()->clauses) {
        if (c->comm) {
          if (const auto* a = c->comm->as<syntax::AssignStmt>()) {
            // v, ok := <-ch: the values come from the channel (the heap).
            for (const syntax::Expr* l : a->lhs) lhs(l);
            for (const syntax::Expr* r : a->rhs) expr(discard(), r);
          } else {
            stmt(c->comm);
          }
        }
        stmts(c->body);
      }
      return;
    default: return;  // empty statements, branches
  }
}

void Builder::rangeStmt(const syntax::RangeStmt* s) {
  // The ranged value is evaluated once, outside the loop; the iteration
  // variables are one pair for the whole loop (Go 1.19).
  Location* x = temp();
  expr(Hole{x, 0}, s->x);
  Hole key = s->key ? lhs(s->key) : discard();
  Hole value = s->value ? lhs(s->value) : discard();
  (void)key;  // indices and map keys come from the heap or are numbers
  loopDepth_++;
  const types::Type* u = coreOf(s->x);
  if (u) {
    switch (u->kind) {
      case TypeKind::Array: g_.flow(value, x); break;
      case TypeKind::Pointer:
      case TypeKind::Slice: g_.flow(value.deref(), x); break;
      default: break;  // strings, maps, channels: from the heap
    }
  }
  stmt(s->body);
  loopDepth_--;
}

Hole Builder::lhs(const syntax::Expr* e) {
  e = unparen(e);
  if (const auto* id = e->as<syntax::Ident>()) {
    if (id->name == "_") return discard();
    const types::Object* obj = info_.objectOf(id);
    if (!obj || obj->kind != types::ObjectKind::Var) return heapHole();
    if (obj->isPackageLevel()) return heapHole();
    return Hole{use(obj), 0};
  }
  if (const auto* sel = e->as<syntax::SelectorExpr>()) {
    const types::Selection* s = info_.selectionOf(sel);
    if (s && s->kind == types::SelectionKind::FieldVal && !s->indirect) return lhs(sel->x);  // part of x
    expr(discard(), sel->x);
    return heapHole();  // through a pointer, or a package variable
  }
  if (const auto* ix = e->as<syntax::IndexExpr>()) {
    const types::Type* u = coreOf(ix->x);
    if (u && u->kind == TypeKind::Array) {
      for (const syntax::Expr* i : ix->indices) expr(discard(), i);
      return lhs(ix->x);
    }
    expr(discard(), ix->x);
    // A map keeps its keys: they go to the heap with the values.
    for (const syntax::Expr* i : ix->indices) expr(u && u->kind == TypeKind::Map ? heapHole() : discard(), i);
    return heapHole();
  }
  // *p = v and anything else: stored where the analysis does not follow.
  expr(discard(), e);
  return heapHole();
}

void Builder::assign(const syntax::AssignStmt* s) {
  if (s->tok != syntax::Token::Assign && s->tok != syntax::Token::Define) {
    // x op= y: numbers and strings, no pointers kept.
    for (const syntax::Expr* l : s->lhs) expr(discard(), l);
    for (const syntax::Expr* r : s->rhs) expr(discard(), r);
    return;
  }
  std::vector<Hole> holes;
  for (const syntax::Expr* l : s->lhs) holes.push_back(lhs(l));
  if (s->lhs.size() == s->rhs.size()) {
    for (size_t i = 0; i < s->rhs.size(); i++) {
      valueTo(holes[i], s->rhs[i], syntax::isBlank(s->lhs[i]) ? nullptr : typeOf(s->lhs[i]));
    }
  } else if (s->rhs.size() == 1) {
    multi(holes, s->rhs[0]);
  }
}

void Builder::varSpec(const syntax::ValueSpec* spec) {
  std::vector<Hole> holes;
  for (const syntax::Ident* id : spec->names) holes.push_back(lhs(id));
  if (spec->values.size() == spec->names.size()) {
    for (size_t i = 0; i < spec->values.size(); i++) {
      const types::Object* obj = info_.objectOf(spec->names[i]);
      valueTo(holes[i], spec->values[i], obj && spec->names[i]->name != "_" ? obj->type : nullptr);
    }
  } else if (spec->values.size() == 1) {
    multi(holes, spec->values[0]);
  }
}

void Builder::returnStmt(const syntax::ReturnStmt* s) {
  std::vector<Hole> holes;
  const types::Type* ft = fn_->lit ? typeOf(fn_->lit) : fn_->obj->type;
  const auto* sig = ft ? ft->as<types::Signature>() : nullptr;
  if (fn_->lit) {
    // A function literal's callers are not tracked: its results go to the heap.
    for (size_t i = 0; i < std::max<size_t>(s->results.size(), 1); i++) holes.push_back(heapHole());
    if (sig && sig->results)
      holes.assign(std::max<size_t>(sig->results->vars.size(), 1), heapHole());
  } else {
    for (Location* r : fn_->results) holes.push_back(Hole{r, 0});
  }
  if (s->results.size() == holes.size()) {
    for (size_t i = 0; i < s->results.size(); i++) {
      bool typed = sig && sig->results && i < sig->results->vars.size();
      valueTo(holes[i], s->results[i], typed ? sig->results->vars[i]->type : nullptr);
    }
  } else if (s->results.size() == 1) {
    multi(holes, s->results[0]);
  }
}

}  // namespace escape
