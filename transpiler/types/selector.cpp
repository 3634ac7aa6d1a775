// This file implements selectors (spec: "Selectors", "Method values",
// "Method expressions"): qualified identifiers pkg.Name, fields and methods
// of values (promoted through embedding), and method expressions T.m.
// Every selector but pkg.Name gets a Selection in Info::selections, which
// tells later stages the path through embedded fields and whether the
// receiver is addressed or dereferenced on the way.
#include "types/checker.hpp"
#include "types/lookup.hpp"

namespace types {

using namespace syntax;

// m's signature without its receiver: the type of the method value x.m.
Signature* Checker::methodValueType(Object* m) {
  auto* sig = m->type ? m->type->as<Signature>() : nullptr;
  if (!sig || !sig->recv) return sig;
  auto* s = ctx.types().make<Signature>();
  s->params = sig->params;
  s->results = sig->results;
  s->variadic = sig->variadic;
  return s;
}

// The type of the method expression T.m: the receiver becomes the first parameter.
static Signature* methodExprType(Checker& c, Type* recv, Object* m, Pos pos) {
  auto* msig = m->type->as<Signature>();
  auto* sig = c.ctx.types().make<Signature>();
  sig->params = c.ctx.types().make<Tuple>();
  Object* r = c.ctx.newObject(ObjectKind::Var, "", recv, pos);
  r->isParam = true;
  sig->params->vars.push_back(r);
  if (msig->params)
    for (Object* p : msig->params->vars) sig->params->vars.push_back(p);
  sig->results = msig->results;
  sig->variadic = msig->variadic;
  return sig;
}

// pkg.Name; returns false if e.x is not a package name.
bool Checker::qualifiedIdent(Operand& x, const SelectorExpr* e) {
  auto* id = e->x->as<Ident>();
  Object* obj = id && scope ? scope->lookup(id->name) : nullptr;
  if (!obj || obj->kind != ObjectKind::PkgName) return false;
  const std::string& sel = e->sel->name;
  info.uses[id] = obj;
  usedPkgNames.insert(obj);
  if (obj->imported->isFake) {  // its import failed, and that was reported
    x.mode = Mode::Invalid;
    return true;
  }
  Object* member = obj->imported->scope->lookupLocal(sel);
  bool exported = !sel.empty() && std::isupper(static_cast<unsigned char>(sel[0]));
  if (!member || !exported) {
    error(e->sel->pos, "undefined: " + id->name + "." + sel);
    x.mode = Mode::Invalid;
    return true;
  }
  info.uses[e->sel] = member;
  x.expr = e;
  switch (member->kind) {
    case ObjectKind::Const: x.mode = Mode::Constant; x.val = member->value; x.type = member->type; break;
    case ObjectKind::TypeName: x.mode = Mode::TypeExpr; x.type = member->type; break;
    case ObjectKind::Var: x.mode = Mode::Variable; x.type = member->type; break;
    case ObjectKind::Func: x.mode = Mode::Value; x.type = member->type; break;
    case ObjectKind::Builtin: x.mode = Mode::Builtin; x.builtin = member; x.type = member->type; break;
    default: x.mode = Mode::Invalid; return true;
  }
  record(x);
  return true;
}

void Checker::selector(Operand& x, const SelectorExpr* e) {
  if (qualifiedIdent(x, e)) return;
  const std::string& sel = e->sel->name;
  exprOrType(x, e->x);
  if (x.invalid()) return;
  if (x.mode == Mode::NoValue || x.mode == Mode::Builtin) {
    error(e->x->pos, exprString(e->x) + (x.mode == Mode::NoValue ? " (no value) used as value" : " (built-in) must be called"));
    x.mode = Mode::Invalid;
    return;
  }
  if (x.type && x.type->kind == TypeKind::Tuple) {
    error(e->x->pos, "multiple-value " + exprString(e->x) + " (value of type " + typeString(x.type) +
                         ") in single-value context");
    x.mode = Mode::Invalid;
    return;
  }
  bool isTypeExpr = x.mode == Mode::TypeExpr;
  LookupResult found = lookupFieldOrMethod(x.type, x.mode == Mode::Variable, pkg, sel);
  if (found.needsAddr) {
    Type* base = x.type->as<Pointer>() ? x.type->as<Pointer>()->elem : x.type;
    error(e->sel->pos, "cannot call pointer method " + sel + " on " + typeString(base));
    x.mode = Mode::Invalid;
    return;
  }
  if (!found.obj) {
    if (found.ambiguous) {
      error(e->sel->pos, "ambiguous selector " + exprString(e));
    } else if (auto* p = x.type->as<Pointer>(); p && underlying(p->elem)->as<Interface>() && !p->elem->as<TypeParam>()) {
      error(e->sel->pos, exprString(e) + " undefined (type " + typeString(x.type) +
                             " is pointer to interface, not interface)");
    } else {
      error(e->sel->pos, exprString(e) + " undefined (type " + typeString(x.type) + " has no field or method " + sel +
                             ")");
    }
    x.mode = Mode::Invalid;
    return;
  }
  Object* obj = found.obj;
  info.uses[e->sel] = obj;
  // A method of this package is a dependency for the initialization order,
  // as a function is (spec: "Package initialization": method values and
  // calls count; var x = T{}.m() waits for what m uses).
  if (currentDecl && obj->kind == ObjectKind::Func && obj->pkg == pkg && declOf.count(obj)) {
    Object* m = obj->origin ? obj->origin : obj;
    currentDecl->deps.insert(m);
  }
  Selection s;
  s.recv = x.type;
  s.obj = obj;
  s.index = found.index;
  s.indirect = found.indirect;
  s.ptrRecv = hasPtrRecv(obj);
  x.expr = e;
  if (isTypeExpr) {
    if (obj->kind != ObjectKind::Func) {
      error(e->sel->pos, exprString(e) + " undefined (type " + typeString(x.type) + " has no method " + sel + ")");
      x.mode = Mode::Invalid;
      return;
    }
    s.kind = SelectionKind::MethodExpr;
    s.type = methodExprType(*this, x.type, obj, e->pos);
    x.mode = Mode::Value;
  } else if (obj->kind == ObjectKind::Var) {
    s.kind = SelectionKind::FieldVal;
    s.type = obj->type;
    // A field of a variable, or reached through a pointer, is a variable.
    x.mode = (x.mode == Mode::Variable || found.indirect) ? Mode::Variable : Mode::Value;
  } else {
    s.kind = SelectionKind::MethodVal;
    s.type = methodValueType(obj);
    x.mode = Mode::Value;
  }
  x.type = s.type;
  x.val = Constant();
  info.selections[e] = s;
  record(x);
}

}  // namespace types
