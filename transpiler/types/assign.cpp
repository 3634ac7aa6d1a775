// This file implements assignability (spec: "Assignability") and the forms
// of assignment: variable declarations, `=`, `:=` and op-assignments, with
// gc's messages ("cannot use x (variable of type int) as type string in
// assignment", "assignment mismatch: 2 variables but f returns 1 value").
#include "types/checker.hpp"
#include "types/lookup.hpp"

namespace types {

using namespace syntax;

// Spec: predeclared types, defined types and type parameters are named.
static bool isNamedType(const Type* t) {
  return t->kind == TypeKind::Named || t->kind == TypeKind::Basic || t->kind == TypeKind::TypeParam;
}

bool Checker::assignableTo(Operand& x, Type* T, std::string* reason) {
  Type* V = x.type;
  if (!V || !T) return false;
  if (identical(V, T)) return true;
  Type* vu = underlying(V);
  Type* tu = underlying(T);
  if (isUntyped(V)) {
    if (auto* tp = T->as<TypeParam>()) return untypedFitsTypeParam(x, tp);
    if (isBasic(V, BasicKind::UntypedNil)) {
      switch (tu->kind) {
        case TypeKind::Pointer: case TypeKind::Slice: case TypeKind::Map: case TypeKind::Chan:
        case TypeKind::Signature: case TypeKind::Interface: return true;
        default: return isBasic(tu, BasicKind::UnsafePointer);
      }
    }
    if (auto* b = tu->as<Basic>()) {
      if (x.mode != Mode::Constant) return isBoolean(V) ? isBoolean(b) : isNumeric(b) && isNumeric(V);
      Operand probe = x;
      return representable(probe, b, reason);
    }
    if (Interface* it = interfaceOf(tu)) return it->allMethods.empty() && !it->isConstraintOnly();
    return false;
  }
  if (identical(vu, tu) && (!isNamedType(V) || !isNamedType(T)) &&
      !V->as<TypeParam>() && !T->as<TypeParam>())
    return true;
  // Type parameters (spec: "Assignability"): a value of type parameter type
  // V goes to a non-named T if every type of V's set does; a value of a
  // non-named type V goes to a type parameter T if it fits every type of T's.
  auto eachTerm = [&](Type* tp, auto fits) {
    Interface* it = interfaceOf(tp);
    if (!it || it->allTypes || it->terms.empty()) return false;
    for (const Term& term : it->terms)
      if (!fits(term.type)) return false;
    return true;
  };
  if (V->as<TypeParam>() && !isNamedType(T) && !tu->as<Interface>()) {
    return eachTerm(V, [&](Type* t) {
      Operand probe = x;
      probe.type = t;
      return assignableTo(probe, T, nullptr);
    });
  }
  if (T->as<TypeParam>() && !isNamedType(V)) {
    return eachTerm(T, [&](Type* t) { return assignableTo(x, t, nullptr); });
  }
  if (tu->as<Interface>() && !T->as<TypeParam>()) {
    std::string why = missingMethodReason(V, T);
    if (why.empty()) return true;
    if (reason) *reason = typeString(V) + " does not implement " + typeString(T) + " " + why;
    return false;
  }
  if (auto* vc = vu->as<Chan>()) {
    auto* tc = tu->as<Chan>();
    if (tc && vc->dir == ChanDir::Both && identical(vc->elem, tc->elem) &&
        (!isNamedType(V) || !isNamedType(T)))
      return true;
  }
  return false;
}

void Checker::assignment(Operand& x, Type* T, const std::string& context) {
  if (x.invalid() || !T || isBasic(T, BasicKind::Invalid)) return;
  if (x.mode == Mode::CommaOk) x.mode = Mode::Value;
  std::string reason;
  if (!assignableTo(x, T, &reason)) {
    // gc 1.19: untyped values read "as T value in", typed ones "as type T in"
    // with the cause on the next line.
    std::string msg;
    if (isUntyped(x.type)) {
      msg = "cannot use " + operandString(x) + " as " + typeString(T) + " value in " + context;
      if (x.mode == Mode::Constant && !reason.empty()) msg += " (" + reason + ")";
    } else {
      msg = "cannot use " + operandString(x) + " as type " + typeString(T) + " in " + context;
      if (reason.empty() && isInterface(x.type) && !isInterface(T) && implements(T, x.type))
        reason = "need type assertion";
      if (!reason.empty()) msg += ":\n\t" + reason;
    }
    error(startPosOf(x.expr), msg);
    x.mode = Mode::Invalid;
    return;
  }
  if (isUntyped(x.type)) {
    if (isInterface(T) && !isBasic(x.type, BasicKind::UntypedNil)) defaultType(x);
    else convertUntyped(x, T);
  }
}

// x = f() where f returns several values (or none): gc's "assignment
// mismatch" rather than a single-value-context error. Reports and returns
// true when that is the case.
bool Checker::mismatchedCall(const Operand& x, size_t nvars, Pos at) {
  auto* call = x.expr ? x.expr->as<CallExpr>() : nullptr;
  if (!call || x.invalid()) return false;
  size_t n = 0;
  if (x.mode == Mode::NoValue) n = 0;
  else if (x.type && x.type->kind == TypeKind::Tuple) n = x.type->as<Tuple>()->size();
  else return false;
  error(at, "assignment mismatch: " + std::to_string(nvars) + " variable" + (nvars > 1 ? "s" : "") + " but " +
                exprString(call->fun) + " returns " + (n == 0 ? std::string("no values") : std::to_string(n) + " values"));
  return true;
}

// Declares or assigns the variables lhs from rhs (one expression per
// variable, or one multi-valued expression for several).
void Checker::initVars(const std::vector<Object*>& lhs, const std::vector<const Expr*>& rhs, const Node* at,
                       const std::string& context) {
  // As types2: when an initialization fails, its variables count as used
  // (no follow-on "declared but not used"); invalid operands were
  // reported where they went wrong.
  size_t errorsBefore = diags.errors().size();
  struct MarkUsed {
    Checker& c;
    const std::vector<Object*>& lhs;
    size_t before;
    ~MarkUsed() {
      bool failed = c.diags.errors().size() != before;
      for (Object* v : lhs)
        if (failed || !v->type || isBasic(v->type, BasicKind::Invalid)) v->used = true;
    }
  } markUsed{*this, lhs, errorsBefore};
  auto setType = [&](Object* v, Operand& x) {
    if (x.invalid()) {
      if (!v->type) v->type = ctx.basic(BasicKind::Invalid);
      return;
    }
    if (v->type) {
      assignment(x, v->type, context);
      return;
    }
    if (isBasic(x.type, BasicKind::UntypedNil)) {
      error(x.expr->pos, "use of untyped nil in " + context);
      v->type = ctx.basic(BasicKind::Invalid);
      return;
    }
    if (x.mode == Mode::CommaOk) x.mode = Mode::Value;
    // An untyped value takes its default type, checked like an assignment
    // so that overflow reads "cannot use ... as int value in ... (overflows)".
    Type* d = defaultTypeOf(x.type);
    assignment(x, d, context);
    v->type = x.invalid() ? ctx.basic(BasicKind::Invalid) : d;
  };
  if (lhs.size() == rhs.size()) {
    for (size_t i = 0; i < lhs.size(); ++i) {
      Operand x;
      rawExpr(x, rhs[i], lhs[i]->type);
      if (lhs.size() == 1 && mismatchedCall(x, 1, lhs[0]->pos)) {
        x.mode = Mode::Invalid;
      } else if (x.mode == Mode::TypeExpr || x.mode == Mode::NoValue || x.mode == Mode::Builtin ||
          (x.type && x.type->kind == TypeKind::Tuple)) {
        // Let expr() produce the right message.
        Operand again;
        expr(again, rhs[i]);
        x.mode = Mode::Invalid;
      }
      setType(lhs[i], x);
    }
    return;
  }
  if (rhs.size() == 1) {
    std::vector<Operand> xs;
    Operand single;
    rawExpr(single, rhs[0], nullptr);
    if ((single.mode == Mode::CommaOk || single.mode == Mode::MapIndex) && lhs.size() == 2) {
      single.mode = Mode::Value;
      setType(lhs[0], single);
      if (!lhs[1]->type) {
        lhs[1]->type = ctx.basic(BasicKind::Bool);
      } else {
        // ok is an untyped boolean value: it goes to any boolean type, or to
        // an interface (var v, ok any = m[k]).
        Operand ok;
        ok.mode = Mode::Value;
        ok.expr = rhs[0];
        ok.type = ctx.basic(BasicKind::UntypedBool);
        if (!assignableTo(ok, lhs[1]->type, nullptr))
          error(lhs[1]->pos, "cannot use " + exprString(rhs[0]) + " (untyped bool value) as " +
                                 typeString(lhs[1]->type) + " value in " + context);
      }
      // The comma-ok form is recorded as a tuple (T, bool), as go/types does.
      auto* tuple = ctx.types().make<Tuple>();
      tuple->vars.push_back(ctx.newObject(ObjectKind::Var, "", single.type, rhs[0]->pos));
      tuple->vars.push_back(ctx.newObject(ObjectKind::Var, "", ctx.basic(BasicKind::Bool), rhs[0]->pos));
      info.types[rhs[0]].type = tuple;
      info.types[rhs[0]].mode = Mode::CommaOk;
      return;
    }
    if (!single.invalid() && single.type && single.type->kind == TypeKind::Tuple) {
      auto* t = single.type->as<Tuple>();
      if (t->size() == lhs.size()) {
        for (size_t i = 0; i < lhs.size(); ++i) {
          Operand v;
          v.mode = Mode::Value;
          v.expr = rhs[0];
          v.type = t->at(i);
          setType(lhs[i], v);
        }
        return;
      }
      auto* call = rhs[0]->as<CallExpr>();
      error(lhs[0]->pos, "assignment mismatch: " + std::to_string(lhs.size()) + " variable" +
                             (lhs.size() > 1 ? "s" : "") + " but " + (call ? exprString(call->fun) : "expression") +
                             " returns " + std::to_string(t->size()) + " value" + (t->size() > 1 ? "s" : ""));
    } else if (!single.invalid()) {
      auto* call = rhs[0]->as<CallExpr>();
      if (call && single.mode != Mode::Constant) {
        error(lhs[0]->pos, "assignment mismatch: " + std::to_string(lhs.size()) + " variables but " +
                               exprString(call->fun) + " returns " +
                               (single.mode == Mode::NoValue ? "no values" : "1 value"));
      } else {
        error(lhs[0]->pos, "assignment mismatch: " + std::to_string(lhs.size()) + " variables but 1 value");
      }
    }
  } else {
    error(lhs[0]->pos, "assignment mismatch: " + std::to_string(lhs.size()) + " variable" +
                           (lhs.size() > 1 ? "s" : "") + " but " + std::to_string(rhs.size()) + " value" +
                           (rhs.size() > 1 ? "s" : ""));
    for (const Expr* r : rhs) { Operand ignored; rawExpr(ignored, r, nullptr); }
  }
  (void)at;
  for (Object* v : lhs)
    if (!v->type) v->type = ctx.basic(BasicKind::Invalid);
}

// Checks an assignment target without counting it as a use of the variable.
Type* Checker::assignVar(const Expr* lhs, Operand& x) {
  while (auto* p = lhs->as<ParenExpr>()) lhs = p->x;  // (_) = 0 is an assignment to _
  if (auto* id = lhs->as<Ident>(); id && id->name == "_") {
    info.defs[id] = nullptr;
    if (x.invalid()) return nullptr;
    if (isBasic(x.type, BasicKind::UntypedNil)) {
      error(x.expr->pos, "use of untyped nil in assignment");
      return nullptr;
    }
    if (x.mode == Mode::CommaOk) x.mode = Mode::Value;
    defaultType(x);
    return x.type;
  }
  Operand z;
  Object* v = nullptr;
  bool wasUsed = false;
  if (auto* id = lhs->as<Ident>()) {
    v = scope ? scope->lookup(id->name) : nullptr;
    if (v && v->kind == ObjectKind::Var) wasUsed = v->used;
  }
  expr(z, lhs);
  if (v && v->kind == ObjectKind::Var && v->pkg == pkg && v->parent != pkg->scope) v->used = wasUsed;
  if (z.invalid()) return nullptr;
  if (z.mode != Mode::Variable && z.mode != Mode::MapIndex) {
    // gc's special case: m[k].f = v, a field of a struct held in a map.
    if (auto* sel = lhs->as<SelectorExpr>()) {
      const Expr* base = sel->x;
      while (auto* p = base->as<ParenExpr>()) base = p->x;
      auto bt = info.types.find(base);
      if (bt != info.types.end() && bt->second.mode == Mode::MapIndex) {
        error(startPosOf(lhs), "cannot assign to struct field " + exprString(lhs) + " in map");
        return nullptr;
      }
    }
    error(startPosOf(lhs), "cannot assign to " + operandString(z) + " (neither addressable nor a map index expression)");
    return nullptr;
  }
  if (!x.invalid()) assignment(x, z.type, "assignment");
  return z.type;
}

void Checker::assignVars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs, const Node* at) {
  // A failed assignment makes its target variables used (types2).
  struct MarkUsed {
    Checker& c;
    const std::vector<Expr*>& lhs;
    size_t before;
    ~MarkUsed() {
      if (c.diags.errors().size() == before) return;
      for (const Expr* l : lhs) {
        while (auto* p = l->as<ParenExpr>()) l = p->x;
        auto* id = l->as<Ident>();
        Object* v = id && c.scope ? c.scope->lookup(id->name) : nullptr;
        if (v && v->kind == ObjectKind::Var && v->pkg == c.pkg) v->used = true;
      }
    }
  } markUsed{*this, lhs, diags.errors().size()};
  if (lhs.size() == rhs.size()) {
    for (size_t i = 0; i < lhs.size(); ++i) {
      Operand x;
      rawExpr(x, rhs[i], nullptr);
      if (lhs.size() == 1 && mismatchedCall(x, 1, lhs[0]->pos)) {
        x.mode = Mode::Invalid;
      } else if (x.mode == Mode::TypeExpr || x.mode == Mode::NoValue || (x.type && x.type->kind == TypeKind::Tuple)) {
        Operand again;
        expr(again, rhs[i]);
        x.mode = Mode::Invalid;
      }
      assignVar(lhs[i], x);
    }
    return;
  }
  // Several targets from one multi-valued expression: check it as a var
  // declaration would, then each target against its value's type.
  std::vector<Object*> temps;
  for (const Expr* l : lhs) temps.push_back(ctx.newObject(ObjectKind::Var, "", nullptr, l->pos));
  std::vector<const Expr*> r(rhs.begin(), rhs.end());
  size_t before = diags.errors().size();
  initVars(temps, r, at, "assignment");
  bool failed = diags.errors().size() != before;
  // v, ok = m[k] (and the other comma-ok forms): ok is an untyped boolean,
  // assignable to any boolean type.
  auto rtv = info.types.find(rhs[0]);
  bool commaOk = lhs.size() == 2 && rtv != info.types.end() && rtv->second.mode == Mode::CommaOk;
  for (size_t i = 0; i < lhs.size(); ++i) {
    Operand x;
    x.mode = failed ? Mode::Invalid : Mode::Value;  // the targets are still checked (and used)
    x.expr = rhs[0];
    x.type = commaOk && i == 1 ? ctx.basic(BasicKind::UntypedBool) : temps[i]->type;
    assignVar(lhs[i], x);
  }
}

void Checker::shortVarDecl(const AssignStmt* s) {
  std::vector<Object*> vars;
  std::vector<Object*> newVars;
  std::vector<const Ident*> idents;
  bool bad = false;
  for (const Expr* l : s->lhs) {
    auto* id = l->as<Ident>();
    if (!id) {
      error(l->pos, "non-name " + exprString(l) + " on left side of :=");
      bad = true;
      continue;
    }
    idents.push_back(id);
    Object* existing = id->name == "_" ? nullptr : scope->lookupLocal(id->name);
    if (existing && existing->kind == ObjectKind::Var) {
      info.uses[id] = existing;
      vars.push_back(existing);
    } else {
      Object* v = ctx.newObject(ObjectKind::Var, id->name, nullptr, id->pos);
      vars.push_back(v);
      newVars.push_back(v);
    }
  }
  if (bad) {
    for (const Expr* r : s->rhs) { Operand ignored; rawExpr(ignored, r, nullptr); }
    return;
  }
  bool anyNew = false;
  for (Object* v : newVars) anyNew |= v->name != "_";
  if (!anyNew) error(s->pos, "no new variables on left side of :=");
  // Existing variables are assigned to, which does not make them used.
  std::vector<bool> wasUsed;
  for (Object* v : vars) wasUsed.push_back(v->used);
  std::vector<const Expr*> rhs(s->rhs.begin(), s->rhs.end());
  // Already-declared variables keep their type: check against it.
  initVars(vars, rhs, s, "assignment");
  for (size_t i = 0; i < vars.size(); ++i)  // (new ones may be used already: a failed initialization)
    if (std::find(newVars.begin(), newVars.end(), vars[i]) == newVars.end()) vars[i]->used = wasUsed[i];
  for (size_t i = 0; i < idents.size(); ++i) {
    if (std::find(newVars.begin(), newVars.end(), vars[i]) == newVars.end()) continue;
    declare(scope, idents[i], vars[i]);
  }
}

}  // namespace types
