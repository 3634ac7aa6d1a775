// This file implements the substitution of type arguments for type
// parameters (spec: "Instantiations") and the instances of generic types.
//
// Substitution copies only what changes: a type without any of the
// parameters comes back as the same pointer. A generic type's instance
// List[int] is a Named of its own (identity by pointer, as every Named),
// found again through Context::instances_; its underlying type and methods
// are the origin's with T replaced, filled in as soon as the origin has
// them (a recursive List[T] struct mentions List[T] before it is done).
#include "types/check.hpp"

namespace types {

namespace {

struct Substituter {
  Context& ctx;
  const Context::TypeMap& map;

  Type* lookup(const TypeParam* tp) const {
    for (auto& [p, t] : map)
      if (p == tp) return t;
    return nullptr;
  }

  Tuple* tuple(Tuple* t, bool* changed) {
    if (!t) return t;
    std::vector<Type*> types;
    bool any = false;
    for (Object* v : t->vars) {
      types.push_back(type(v->type));
      any = any || types.back() != v->type;
    }
    if (!any) return t;
    *changed = true;
    auto* r = ctx.types().make<Tuple>();
    for (size_t i = 0; i < t->vars.size(); ++i) {
      Object* v = t->vars[i];
      Object* nv = ctx.newObject(v->kind, v->name, types[i], v->pos);
      nv->pkg = v->pkg;
      nv->isParam = v->isParam;
      nv->isField = v->isField;
      nv->used = true;
      r->vars.push_back(nv);
    }
    return r;
  }

  Signature* signature(Signature* s) {
    bool changed = false;
    Tuple* params = tuple(s->params, &changed);
    Tuple* results = tuple(s->results, &changed);
    Object* recv = s->recv;
    if (recv) {
      Type* rt = type(recv->type);
      if (rt != recv->type) {
        recv = ctx.newObject(ObjectKind::Var, recv->name, rt, recv->pos);
        recv->isParam = true;
        changed = true;
      }
    }
    if (!changed) return s;
    auto* r = ctx.types().make<Signature>();
    r->typeParams = s->typeParams;
    r->recv = recv;
    r->params = params;
    r->results = results;
    r->variadic = s->variadic;
    return r;
  }

  Object* method(Object* m) {
    auto* sig = m->type ? m->type->as<Signature>() : nullptr;
    Signature* ns = sig ? signature(sig) : nullptr;
    if (ns == sig) return m;
    Object* r = ctx.newObject(ObjectKind::Func, m->name, ns, m->pos);
    r->pkg = m->pkg;
    r->decl = m->decl;
    r->isNative = m->isNative;
    r->origin = m->origin ? m->origin : m;
    return r;
  }

  Type* type(Type* t) {
    if (!t || map.empty()) return t;
    switch (t->kind) {
      case TypeKind::Basic: return t;
      case TypeKind::TypeParam: {
        Type* r = lookup(t->as<TypeParam>());
        return r ? r : t;
      }
      case TypeKind::Named: {
        auto* n = t->as<Named>();
        if (n->isGeneric()) {
          // Inside its own declaration the origin stands for origin[T...].
          std::vector<Type*> args;
          bool any = false;
          for (TypeParam* tp : n->typeParams) {
            Type* a = lookup(tp);
            any = any || a;
            args.push_back(a ? a : tp);
          }
          return any ? ctx.instantiate(n, args) : t;
        }
        if (!n->origin) return t;
        std::vector<Type*> args;
        bool any = false;
        for (Type* a : n->typeArgs) {
          args.push_back(type(a));
          any = any || args.back() != a;
        }
        return any ? ctx.instantiate(n->origin, args) : t;
      }
      case TypeKind::Pointer: {
        Type* e = type(t->as<Pointer>()->elem);
        return e == t->as<Pointer>()->elem ? t : ctx.types().make<Pointer>(e);
      }
      case TypeKind::Slice: {
        Type* e = type(t->as<Slice>()->elem);
        return e == t->as<Slice>()->elem ? t : ctx.types().make<Slice>(e);
      }
      case TypeKind::Array: {
        auto* a = t->as<Array>();
        Type* e = type(a->elem);
        return e == a->elem ? t : ctx.types().make<Array>(e, a->len);
      }
      case TypeKind::Map: {
        auto* m = t->as<Map>();
        Type* k = type(m->key);
        Type* v = type(m->elem);
        return k == m->key && v == m->elem ? t : ctx.types().make<Map>(k, v);
      }
      case TypeKind::Chan: {
        auto* c = t->as<Chan>();
        Type* e = type(c->elem);
        return e == c->elem ? t : ctx.types().make<Chan>(c->dir, e);
      }
      case TypeKind::Tuple: {
        bool changed = false;
        return tuple(t->as<Tuple>(), &changed);
      }
      case TypeKind::Signature: return signature(t->as<Signature>());
      case TypeKind::Struct: {
        auto* st = t->as<Struct>();
        std::vector<Type*> types;
        bool any = false;
        for (const Field& f : st->fields) {
          types.push_back(type(f.var->type));
          any = any || types.back() != f.var->type;
        }
        if (!any) return t;
        auto* r = ctx.types().make<Struct>();
        for (size_t i = 0; i < st->fields.size(); ++i) {
          const Field& f = st->fields[i];
          Object* v = ctx.newObject(ObjectKind::Var, f.var->name, types[i], f.var->pos);
          v->pkg = f.var->pkg;
          v->isField = true;
          r->fields.push_back({v, f.embedded, f.tag});
        }
        return r;
      }
      case TypeKind::Interface: {
        auto* it = t->as<Interface>();
        auto* r = ctx.types().make<Interface>();
        bool any = false;
        for (Object* m : it->methods) {
          r->methods.push_back(method(m));
          any = any || r->methods.back() != m;
        }
        for (Type* e : it->embeddeds) {
          r->embeddeds.push_back(type(e));
          any = any || r->embeddeds.back() != e;
        }
        for (auto& u : it->unions) {
          std::vector<Term> terms;
          for (const Term& term : u) {
            terms.push_back({term.tilde, type(term.type)});
            any = any || terms.back().type != term.type;
          }
          r->unions.push_back(std::move(terms));
        }
        r->isComparableConstraint = it->isComparableConstraint;
        return any ? r : t;
      }
    }
    return t;
  }
};

}  // namespace

Type* Context::subst(Type* t, const TypeMap& m) {
  Substituter s{*this, m};
  return s.type(t);
}

Named* Context::instantiate(Named* origin, const std::vector<Type*>& args) {
  bool own = args.size() == origin->typeParams.size();
  for (size_t i = 0; own && i < args.size(); ++i) own = args[i] == origin->typeParams[i];
  if (own) return origin;
  auto& list = instances_[origin];
  for (Named* inst : list) {
    bool same = inst->typeArgs.size() == args.size();
    for (size_t i = 0; same && i < args.size(); ++i) same = identical(inst->typeArgs[i], args[i]);
    if (same) return inst;
  }
  auto* n = types().make<Named>();
  n->obj = origin->obj;
  n->origin = origin;
  n->typeArgs = args;
  list.push_back(n);
  completeInstances(origin);
  return n;
}

void Context::completeInstances(Named* origin) {
  if (!origin->underlying) return;
  auto it = instances_.find(origin);
  if (it == instances_.end() || !completing_.insert(origin).second) return;
  // Indexed loop: completing one instance may instantiate (and append) others.
  for (size_t k = 0; k < it->second.size(); ++k) {
    Named* inst = it->second[k];
    TypeMap m;
    for (size_t i = 0; i < origin->typeParams.size() && i < inst->typeArgs.size(); ++i)
      m.push_back({origin->typeParams[i], inst->typeArgs[i]});
    if (!inst->underlying) {
      inst->underlying = origin;  // a placeholder while substituting (cycles through pointers)
      inst->underlying = underlying(subst(origin->underlying, m));
      if (inst->underlying == origin) inst->underlying = origin->underlying;
    }
    Substituter s{*this, m};
    for (size_t i = inst->methods.size(); i < origin->methods.size(); ++i) {
      Object* meth = origin->methods[i];
      Object* copy = s.method(meth);
      if (copy == meth) {  // nothing to substitute: still a distinct method of the instance
        copy = newObject(ObjectKind::Func, meth->name, meth->type, meth->pos);
        copy->pkg = meth->pkg;
        copy->decl = meth->decl;
        copy->origin = meth;
      }
      inst->methods.push_back(copy);
    }
  }
  completing_.erase(origin);
}

}  // namespace types
