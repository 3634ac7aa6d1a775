// This file implements type expressions: the syntax that denotes a type
// (int, []T, map[K]V, struct{...}, func(...), pkg.T) becomes a types::Type.
#include "types/checker.hpp"

namespace types {

using namespace syntax;

Type* Checker::typExpr(const Expr* e) {
  Type* invalid = ctx.basic(BasicKind::Invalid);
  if (!e) return invalid;
  Type* t = invalid;
  switch (e->kind) {
    case NodeKind::Ident:
    case NodeKind::SelectorExpr: {
      Operand x;
      exprOrType(x, e);
      if (x.invalid()) return invalid;
      if (x.mode != Mode::TypeExpr) {
        error(e->pos, exprString(e) + " is not a type");
        return invalid;
      }
      if (auto* n = x.type->as<Named>(); n && n->isGeneric()) {
        error(e->pos, "cannot use generic type " + genericTypeString(n) + " without instantiation");
        return invalid;
      }
      return x.type;
    }
    case NodeKind::ParenExpr: t = typExpr(e->as<ParenExpr>()->x); break;
    case NodeKind::StarExpr: t = ctx.types().make<Pointer>(typExpr(e->as<StarExpr>()->x)); break;
    case NodeKind::ArrayType: {
      auto* a = e->as<ArrayType>();
      if (!a->len) {
        t = ctx.types().make<Slice>(typExpr(a->elem));
      } else if (a->len->is<Ellipsis>()) {
        error(a->len->pos, "invalid use of [...] array (outside a composite literal)");
        typExpr(a->elem);
      } else {
        int64_t n = arrayLength(a->len);
        Type* elem = typExpr(a->elem);
        t = n < 0 ? invalid : ctx.types().make<Array>(elem, n);
      }
      break;
    }
    case NodeKind::Ellipsis: t = ctx.types().make<Slice>(typExpr(e->as<Ellipsis>()->elt)); break;
    case NodeKind::MapType: {
      auto* m = e->as<MapType>();
      Type* k = typExpr(m->key);
      Type* v = typExpr(m->value);
      // Checked once all types are complete: the key may be a type whose
      // declaration is still in progress (type S struct{ m map[S]int }).
      if (k != invalid) {
        Pos at = m->key->pos;
        delayed.push_back([this, k, at] {
          if (auto* tp = k->as<TypeParam>()) {
            if (!comparable(tp)) error(at, "invalid map key type " + typeString(k) + " (missing comparable constraint)");
          } else if (!comparable(k)) {
            error(at, "invalid map key type " + typeString(k));
          }
        });
      }
      t = ctx.types().make<Map>(k, v);
      break;
    }
    case NodeKind::ChanType: {
      auto* c = e->as<ChanType>();
      ChanDir d = c->dir == syntax::ChanDir::Send ? ChanDir::SendOnly
                  : c->dir == syntax::ChanDir::Recv ? ChanDir::RecvOnly : ChanDir::Both;
      t = ctx.types().make<Chan>(d, typExpr(c->value));
      break;
    }
    case NodeKind::FuncType: {
      Scope* s = ctx.newScope(scope);
      t = funcType(e->as<FuncType>(), nullptr, s);
      break;
    }
    case NodeKind::StructType: {
      auto* st = ctx.types().make<Struct>();
      std::set<std::string> seen;
      auto* fl = e->as<StructType>()->fields;
      for (const syntax::Field* f : fl ? fl->list : std::vector<syntax::Field*>{}) {
        Type* ft = typExpr(f->type);
        std::string tag = f->tag ? f->tag->bytes : "";
        auto add = [&](const std::string& name, Pos pos, bool embedded, const Ident* id) {
          Object* v = ctx.newObject(ObjectKind::Var, name, ft, pos);
          v->isField = true;
          v->pkg = pkg;
          if (id) info.defs[id] = v;
          if (name != "_" && !seen.insert(name).second) error(pos, name + " redeclared");
          st->fields.push_back({v, embedded, tag});
        };
        if (f->names.empty()) {
          // Embedded field: its name is the type name (without package or *).
          const Expr* te = f->type;
          if (auto* star = te->as<StarExpr>()) te = star->x;
          if (auto* ix = te->as<IndexExpr>()) te = ix->x;  // embedded generic type G[T]: field name G
          std::string name = "?";
          if (auto* id = te->as<Ident>()) name = id->name;
          else if (auto* sel = te->as<SelectorExpr>()) name = sel->sel->name;
          add(name, f->type->pos, true, nullptr);
        } else {
          for (const Ident* id : f->names) add(id->name, id->pos, false, id);
        }
      }
      t = st;
      break;
    }
    case NodeKind::InterfaceType: t = interfaceType(e->as<InterfaceType>()); break;
    case NodeKind::IndexExpr: {
      auto* ix = e->as<IndexExpr>();
      Operand x;
      exprOrType(x, ix->x);
      if (x.invalid()) break;
      auto* n = x.mode == Mode::TypeExpr ? x.type->as<Named>() : nullptr;
      if (!n || !n->isGeneric()) {
        error(ix->x->pos, exprString(ix->x) + (x.mode == Mode::TypeExpr ? " is not a generic type" : " is not a type"));
        break;
      }
      t = instantiatedType(ix, n);
      break;
    }
    default:
      error(e->pos, exprString(e) + " is not a type");
      break;
  }
  info.types[e] = TypeAndValue{Mode::TypeExpr, t, {}};
  return t;
}

int64_t Checker::arrayLength(const Expr* e) {
  Operand x;
  expr(x, e);
  if (x.invalid()) return -1;
  if (x.mode != Mode::Constant) {
    error(e->pos, "array length " + exprString(e) + " (" + (x.type ? "value of type " + typeString(x.type) : "value") +
                      ") must be constant");
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    if (auto v = x.val.toInt()) {
      if (auto n = v->int64Val(); n && *n >= 0) {
        record(x);
        return *n;
      }
      error(e->pos, "invalid array length " + exprString(e) + " (untyped int constant " + x.val.str() + ")");
      return -1;
    }
  }
  error(e->pos, "array length " + exprString(e) + " (" + operandString(x).substr(exprString(e).size() + 2) +
                    " must be integer");
  return -1;
}

static Tuple* collectParams(Checker& c, const FieldList* fl, Scope* scope, bool isResult, bool* variadic) {
  auto* tuple = c.ctx.types().make<Tuple>();
  if (!fl) return tuple;
  for (size_t i = 0; i < fl->list.size(); ++i) {
    const syntax::Field* f = fl->list[i];
    const Expr* te = f->type;
    bool dots = false;
    if (auto* el = te->as<Ellipsis>()) {
      if (isResult || i + 1 != fl->list.size() || f->names.size() > 1) {
        c.error(te->pos, "can only use ... with final parameter in list");
      } else {
        dots = true;
        if (variadic) *variadic = true;
      }
      (void)el;
    }
    Type* t = dots ? static_cast<Type*>(c.ctx.types().make<Slice>(c.typExpr(te->as<Ellipsis>()->elt)))
                   : c.typExpr(te);
    if (f->names.empty()) {
      Object* v = c.ctx.newObject(ObjectKind::Var, "", t, te->pos);
      v->isParam = true;
      v->pkg = c.pkg;
      tuple->vars.push_back(v);
      continue;
    }
    for (const Ident* id : f->names) {
      Object* v = c.ctx.newObject(ObjectKind::Var, id->name, t, id->pos);
      v->isParam = true;
      v->used = true;  // unused parameters are fine
      c.declare(scope, id, v);
      tuple->vars.push_back(v);
    }
  }
  return tuple;
}

Signature* Checker::funcType(const FuncType* ft, const FieldList* recv, Scope* s) {
  auto* sig = ctx.types().make<Signature>();
  // Type parameters (the function's, or the receiver's T in List[T]) are
  // visible in the signature: its types are then resolved in s.
  Scope* saved = scope;
  if (ft->typeParams && !ft->typeParams->list.empty()) {
    if (recv) {
      error(ft->typeParams->opening, "methods cannot have type parameters");
    } else {
      sig->typeParams = declareTypeParams(ft->typeParams, s);
      scope = s;
    }
  }
  if (recv) {
    size_t before = s->names.size();
    bindReceiverTypeParams(recv, s);
    if (s->names.size() != before) scope = s;
    Tuple* r = collectParams(*this, recv, s, false, nullptr);
    if (r->size() != 1) error(recv->opening, "method has multiple receivers");
    if (r->size() > 0) sig->recv = r->vars[0];
  }
  sig->params = collectParams(*this, ft->params, s, false, &sig->variadic);
  sig->results = collectParams(*this, ft->results, s, true, nullptr);
  scope = saved;
  return sig;
}

}  // namespace types
