// This file implements the expression dispatcher (go/types' exprInternal)
// and the forms that need no file of their own: literals, parentheses,
// selectors, dereference and type assertions.
#include "types/checker.hpp"

namespace types {

using namespace syntax;

void Checker::rawExpr(Operand& x, const Expr* e, Type* hint) {
  x = Operand();
  x.expr = e;
  switch (e->kind) {
    case NodeKind::BadExpr: return;
    case NodeKind::Ident: ident(x, e->as<Ident>(), false); return;
    case NodeKind::BasicLit: {
      auto* lit = e->as<BasicLit>();
      x.mode = Mode::Constant;
      x.val = Constant::fromLiteral(*lit);
      switch (lit->litKind) {
        case LitKind::Int: x.type = ctx.basic(BasicKind::UntypedInt); break;
        case LitKind::Float: x.type = ctx.basic(BasicKind::UntypedFloat); break;
        case LitKind::Imag: x.type = ctx.basic(BasicKind::UntypedComplex); break;
        case LitKind::Rune: x.type = ctx.basic(BasicKind::UntypedRune); break;
        case LitKind::String: x.type = ctx.basic(BasicKind::UntypedString); break;
      }
      record(x);
      return;
    }
    case NodeKind::ParenExpr: {
      rawExpr(x, e->as<ParenExpr>()->x, hint);
      x.expr = e;
      if (!x.invalid()) record(x);
      return;
    }
    case NodeKind::BinaryExpr: binary(x, e->as<BinaryExpr>()); return;
    case NodeKind::UnaryExpr: unary(x, e->as<UnaryExpr>()); return;
    case NodeKind::CallExpr: call(x, e->as<CallExpr>()); return;
    case NodeKind::SelectorExpr: selector(x, e->as<SelectorExpr>()); return;
    case NodeKind::IndexExpr: indexExpr(x, e->as<IndexExpr>()); return;
    case NodeKind::SliceExpr: sliceExpr(x, e->as<SliceExpr>()); return;
    case NodeKind::CompositeLit: compositeLit(x, e->as<CompositeLit>(), hint); return;
    case NodeKind::FuncLit: funcLit(x, e->as<FuncLit>()); return;
    case NodeKind::StarExpr: {
      rawExpr(x, e->as<StarExpr>()->x, nullptr);
      if (x.invalid()) return;
      x.expr = e;
      if (x.mode == Mode::TypeExpr) {
        x.type = ctx.types().make<Pointer>(x.type);
        record(x);
        return;
      }
      auto* p = x.type ? underlying(x.type)->as<Pointer>() : nullptr;
      if (!p) {
        Operand inner = x;
        inner.expr = e->as<StarExpr>()->x;
        if (isBasic(x.type, BasicKind::UntypedNil)) error(e->pos, "invalid operation: cannot indirect nil");
        else error(e->pos, "invalid operation: cannot indirect " + operandString(inner));
        x.mode = Mode::Invalid;
        return;
      }
      x.mode = Mode::Variable;
      x.type = p->elem;
      record(x);
      return;
    }
    case NodeKind::TypeAssertExpr: {
      auto* ta = e->as<TypeAssertExpr>();
      expr(x, ta->x);
      if (x.invalid()) return;
      if (!ta->type) {
        error(e->pos, "invalid AST: use of .(type) outside type switch");
        x.mode = Mode::Invalid;
        return;
      }
      if (!isInterface(x.type)) {
        error(ta->x->pos, "invalid operation: " + operandString(x) + " is not an interface");
        x.mode = Mode::Invalid;
        return;
      }
      Type* t = typExpr(ta->type);
      x.mode = Mode::CommaOk;
      x.type = t;
      x.expr = e;
      record(x);
      return;
    }
    case NodeKind::KeyValueExpr:
      error(e->pos, "invalid syntax tree: no key:value expected");
      return;
    case NodeKind::ArrayType: case NodeKind::StructType: case NodeKind::FuncType:
    case NodeKind::InterfaceType: case NodeKind::MapType: case NodeKind::ChanType:
      x.type = typExpr(e);
      x.mode = isBasic(x.type, BasicKind::Invalid) ? Mode::Invalid : Mode::TypeExpr;
      return;
    case NodeKind::Ellipsis:
      error(e->pos, "invalid use of ...");
      return;
    default:
      error(e->pos, "go2cpp does not support this expression yet");
      return;
  }
}

// Finds a field or method by name in t (a struct, a pointer to one, or a
// named type), searching embedded fields breadth-first. depth>0 hits through
// embedding; several hits at the same depth are ambiguous.
struct Lookup {
  Object* obj = nullptr;
  bool ambiguous = false;
  bool indirect = false;
};

static Lookup lookupFieldOrMethod(Type* t, const std::string& name) {
  Lookup result;
  std::vector<Type*> level{t};
  std::set<Type*> seen;
  for (int depth = 0; !level.empty() && depth < 16; ++depth) {
    std::vector<Type*> next;
    int found = 0;
    for (Type* cur : level) {
      bool viaPtr = false;
      if (auto* p = cur->as<Pointer>()) { cur = p->elem; viaPtr = true; }
      if (!seen.insert(cur).second) continue;
      if (auto* n = cur->as<Named>()) {
        for (Object* m : n->methods)
          if (m->name == name) { result.obj = m; result.indirect = viaPtr; ++found; }
      }
      Type* u = underlying(cur);
      if (auto* st = u->as<Struct>()) {
        for (auto& f : st->fields) {
          if (f.var->name == name) { result.obj = f.var; ++found; }
          if (f.embedded) next.push_back(f.var->type);
        }
      } else if (auto* it = u->as<Interface>()) {
        for (Object* m : it->methods)
          if (m->name == name) { result.obj = m; ++found; }
      }
    }
    if (found > 1) { result.ambiguous = true; return result; }
    if (found == 1) return result;
    level = std::move(next);
  }
  return result;
}

void Checker::selector(Operand& x, const SelectorExpr* e) {
  const std::string& sel = e->sel->name;
  // pkg.Name
  if (auto* id = e->x->as<Ident>()) {
    Object* obj = scope ? scope->lookup(id->name) : nullptr;
    if (obj && obj->kind == ObjectKind::PkgName) {
      info.uses[id] = obj;
      usedPkgNames.insert(obj);
      Object* member = obj->imported->scope->lookupLocal(sel);
      bool exported = !sel.empty() && std::isupper(static_cast<unsigned char>(sel[0]));
      if (!member || !exported) {
        error(e->sel->pos, "undefined: " + id->name + "." + sel);
        x.mode = Mode::Invalid;
        return;
      }
      info.uses[e->sel] = member;
      x.expr = e;
      switch (member->kind) {
        case ObjectKind::Const: x.mode = Mode::Constant; x.val = member->value; x.type = member->type; break;
        case ObjectKind::TypeName: x.mode = Mode::TypeExpr; x.type = member->type; break;
        case ObjectKind::Var: x.mode = Mode::Variable; x.type = member->type; break;
        case ObjectKind::Func: x.mode = Mode::Value; x.type = member->type; break;
        case ObjectKind::Builtin: x.mode = Mode::Builtin; x.builtin = member; x.type = member->type; break;
        default: x.mode = Mode::Invalid; return;
      }
      record(x);
      return;
    }
  }
  exprOrType(x, e->x);
  if (x.invalid()) return;
  Lookup found = lookupFieldOrMethod(x.type, sel);
  if (!found.obj || found.ambiguous) {
    std::string why = found.ambiguous ? "ambiguous selector " + exprString(e)
                                      : exprString(e) + " undefined (type " + typeString(x.type) +
                                            " has no field or method " + sel + ")";
    error(e->sel->pos, why);
    x.mode = Mode::Invalid;
    return;
  }
  info.uses[e->sel] = found.obj;
  x.expr = e;
  if (found.obj->kind == ObjectKind::Var) {
    // A field of a variable (or of a pointer's target) is a variable.
    bool viaPointer = underlying(x.type)->kind == TypeKind::Pointer;
    x.mode = (x.mode == Mode::Variable || viaPointer) ? Mode::Variable : Mode::Value;
    x.type = found.obj->type;
  } else if (x.mode == Mode::TypeExpr && found.obj->type && found.obj->type->as<Signature>()) {
    // Method expression T.m: a function whose first parameter is the receiver.
    auto* m = found.obj->type->as<Signature>();
    auto* sig = ctx.types().make<Signature>();
    sig->params = ctx.types().make<Tuple>();
    sig->params->vars.push_back(ctx.newObject(ObjectKind::Var, "", x.type, e->pos));
    if (m->params)
      for (Object* p : m->params->vars) sig->params->vars.push_back(p);
    sig->results = m->results;
    sig->variadic = m->variadic;
    x.mode = Mode::Value;
    x.type = sig;
  } else {
    x.mode = Mode::Value;  // method value
    x.type = found.obj->type;
  }
  record(x);
}

}  // namespace types
