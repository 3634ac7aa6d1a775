// This file implements the prover's walk over statements: facts flow in
// statement order; a branch learns its condition; a loop keeps only the
// facts its body and post statement cannot change, plus what its header
// says of the induction variable; joins keep what holds on every path;
// a label that goto targets starts from nothing known.
#include "bce/prover.hpp"
#include "syntax/walk.hpp"

namespace bce {

using syntax::NodeKind;
using syntax::Token;
namespace {

bool hasBreak(const syntax::Stmt* body) {
  bool found = false;
  syntax::forEachStmt(body, [&](const syntax::Stmt* s) {
    if (const auto* b = s->as<syntax::BranchStmt>(); b && (b->tok == Token::Break || b->tok == Token::Goto))
      found = true;
    return true;
  });
  return found;
}

}  // namespace

bool Prover::terminates(const syntax::Stmt* s) const {
  if (!s) return false;
  if (const auto* b = s->as<syntax::BlockStmt>()) return !b->stmts.empty() && terminates(b->stmts.back());
  if (s->is<syntax::ReturnStmt>()) return true;
  if (const auto* br = s->as<syntax::BranchStmt>()) return br->tok != Token::Fallthrough;
  if (const auto* es = s->as<syntax::ExprStmt>()) {
    const auto* call = es->x->as<syntax::CallExpr>();
    const auto* id = call ? call->fun->as<syntax::Ident>() : nullptr;
    const types::Object* obj = id ? info_.objectOf(id) : nullptr;
    return obj && obj->kind == types::ObjectKind::Builtin && obj->builtin == types::BuiltinId::Panic;
  }
  return false;
}

std::set<const types::Object*> Prover::assigned(const syntax::Stmt* s) const {
  std::set<const types::Object*> out;
  auto add = [&](const syntax::Expr* e) {
    while (e && e->is<syntax::ParenExpr>()) e = e->as<syntax::ParenExpr>()->x;
    if (const types::Object* v = e ? trackedVar(e) : nullptr) out.insert(v);
  };
  syntax::forEachStmt(s, [&](const syntax::Stmt* x) {
    if (const auto* a = x->as<syntax::AssignStmt>()) {
      for (const auto* l : a->lhs) add(l);
    } else if (const auto* i = x->as<syntax::IncDecStmt>()) {
      add(i->x);
    } else if (const auto* r = x->as<syntax::RangeStmt>()) {
      add(r->key), add(r->value);
    } else if (const auto* d = x->as<syntax::DeclStmt>()) {
      for (const auto* spec : d->decl->specs)
        if (const auto* vs = spec->as<syntax::ValueSpec>())
          for (const auto* n : vs->names) add(n);
    } else if (const auto* sel = x->as<syntax::SelectStmt>()) {
      for (const auto* c : sel->clauses)
        if (const auto* a = c->comm ? c->comm->as<syntax::AssignStmt>() : nullptr)
          for (const auto* l : a->lhs) add(l);
    }
    return true;
  });
  return out;
}

void Prover::block(const std::vector<syntax::Stmt*>& stmts) {
  for (const syntax::Stmt* s : stmts) stmt(s);
}

void Prover::stmt(const syntax::Stmt* s) {
  if (!s) return;
  switch (s->kind) {
    case NodeKind::BlockStmt: return block(s->as<syntax::BlockStmt>()->stmts);
    case NodeKind::LabeledStmt: {
      const auto* l = s->as<syntax::LabeledStmt>();
      if (gotoLabels_.count(l->label->name)) cur_ = Facts{};
      return stmt(l->stmt);
    }
    case NodeKind::ExprStmt: checks(s->as<syntax::ExprStmt>()->x); return applyLearned();
    case NodeKind::SendStmt:
      checks(s->as<syntax::SendStmt>()->chan);
      checks(s->as<syntax::SendStmt>()->value);
      return applyLearned();
    case NodeKind::GoStmt: checks(s->as<syntax::GoStmt>()->call); return applyLearned();
    case NodeKind::DeferStmt: checks(s->as<syntax::DeferStmt>()->call); return applyLearned();
    case NodeKind::ReturnStmt:
      for (const auto* r : s->as<syntax::ReturnStmt>()->results) checks(r);
      return applyLearned();
    case NodeKind::IncDecStmt: {
      const auto* i = s->as<syntax::IncDecStmt>();
      checks(i->x);
      const types::Object* v = trackedVar(i->x);
      Facts fresh;
      if (v && isIntegerType(v->type)) {
        Range r = rangeOf(i->x);
        // x++ is x + 1 in x's type, which wraps at the type's limit.
        Range moved;
        int64_t d = i->tok == Token::Inc ? 1 : -1, c;
        for (const Bound& b : r.lo)
          if (!__builtin_add_overflow(b.c, d, &c)) moved.addLo({b.len, c});
        for (const Bound& b : r.hi)
          if (!__builtin_add_overflow(b.c, d, &c)) moved.addHi({b.len, c});
        bool safe = d > 0 ? r.constHi() && *r.constHi() < typeRange(v->type).constHi().value_or(INT64_MAX)
                          : r.constLo() && *r.constLo() > typeRange(v->type).constLo().value_or(INT64_MIN);
        if (!safe && typeBits(v->type) == 64) {
          // A 64-bit variable below len(x) (or above 0) cannot wrap by one.
          for (const Bound& b : d > 0 ? r.hi : r.lo)
            if (b.len) safe = true;
        }
        fresh.ints[v] = safe ? moved : typeRange(v->type);
      }
      applyLearned();
      if (v) {
        cur_.forget(v);
        if (fresh.ints.count(v)) cur_.ints[v] = fresh.ints[v];
      }
      return;
    }
    case NodeKind::AssignStmt: return assign(s->as<syntax::AssignStmt>());
    case NodeKind::DeclStmt: return declare(s->as<syntax::DeclStmt>());
    case NodeKind::IfStmt: return ifStmt(s->as<syntax::IfStmt>());
    case NodeKind::ForStmt: return forStmt(s->as<syntax::ForStmt>());
    case NodeKind::RangeStmt: return rangeStmt(s->as<syntax::RangeStmt>());
    case NodeKind::SwitchStmt: return switchStmt(s->as<syntax::SwitchStmt>());
    case NodeKind::TypeSwitchStmt:
    case NodeKind::SelectStmt: return clauses(s);
    default: return;  // branches, empty statements
  }
}

void Prover::assign(const syntax::AssignStmt* s) {
  for (const auto* l : s->lhs) checks(l);
  for (const auto* r : s->rhs) checks(r);
  std::set<const types::Object*> changed;
  for (const auto* l : s->lhs)
    if (const types::Object* v = trackedVar(l)) changed.insert(v);
  // New values from what held before the statement.
  Facts fresh;
  if (s->tok == Token::Assign || s->tok == Token::Define) {
    if (s->lhs.size() == s->rhs.size())
      for (size_t i = 0; i < s->lhs.size(); i++)
        if (const types::Object* v = trackedVar(s->lhs[i])) setValue(v, s->rhs[i], fresh);
  } else if (s->lhs.size() == 1 && s->rhs.size() == 1) {
    if (const types::Object* v = trackedVar(s->lhs[0]); v && isIntegerType(v->type)) {
      Range r = arith(syntax::binaryOpOfAssign(s->tok), s->lhs[0], s->rhs[0], v->type);
      Range typed = typeRange(v->type);
      for (const Bound& b : typed.lo) r.addLo(b);
      for (const Bound& b : typed.hi) r.addHi(b);
      fresh.ints[v] = r;
    }
  }
  applyLearned();
  for (const types::Object* v : changed) cur_.forget(v);
  // Bounds on len of a variable this statement changes describe its old value.
  for (auto& [v, r] : fresh.ints) {
    auto stale = [&](const Bound& b) { return b.len && changed.count(b.len); };
    r.lo.erase(std::remove_if(r.lo.begin(), r.lo.end(), stale), r.lo.end());
    r.hi.erase(std::remove_if(r.hi.begin(), r.hi.end(), stale), r.hi.end());
    cur_.ints[v] = r;
  }
  for (auto [v, n] : fresh.minLen) cur_.atLeast(cur_.minLen, v, n);
  for (auto [v, n] : fresh.minCap) cur_.atLeast(cur_.minCap, v, n);
}

void Prover::declare(const syntax::DeclStmt* s) {
  for (const auto* spec : s->decl->specs) {
    const auto* vs = spec->as<syntax::ValueSpec>();
    if (!vs || s->decl->tok != Token::Var) continue;
    for (const auto* v : vs->values) checks(v);
    Facts fresh;
    for (size_t i = 0; i < vs->names.size(); i++) {
      const types::Object* v = trackedVar(vs->names[i]);
      if (!v) continue;
      if (vs->values.empty()) {
        if (isIntegerType(v->type)) fresh.ints[v] = Range::exactly(0);
      } else if (vs->values.size() == vs->names.size()) {
        setValue(v, vs->values[i], fresh);
      }
    }
    applyLearned();
    for (const auto* n : vs->names)
      if (const types::Object* v = trackedVar(n)) cur_.forget(v);
    for (auto& [v, r] : fresh.ints) cur_.ints[v] = r;
    for (auto [v, n] : fresh.minLen) cur_.atLeast(cur_.minLen, v, n);
    for (auto [v, n] : fresh.minCap) cur_.atLeast(cur_.minCap, v, n);
  }
}

void Prover::ifStmt(const syntax::IfStmt* s) {
  stmt(s->init);
  checks(s->cond);
  applyLearned();
  Facts before = cur_;
  assume(s->cond, true);
  stmt(s->body);
  Facts thenOut = std::move(cur_);
  cur_ = before;
  assume(s->cond, false);
  stmt(s->else_);
  bool thenEnds = terminates(s->body), elseEnds = terminates(s->else_);
  if (thenEnds && elseEnds) cur_ = Facts{};  // unreachable after
  else if (thenEnds) return;                  // cur_ is the else path's
  else if (elseEnds) cur_ = std::move(thenOut);
  else cur_ = Facts::meet(thenOut, cur_);
}

void Prover::forStmt(const syntax::ForStmt* s) {
  stmt(s->init);
  const std::set<const types::Object*> byBody = assigned(s->body);
  std::set<const types::Object*> kills = byBody;
  std::set<const types::Object*> byPost = assigned(s->post);
  kills.insert(byPost.begin(), byPost.end());
  // An induction variable stepped by one only in the post statement keeps
  // the bound it starts from (i++ from i >= lo; i-- from i <= hi), as long as
  // the condition stops it before it could wrap.
  const types::Object* ind = nullptr;
  bool up = false;
  Range start;
  if (const auto* inc = s->post ? s->post->as<syntax::IncDecStmt>() : nullptr) {
    ind = trackedVar(inc->x);
    if (ind && !byBody.count(ind) && isIntegerType(ind->type)) {
      auto it = cur_.ints.find(ind);
      if (it != cur_.ints.end()) {
        up = inc->tok == Token::Inc;
        if (up) start.lo = it->second.lo;
        else start.hi = it->second.hi;
      }
    } else {
      ind = nullptr;
    }
  }
  for (const types::Object* v : kills) cur_.forget(v);
  if (ind && s->cond) {
    auto stale = [&](const Bound& b) { return b.len && kills.count(b.len); };
    start.lo.erase(std::remove_if(start.lo.begin(), start.lo.end(), stale), start.lo.end());
    start.hi.erase(std::remove_if(start.hi.begin(), start.hi.end(), stale), start.hi.end());
    // The condition must stop the variable before its step could wrap
    // (i < n for i++: then i+1 <= n; i <= 255 would let a uint8 wrap).
    Facts saved = cur_;
    assume(s->cond, true);
    bool bounded = false;
    if (auto it = cur_.ints.find(ind); it != cur_.ints.end()) {
      Range limits = typeRange(ind->type);
      bool wide = typeBits(ind->type) == 64;
      for (const Bound& b : up ? it->second.hi : it->second.lo) {
        if (b.len) bounded |= wide;
        else if (up) bounded |= b.c < limits.constHi().value_or(INT64_MAX);
        else bounded |= b.c > limits.constLo().value_or(INT64_MIN);
      }
    }
    cur_ = std::move(saved);
    if (bounded) cur_.ints[ind] = start;
  }
  Facts entry = cur_;
  checks(s->cond);
  applyLearned();
  if (s->cond) assume(s->cond, true);
  stmt(s->body);
  cur_ = entry;
  if (s->post) stmt(s->post);
  cur_ = entry;
  if (s->cond && !hasBreak(s->body)) assume(s->cond, false);
}

void Prover::rangeStmt(const syntax::RangeStmt* s) {
  checks(s->x);
  applyLearned();
  std::set<const types::Object*> kills = assigned(s->body);
  const types::Object* key = s->key ? trackedVar(s->key) : nullptr;
  bool keyStable = key && !kills.count(key);
  kills.insert(key);
  if (s->value)
    if (const types::Object* v = trackedVar(s->value)) kills.insert(v);
  Range len = lenOf(s->x);
  const types::Type* xt = typeOf(s->x);
  const types::Type* u = xt ? types::coreType(const_cast<types::Type*>(xt)) : nullptr;
  bool indexed = u && (u->kind == types::TypeKind::Slice || u->kind == types::TypeKind::Array ||
                       u->kind == types::TypeKind::Pointer ||
                       types::isBasic(u, types::BasicKind::String));
  for (const types::Object* v : kills)
    if (v) cur_.forget(v);
  Facts entry = cur_;
  if (keyStable && indexed) {
    // 0 <= key < len(x), x evaluated once: a bound on len(v) holds while v does not change.
    Range r;
    r.addLo({nullptr, 0});
    for (const Bound& b : len.hi)
      if (!b.len || !kills.count(b.len)) r.addHi({b.len, b.c - 1});
    cur_.ints[key] = r;
  }
  stmt(s->body);
  cur_ = entry;
}

void Prover::switchStmt(const syntax::SwitchStmt* s) {
  stmt(s->init);
  checks(s->tag);
  applyLearned();
  std::set<const types::Object*> kills;
  for (const auto* c : s->clauses) {
    auto k = assigned(c);
    kills.insert(k.begin(), k.end());
  }
  for (const types::Object* v : kills) cur_.forget(v);
  Facts base = cur_;
  bool fellThrough = false;
  for (const auto* c : s->clauses) {
    cur_ = base;
    for (const auto* e : c->list) checks(e, false);
    learned_.clear();
    if (!s->tag && c->list.size() == 1 && !fellThrough) assume(c->list[0], true);
    block(c->body);
    const auto* last = c->body.empty() ? nullptr : c->body.back()->as<syntax::BranchStmt>();
    fellThrough = last && last->tok == Token::Fallthrough;
  }
  cur_ = base;
}

void Prover::clauses(const syntax::Stmt* s) {
  if (const auto* ts = s->as<syntax::TypeSwitchStmt>()) {
    stmt(ts->init);
    checks(ts->guard->x);
    applyLearned();
  }
  std::set<const types::Object*> kills = assigned(s);
  for (const types::Object* v : kills) cur_.forget(v);
  Facts base = cur_;
  if (const auto* ts = s->as<syntax::TypeSwitchStmt>()) {
    for (const auto* c : ts->clauses) {
      cur_ = base;
      block(c->body);
    }
  } else {
    for (const auto* c : s->as<syntax::SelectStmt>()->clauses) {
      cur_ = base;
      if (c->comm) {
        if (const auto* es = c->comm->as<syntax::ExprStmt>()) checks(es->x, false);
        if (const auto* ss = c->comm->as<syntax::SendStmt>()) checks(ss->chan, false), checks(ss->value, false);
        if (const auto* as = c->comm->as<syntax::AssignStmt>()) {
          for (const auto* l : as->lhs) checks(l, false);
          for (const auto* r : as->rhs) checks(r, false);
        }
        learned_.clear();
      }
      block(c->body);
    }
  }
  cur_ = base;
}

}  // namespace bce
