// This file implements the statements with clauses — switch, type switch,
// select — and range loops, plus the spec's "Terminating statements" rule
// behind "missing return".
#include "types/checker.hpp"

namespace types {

using namespace syntax;

void Checker::controlStmt(const Stmt* s) {
  switch (s->kind) {
    case NodeKind::SwitchStmt: {
      auto* sw = s->as<SwitchStmt>();
      openScope(s);
      stmt(sw->init);
      Operand tag;
      if (sw->tag) {
        expr(tag, sw->tag);
        defaultType(tag);
        // Spec: the tag must be comparable, or a type with nil (compared with nil cases only).
        TypeKind k = tag.invalid() ? TypeKind::Basic : underlying(tag.type)->kind;
        bool hasNil = k == TypeKind::Slice || k == TypeKind::Map || k == TypeKind::Signature;
        if (!tag.invalid() && !comparable(tag.type) && !hasNil && !isBasic(tag.type, BasicKind::UntypedNil))
          error(sw->tag->pos, "cannot switch on " + operandString(tag));
      } else {
        tag.mode = Mode::Constant;
        tag.type = ctx.basic(BasicKind::Bool);
        tag.val = Constant::makeBool(true);
      }
      bool seenDefault = false;
      struct SeenCase {
        Constant val;
        Type* type;
        Pos pos;
      };
      std::vector<SeenCase> seenCases;  // constant case values, for gc's duplicate check
      for (size_t ci = 0; ci < sw->clauses.size(); ++ci) {
        const CaseClause* c = sw->clauses[ci];
        if (c->isDefault) {
          if (seenDefault) error(c->pos, "multiple defaults in switch");
          seenDefault = true;
        }
        for (const Expr* v : c->list) {
          Operand x;
          expr(x, v);
          if (x.invalid() || tag.invalid()) continue;
          // Each case value is compared with the tag as tag == x would be.
          if (isUntyped(x.type)) convertUntyped(x, tag.type);
          if (x.invalid()) continue;
          if (!sw->tag && !isBoolean(x.type) && !isInterface(x.type)) {
            error(v->pos, "invalid case " + exprString(v) + " in switch (mismatched types " + typeString(x.type) + " and bool)");
          } else if (sw->tag && !identical(x.type, tag.type) && !isInterface(x.type) && !isInterface(tag.type)) {
            error(v->pos, "invalid case " + exprString(v) + " in switch on " + exprString(sw->tag) +
                              " (mismatched types " + typeString(x.type) + " and " + typeString(tag.type) + ")");
          } else if (x.mode == Mode::Constant && (x.val.kind() == Constant::Kind::Int ||
                                                   x.val.kind() == Constant::Kind::Float ||
                                                   x.val.kind() == Constant::Kind::String)) {
            // As types2's caseValues: the same number or string of an
            // identical type twice. The previous case is named by its node's
            // position, which is the '(' of a conversion in gc's syntax tree.
            bool dup = false;
            for (const SeenCase& prev : seenCases) {
              if (!identical(prev.type, x.type) || !Constant::compare(prev.val, syntax::Token::Eql, x.val)) continue;
              error(startPosOf(v), "duplicate case " + operandString(x) + " in expression switch\n\t" +
                                       prev.pos.str() + ": previous case");
              dup = true;
              break;
            }
            auto* call = v->as<CallExpr>();
            if (!dup) seenCases.push_back(SeenCase{x.val, x.type, call ? call->lparen : v->pos});
          }
        }
        openScope(c);
        stmtList(c->body);  // misplaced fallthrough is the syntax stage's error
        closeScope();
      }
      closeScope();
      return;
    }
    case NodeKind::TypeSwitchStmt: {
      auto* ts = s->as<TypeSwitchStmt>();
      openScope(s);
      stmt(ts->init);
      Operand x;
      if (ts->guard) expr(x, ts->guard->x);
      if (!x.invalid() && !isInterface(x.type)) {
        error(ts->guard->x->pos, operandString(x) + " is not an interface");
        x.mode = Mode::Invalid;
      }
      std::vector<Object*> bindings;
      for (const CaseClause* c : ts->clauses) {
        Type* single = nullptr;
        for (const Expr* te : c->list) {
          if (auto* id = te->as<Ident>(); id && id->name == "nil" && scope->lookup("nil") &&
                                         scope->lookup("nil")->kind == ObjectKind::Nil) {
            info.types[te] = TypeAndValue{Mode::Value, ctx.basic(BasicKind::UntypedNil), {}};
            single = c->list.size() == 1 ? x.type : nullptr;
            continue;
          }
          Type* t = typExpr(te);
          if (c->list.size() == 1) single = t;
        }
        openScope(c);
        if (ts->binding) {
          // Each clause has its own implicitly declared variable.
          Type* vt = single && !isBasic(single, BasicKind::Invalid) ? single : x.type;
          Object* v = ctx.newObject(ObjectKind::Var, ts->binding->name, vt, ts->binding->pos);
          v->pkg = pkg;
          scope->insert(v);
          info.implicits[c] = v;
          bindings.push_back(v);
        }
        stmtList(c->body);
        closeScope();
      }
      if (ts->binding) {
        bool used = false;
        for (Object* v : bindings) used |= v->used;
        Object* decl = ctx.newObject(ObjectKind::Var, ts->binding->name, x.type, ts->binding->pos);
        info.defs[ts->binding] = decl;
        if (!used && ts->binding->name != "_") error(ts->binding->pos, ts->binding->name + " declared but not used");
      }
      closeScope();
      return;
    }
    case NodeKind::SelectStmt: {
      auto* sel = s->as<SelectStmt>();
      for (const CommClause* c : sel->clauses) {
        openScope(c);
        if (c->comm) {
          bool valid = c->comm->is<SendStmt>();
          const Expr* recv = nullptr;
          if (auto* es = c->comm->as<ExprStmt>()) recv = es->x;
          if (auto* as = c->comm->as<AssignStmt>(); as && as->rhs.size() == 1) recv = as->rhs[0];
          while (recv && recv->is<ParenExpr>()) recv = recv->as<ParenExpr>()->x;
          if (recv && recv->is<UnaryExpr>() && recv->as<UnaryExpr>()->op == Token::Arrow) valid = true;
          if (!valid) error(c->comm->pos, "select case must be send or receive (possibly with assignment)");
          stmt(c->comm);
        }
        stmtList(c->body);
        closeScope();
      }
      return;
    }
    case NodeKind::RangeStmt: {
      auto* rs = s->as<RangeStmt>();
      openScope(s);
      Operand x;
      expr(x, rs->x);
      Type* keyT = nullptr;
      Type* valT = nullptr;
      if (!x.invalid()) {
        Type* u = coreType(x.type);
        if (auto* p = u->as<Pointer>(); p && underlying(p->elem)->as<Array>()) u = underlying(p->elem);
        if (isString(u)) {
          keyT = ctx.basic(BasicKind::Int);
          valT = ctx.basic(BasicKind::Int32);
          defaultType(x);
        } else if (auto* a = u->as<Array>()) {
          keyT = ctx.basic(BasicKind::Int);
          valT = a->elem;
        } else if (auto* sl = u->as<Slice>()) {
          keyT = ctx.basic(BasicKind::Int);
          valT = sl->elem;
        } else if (auto* m = u->as<Map>()) {
          keyT = m->key;
          valT = m->elem;
        } else if (auto* c = u->as<Chan>()) {
          keyT = c->elem;
          if (rs->value) error(rs->value->pos, "range over " + operandString(x) + " permits only one iteration variable");
          if (c->dir == ChanDir::SendOnly)
            error(rs->x->pos, "invalid operation: range " + exprString(rs->x) + " receive from send-only channel");
        } else {
          error(rs->x->pos, "cannot range over " + operandString(x));
        }
      }
      if (!rs->extraVars.empty())
        error(rs->extraVars[0]->pos, "range clause permits at most two iteration variables");
      const Expr* lhs[2] = {rs->key, rs->value};
      Type* rhsT[2] = {keyT, valT};
      if (rs->tok == Token::Define) {
        std::vector<std::pair<const Ident*, Object*>> vars;
        for (int i = 0; i < 2; ++i) {
          if (!lhs[i]) continue;
          auto* id = lhs[i]->as<Ident>();
          if (!id) {
            error(lhs[i]->pos, "non-name " + exprString(lhs[i]) + " on left side of :=");
            continue;
          }
          Object* v = ctx.newObject(ObjectKind::Var, id->name, rhsT[i] ? rhsT[i] : ctx.basic(BasicKind::Invalid), id->pos);
          vars.push_back({id, v});
        }
        for (auto& [id, v] : vars) declare(scope, id, v);
      } else if (rs->tok == Token::Assign) {
        for (int i = 0; i < 2; ++i) {
          if (!lhs[i] || !rhsT[i]) continue;
          Operand v;
          v.mode = Mode::Value;
          v.type = rhsT[i];
          v.expr = lhs[i];
          assignVar(lhs[i], v);
        }
      }
      stmt(rs->body);
      closeScope();
      return;
    }
    default:
      error(s->pos, "go2cpp does not support this statement yet");
      return;
  }
}

// ---- terminating statements --------------------------------------------------

static bool hasBreak(const Stmt* s, const std::string& label, bool implicit);

static bool hasBreakList(const std::vector<Stmt*>& list, const std::string& label, bool implicit) {
  for (const Stmt* s : list)
    if (hasBreak(s, label, implicit)) return true;
  return false;
}

// Whether s contains a break that targets the enclosing statement (an
// unlabeled one when implicit, or one naming label).
static bool hasBreak(const Stmt* s, const std::string& label, bool implicit) {
  if (!s) return false;
  switch (s->kind) {
    case NodeKind::BranchStmt: {
      auto* b = s->as<BranchStmt>();
      if (b->tok != Token::Break) return false;
      if (!b->label) return implicit;
      return b->label->name == label;
    }
    case NodeKind::LabeledStmt: return hasBreak(s->as<LabeledStmt>()->stmt, label, implicit);
    case NodeKind::BlockStmt: return hasBreakList(s->as<BlockStmt>()->stmts, label, implicit);
    case NodeKind::IfStmt:
      return hasBreak(s->as<IfStmt>()->body, label, implicit) || hasBreak(s->as<IfStmt>()->else_, label, implicit);
    // Nested breakable statements capture unlabeled breaks.
    case NodeKind::ForStmt: return !label.empty() && hasBreak(s->as<ForStmt>()->body, label, false);
    case NodeKind::RangeStmt: return !label.empty() && hasBreak(s->as<RangeStmt>()->body, label, false);
    case NodeKind::SwitchStmt:
      if (label.empty()) return false;
      for (auto* c : s->as<SwitchStmt>()->clauses)
        if (hasBreakList(c->body, label, false)) return true;
      return false;
    case NodeKind::TypeSwitchStmt:
      if (label.empty()) return false;
      for (auto* c : s->as<TypeSwitchStmt>()->clauses)
        if (hasBreakList(c->body, label, false)) return true;
      return false;
    case NodeKind::SelectStmt:
      if (label.empty()) return false;
      for (auto* c : s->as<SelectStmt>()->clauses)
        if (hasBreakList(c->body, label, false)) return true;
      return false;
    default: return false;
  }
}

bool Checker::isTerminating(const Stmt* s, const std::string& label) {
  if (!s) return false;
  switch (s->kind) {
    case NodeKind::ReturnStmt: return true;
    case NodeKind::BranchStmt: {
      auto tok = s->as<BranchStmt>()->tok;
      return tok == Token::Goto || tok == Token::Fallthrough;
    }
    case NodeKind::ExprStmt: {
      const Expr* e = s->as<ExprStmt>()->x;
      while (auto* p = e->as<ParenExpr>()) e = p->x;
      if (auto* call = e->as<CallExpr>()) {
        if (auto* id = call->fun->as<Ident>()) {
          Object* o = info.objectOf(id);
          return o && o->kind == ObjectKind::Builtin && o->builtin == BuiltinId::Panic;
        }
      }
      return false;
    }
    case NodeKind::BlockStmt: {
      auto& list = s->as<BlockStmt>()->stmts;
      // Trailing empty statements do not count.
      for (auto it = list.rbegin(); it != list.rend(); ++it) {
        if ((*it)->is<EmptyStmt>()) continue;
        return isTerminating(*it, "");
      }
      return false;
    }
    case NodeKind::LabeledStmt: {
      auto* l = s->as<LabeledStmt>();
      return isTerminating(l->stmt, l->label->name);
    }
    case NodeKind::IfStmt: {
      auto* i = s->as<IfStmt>();
      return i->else_ && isTerminating(i->body, "") && isTerminating(i->else_, "");
    }
    case NodeKind::ForStmt: {
      auto* f = s->as<ForStmt>();
      return !f->cond && !hasBreak(f->body, label, true);
    }
    case NodeKind::SwitchStmt:
    case NodeKind::TypeSwitchStmt: {
      const auto& clauses = s->is<SwitchStmt>() ? s->as<SwitchStmt>()->clauses : s->as<TypeSwitchStmt>()->clauses;
      bool hasDefault = false;
      for (const CaseClause* c : clauses) {
        if (c->isDefault) hasDefault = true;
        if (hasBreakList(c->body, label, true)) return false;
        const Stmt* last = nullptr;
        for (auto it = c->body.rbegin(); it != c->body.rend(); ++it)
          if (!(*it)->is<EmptyStmt>()) { last = *it; break; }
        if (!last || !isTerminating(last, "")) return false;
      }
      return hasDefault;
    }
    case NodeKind::SelectStmt: {
      for (const CommClause* c : s->as<SelectStmt>()->clauses) {
        if (hasBreakList(c->body, label, true)) return false;
        const Stmt* last = nullptr;
        for (auto it = c->body.rbegin(); it != c->body.rend(); ++it)
          if (!(*it)->is<EmptyStmt>()) { last = *it; break; }
        if (!last || !isTerminating(last, "")) return false;
      }
      return true;
    }
    default: return false;
  }
}

}  // namespace types
