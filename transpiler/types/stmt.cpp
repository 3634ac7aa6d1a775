// This file implements statements (spec: "Statements") and function bodies:
// scopes of blocks and clauses, labeled statements, returns and
// the "missing return" rule (spec: "Terminating statements"), and
// "declared but not used".
#include <algorithm>

#include "types/checker.hpp"

namespace types {

using namespace syntax;

void Checker::openScope(const Node* n) {
  scope = ctx.newScope(scope);
  if (n) info.scopes[n] = scope;
}

void Checker::closeScope() { scope = scope->parent; }

void Checker::funcBody(Object* fn, Signature* sig, const BlockStmt* body, Scope* fscope) {
  (void)fn;
  Scope* savedScope = scope;
  Signature* savedSig = currentSig;
  std::vector<Object*>* savedVars = funcVars;
  int savedIota = iota;
  std::vector<Object*> locals;
  funcVars = &locals;
  scope = fscope;
  currentSig = sig;
  // A function literal inside a constant declaration sees its iota (as
  // types2: `const c = unsafe.Sizeof(func() { _ = iota })`).
  if (fn) iota = -1;
  ++funcDepth;
  info.scopes[body] = fscope;
  stmtList(body->stmts);
  if (sig->results && sig->results->size() > 0 && !isTerminating(body, "")) {
    error(body->rbrace, "missing return");
  }
  --funcDepth;
  std::sort(locals.begin(), locals.end(), [](Object* a, Object* b) {
    return a->pos.line != b->pos.line ? a->pos.line < b->pos.line : a->pos.col < b->pos.col;
  });
  for (Object* v : locals)
    if (!v->used) error(v->pos, v->name + " declared but not used");
  funcVars = savedVars;
  scope = savedScope;
  currentSig = savedSig;
  iota = savedIota;
}

void Checker::stmtList(const std::vector<Stmt*>& list) {
  for (const Stmt* s : list) stmt(s);
}

static bool isCallOrRecv(const Expr* e) {
  while (auto* p = e->as<ParenExpr>()) e = p->x;
  if (e->is<CallExpr>()) return true;
  if (auto* u = e->as<UnaryExpr>()) return u->op == Token::Arrow;
  return false;
}

void Checker::stmt(const Stmt* s) {
  if (!s) return;
  switch (s->kind) {
    case NodeKind::EmptyStmt:
    case NodeKind::BadStmt: return;
    case NodeKind::DeclStmt: localDecl(s->as<DeclStmt>()->decl); return;
    case NodeKind::LabeledStmt: {
      auto* l = s->as<LabeledStmt>();
      stmt(l->stmt);
      return;
    }
    case NodeKind::ExprStmt: {
      const Expr* e = s->as<ExprStmt>()->x;
      Operand x;
      rawExpr(x, e, nullptr);
      if (x.invalid()) return;
      if (x.mode == Mode::TypeExpr) {
        error(e->pos, exprString(e) + " (type) is not an expression");
        return;
      }
      if (x.mode == Mode::Builtin) {
        error(e->pos, exprString(e) + " (built-in) must be called");
        return;
      }
      bool ok = isCallOrRecv(e);
      if (ok) {
        // Calls of some builtins are not statements (spec: "Expression statements").
        const Expr* inner = e;
        while (auto* p = inner->as<ParenExpr>()) inner = p->x;
        if (auto* call = inner->as<CallExpr>()) {
          if (auto* id = call->fun->as<Ident>()) {
            Object* o = info.objectOf(id);
            if (o && o->kind == ObjectKind::Builtin) {
              switch (o->builtin) {
                case BuiltinId::Append: case BuiltinId::Cap: case BuiltinId::Complex: case BuiltinId::Imag:
                case BuiltinId::Len: case BuiltinId::Make: case BuiltinId::New: case BuiltinId::Real:
                  ok = false;
                  break;
                default: break;
              }
            }
          }
          if (info.types.count(call->fun) && info.types[call->fun].mode == Mode::TypeExpr) ok = false;
        }
      }
      if (!ok) error(e->pos, operandString(x) + " is not used");
      return;
    }
    case NodeKind::SendStmt: {
      auto* ss = s->as<SendStmt>();
      Operand ch, v;
      expr(ch, ss->chan);
      expr(v, ss->value);
      if (ch.invalid() || v.invalid()) return;
      auto* c = coreType(ch.type)->as<Chan>();
      if (!c) {
        error(s->pos, "invalid operation: cannot send to non-channel " + operandString(ch));
        return;
      }
      if (c->dir == ChanDir::RecvOnly) {
        error(s->pos, "invalid operation: cannot send to receive-only channel " + operandString(ch));
        return;
      }
      assignment(v, c->elem, "send");
      return;
    }
    case NodeKind::IncDecStmt: {
      auto* ids = s->as<IncDecStmt>();
      Operand x;
      expr(x, ids->x);
      if (x.invalid()) return;
      if (!isNumeric(x.type)) {
        error(ids->x->pos, "invalid operation: " + exprString(ids->x) + std::string(tokenString(ids->tok)) +
                               " (non-numeric type " + typeString(x.type) + ")");
        return;
      }
      Operand one;
      one.mode = Mode::Constant;
      one.type = x.type;
      one.val = Constant::makeInt64(1);
      one.expr = ids->x;
      assignVar(ids->x, one);
      return;
    }
    case NodeKind::AssignStmt: {
      auto* as = s->as<AssignStmt>();
      if (as->tok == Token::Define) {
        shortVarDecl(as);
      } else if (as->tok == Token::Assign) {
        assignVars(as->lhs, as->rhs, as);
      } else {
        // x op= y is x = x op y with x evaluated once.
        if (as->lhs.size() != 1 || as->rhs.size() != 1) {
          error(as->pos, "assignment operation " + std::string(tokenString(as->tok)) + " requires single-valued expressions");
          return;
        }
        BinaryExpr synthetic;
        synthetic.pos = as->pos;
        synthetic.op = binaryOpOfAssign(as->tok);
        synthetic.x = as->lhs[0];
        synthetic.y = as->rhs[0];
        Operand x;
        binary(x, &synthetic);
        info.types.erase(&synthetic);
        untyped.erase(std::remove_if(untyped.begin(), untyped.end(),
                                     [&](auto& u) { return u.first == &synthetic; }),
                      untyped.end());
        if (x.invalid()) return;
        x.expr = as->rhs[0];
        // The result has the lhs type already: only assignability remains.
        Operand z;
        bool wasUsed = false;
        Object* v = nullptr;
        if (auto* id = as->lhs[0]->as<Ident>()) {
          v = scope->lookup(id->name);
          if (v && v->kind == ObjectKind::Var) wasUsed = v->used;
        }
        expr(z, as->lhs[0]);
        if (v && v->kind == ObjectKind::Var) v->used = wasUsed;
        if (!z.invalid() && z.mode != Mode::Variable && z.mode != Mode::MapIndex)
          error(as->lhs[0]->pos, "cannot assign to " + operandString(z) + " (neither addressable nor a map index expression)");
      }
      return;
    }
    case NodeKind::GoStmt:
    case NodeKind::DeferStmt: {
      const CallExpr* call = s->is<GoStmt>() ? s->as<GoStmt>()->call : s->as<DeferStmt>()->call;
      const char* what = s->is<GoStmt>() ? "go" : "defer";
      if (!call) {
        error(s->pos, std::string("expression in ") + what + " must be function call");
        return;
      }
      Operand x;
      rawExpr(x, call, nullptr);
      if (auto* id = call->fun->as<Ident>()) {
        Object* o = info.objectOf(id);
        if (o && o->kind == ObjectKind::Builtin &&
            (o->builtin == BuiltinId::Append || o->builtin == BuiltinId::Cap || o->builtin == BuiltinId::Len ||
             o->builtin == BuiltinId::Make || o->builtin == BuiltinId::New))
          error(s->pos, std::string(what) + " discards result of " + exprString(call));
      }
      if (info.types.count(call->fun) && info.types[call->fun].mode == Mode::TypeExpr)
        error(s->pos, std::string(what) + " requires function call, not conversion");
      return;
    }
    case NodeKind::ReturnStmt: {
      auto* rs = s->as<ReturnStmt>();
      Tuple* results = currentSig ? currentSig->results : nullptr;
      size_t want = results ? results->size() : 0;
      if (rs->results.empty()) {
        if (want > 0 && results->vars[0]->name.empty()) {
          error(rs->pos, "not enough return values\n\thave ()\n\twant " + typeString(results));
        } else if (want > 0) {
          // Naked return: the named results must not be shadowed here.
          for (Object* r : results->vars) {
            Object* seen = scope->lookup(r->name);
            if (seen && seen != r) {
              error(rs->pos, "result parameter " + r->name + " not in scope at return\n\tinner declaration of " +
                                 r->name + " at " + seen->pos.str());
            }
          }
        }
        return;
      }
      std::vector<Object*> temps;
      if (want == 0) {
        std::string have = "(";
        for (size_t i = 0; i < rs->results.size(); ++i) {
          Operand x;
          expr(x, rs->results[i]);
          have += std::string(i ? ", " : "") + (x.type && isUntyped(x.type) && isNumeric(x.type) ? "number" : typeString(x.type));
        }
        error(rs->results[0]->pos, "too many return values\n\thave " + have + ")\n\twant ()");
        return;
      }
      std::vector<const Expr*> rhs(rs->results.begin(), rs->results.end());
      if (rhs.size() != want && !(rhs.size() == 1)) {
        std::string have = "(";
        for (size_t i = 0; i < rhs.size(); ++i) {
          Operand x;
          expr(x, rhs[i]);
          have += std::string(i ? ", " : "") + (x.type && isUntyped(x.type) && isNumeric(x.type) ? "number" : typeString(x.type));
        }
        error(rhs[0]->pos, std::string(rhs.size() > want ? "too many" : "not enough") + " return values\n\thave " +
                               have + ")\n\twant " + typeString(results));
        return;
      }
      for (Object* r : results->vars) temps.push_back(ctx.newObject(ObjectKind::Var, r->name, r->type, r->pos));
      if (rhs.size() == 1 && want > 1) {
        Operand x;
        rawExpr(x, rhs[0], nullptr);
        auto* t = x.type ? x.type->as<Tuple>() : nullptr;
        if (!x.invalid() && (!t || t->size() != want)) {
          error(rhs[0]->pos, "not enough return values\n\thave (" + (x.type ? typeString(x.type) : std::string()) +
                                 ")\n\twant " + typeString(results));
          return;
        }
        if (x.invalid()) return;
        for (size_t i = 0; i < want; ++i) {
          Operand v;
          v.mode = Mode::Value;
          v.expr = rhs[0];
          v.type = t->at(i);
          assignment(v, temps[i]->type, "return statement");
        }
        return;
      }
      initVars(temps, rhs, rs, "return statement");
      return;
    }
    case NodeKind::BranchStmt:
      // Labels, break, continue, goto and fallthrough are checked by the
      // syntax stage (syntax/branches.cpp), as gc runs types2 with
      // IgnoreBranchErrors.
      return;
    case NodeKind::BlockStmt:
      openScope(s);
      stmtList(s->as<BlockStmt>()->stmts);
      closeScope();
      return;
    case NodeKind::IfStmt: {
      auto* is = s->as<IfStmt>();
      openScope(s);
      stmt(is->init);
      Operand c;
      expr(c, is->cond);
      if (!c.invalid() && !isBoolean(c.type))
        error(is->cond->pos, "non-boolean condition in if statement");
      else if (!c.invalid()) defaultType(c);
      stmt(is->body);
      stmt(is->else_);
      closeScope();
      return;
    }
    case NodeKind::ForStmt: {
      auto* fs = s->as<ForStmt>();
      openScope(s);
      stmt(fs->init);
      if (fs->cond) {
        Operand c;
        expr(c, fs->cond);
        if (!c.invalid() && !isBoolean(c.type)) error(fs->cond->pos, "non-boolean condition in for statement");
        else if (!c.invalid()) defaultType(c);
      }
      stmt(fs->post);
      stmt(fs->body);
      closeScope();
      return;
    }
    default: break;
  }
  // The remaining statements (switch, select, range) live in stmt_control.cpp.
  controlStmt(s);
}

}  // namespace types
