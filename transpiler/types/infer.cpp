// This file implements type argument inference for calls of generic
// functions (spec: "Type inference"), in Go 1.19's order:
//
//  1. function argument inference: unify each parameter type with the type
//     of its typed argument (func f[T any](x []T); f([]int{}) gives T=int);
//  2. untyped constant arguments whose parameter is a bare, still unknown
//     type parameter give it their default type (f(1) gives T=int);
//  3. constraint type inference: a type parameter whose constraint has a
//     core type ([S ~[]E, E any]) unifies with it, which can find E from S
//     or S from E; repeated until nothing new is learnt.
//
// Unification is structural; a defined type unifies with a type literal
// through its underlying type (inexact unification, as go/types does).
#include "types/checker.hpp"

namespace types {

using namespace syntax;

namespace {

struct Unifier {
  const std::vector<TypeParam*>& params;
  std::vector<Type*>& targs;

  int indexOf(const Type* t) const {
    auto* tp = t ? t->as<TypeParam>() : nullptr;
    if (!tp) return -1;
    for (size_t i = 0; i < params.size(); ++i)
      if (params[i] == tp) return static_cast<int>(i);
    return -1;
  }

  bool tuples(const Tuple* a, const Tuple* b, int depth) {
    size_t na = a ? a->size() : 0, nb = b ? b->size() : 0;
    if (na != nb) return false;
    for (size_t i = 0; i < na; ++i)
      if (!unify(a->at(i), b->at(i), depth)) return false;
    return true;
  }

  bool unify(Type* x, Type* y, int depth = 0) {
    if (depth > 64 || !x || !y) return false;
    if (int i = indexOf(x); i >= 0) {
      if (!targs[i]) {
        targs[i] = y;
        return true;
      }
      return targs[i] == y || identical(targs[i], y) || unifyBound(targs[i], y, depth);
    }
    if (int j = indexOf(y); j >= 0) return unify(y, x, depth);
    if (x == y) return true;
    auto* nx = x->as<Named>();
    auto* ny = y->as<Named>();
    if (nx && ny) {
      Named* ox = nx->origin ? nx->origin : nx;
      Named* oy = ny->origin ? ny->origin : ny;
      if (ox != oy) return false;
      if (nx->typeArgs.size() != ny->typeArgs.size()) return identical(x, y);
      for (size_t i = 0; i < nx->typeArgs.size(); ++i)
        if (!unify(nx->typeArgs[i], ny->typeArgs[i], depth + 1)) return false;
      return true;
    }
    // Inexact: a defined type against a type literal compares underlying types.
    if (nx) return !x->as<TypeParam>() && unify(underlying(x), y, depth + 1);
    if (ny) return unify(x, underlying(y), depth + 1);
    if (x->kind != y->kind) return false;
    switch (x->kind) {
      case TypeKind::Basic: return identical(x, y);
      case TypeKind::Pointer: return unify(x->as<Pointer>()->elem, y->as<Pointer>()->elem, depth + 1);
      case TypeKind::Slice: return unify(x->as<Slice>()->elem, y->as<Slice>()->elem, depth + 1);
      case TypeKind::Array:
        return x->as<Array>()->len == y->as<Array>()->len &&
               unify(x->as<Array>()->elem, y->as<Array>()->elem, depth + 1);
      case TypeKind::Map:
        return unify(x->as<Map>()->key, y->as<Map>()->key, depth + 1) &&
               unify(x->as<Map>()->elem, y->as<Map>()->elem, depth + 1);
      case TypeKind::Chan:
        // A bidirectional channel unifies with a directed one.
        return unify(x->as<Chan>()->elem, y->as<Chan>()->elem, depth + 1);
      case TypeKind::Signature: {
        auto *a = x->as<Signature>(), *b = y->as<Signature>();
        return a->variadic == b->variadic && tuples(a->params, b->params, depth + 1) &&
               tuples(a->results, b->results, depth + 1);
      }
      case TypeKind::Tuple: return tuples(x->as<Tuple>(), y->as<Tuple>(), depth + 1);
      case TypeKind::Struct: {
        auto *a = x->as<Struct>(), *b = y->as<Struct>();
        if (a->fields.size() != b->fields.size()) return false;
        for (size_t i = 0; i < a->fields.size(); ++i)
          if (a->fields[i].var->name != b->fields[i].var->name ||
              !unify(a->fields[i].var->type, b->fields[i].var->type, depth + 1))
            return false;
        return true;
      }
      case TypeKind::Interface: return identical(x, y);
      default: return identical(x, y);
    }
  }

  // An already inferred argument against another candidate: equal up to
  // inexactness (a named type and its literal underlying type agree).
  bool unifyBound(Type* bound, Type* y, int depth) {
    if (bound->as<Named>() && !y->as<Named>()) return identical(underlying(bound), y);
    if (y->as<Named>() && !bound->as<Named>()) return identical(bound, underlying(y));
    (void)depth;
    return false;
  }
};

// The single term of a constraint with a core type, if any.
const Term* coreTerm(TypeParam* tp) {
  Interface* it = interfaceOf(tp->constraint);
  if (!it || it->allTypes || it->terms.size() != 1) return nullptr;
  return &it->terms[0];
}

}  // namespace

// Constraint type inference (step 3 above), also used alone for a partial
// instantiation as a value (f := f2[byte] with B interface{ []A }): fills in
// what the core types of the constraints tell, then substitutes the known
// arguments into each other (E in []E). Returns whether all are known.
bool Checker::inferFromConstraints(const std::vector<TypeParam*>& params, std::vector<Type*>& targs) {
  Unifier u{params, targs};
  for (size_t round = 0; round <= params.size(); ++round) {
    bool progress = false;
    for (size_t i = 0; i < params.size(); ++i) {
      const Term* core = coreTerm(params[i]);
      if (!core) continue;
      if (targs[i]) {
        std::vector<Type*> before = targs;
        Type* have = core->tilde ? underlying(targs[i]) : targs[i];
        if (targs[i]->as<TypeParam>() && u.indexOf(targs[i]) < 0) have = coreType(targs[i]);
        if (!u.unify(core->type, have)) {
          targs = before;
          continue;
        }
        progress = progress || before != targs;
      } else if (!core->tilde) {
        targs[i] = core->type;
        progress = true;
      } else {
        // ~[]E with E known: S can only be inferred as the core type itself.
        Context::TypeMap m;
        for (size_t j = 0; j < params.size(); ++j)
          if (targs[j]) m.push_back({params[j], targs[j]});
        Type* t = ctx.subst(core->type, m);
        bool mentionsUnknown = false;
        for (size_t j = 0; j < params.size(); ++j)
          if (!targs[j] && mentions(t, params[j])) mentionsUnknown = true;
        if (!mentionsUnknown) {
          targs[i] = t;
          progress = true;
        }
      }
    }
    if (!progress) break;
  }
  // Arguments may mention other parameters (E in []E): substitute until fixed.
  Context::TypeMap m;
  for (size_t i = 0; i < params.size(); ++i)
    if (targs[i]) m.push_back({params[i], targs[i]});
  for (size_t round = 0; round < params.size(); ++round)
    for (auto& [p, t] : m) t = ctx.subst(t, m);
  for (size_t i = 0; i < params.size(); ++i)
    if (targs[i]) targs[i] = ctx.subst(targs[i], m);
  for (Type* t : targs)
    if (!t) return false;
  return true;
}

Signature* Checker::inferCall(const CallExpr* e, Signature* sig, std::vector<Operand>& args,
                              const std::vector<Type*>& explicitArgs, const Expr* genericAt) {
  const auto& params = sig->typeParams;
  std::vector<Type*> targs(params.size(), nullptr);
  for (size_t i = 0; i < explicitArgs.size() && i < targs.size(); ++i) targs[i] = explicitArgs[i];
  Unifier u{params, targs};
  size_t nparams = sig->params ? sig->params->size() : 0;
  auto paramType = [&](size_t i) -> Type* {
    if (sig->variadic && i + 1 >= nparams && nparams > 0) {
      Type* last = sig->params->at(nparams - 1);
      if (e->hasEllipsis) return i + 1 == nparams ? last : nullptr;
      auto* s = last->as<Slice>();
      return s ? s->elem : nullptr;
    }
    return i < nparams ? sig->params->at(i) : nullptr;
  };
  // 1. typed arguments
  for (size_t i = 0; i < args.size(); ++i) {
    Operand& a = args[i];
    Type* pt = paramType(i);
    if (!pt || a.invalid() || !a.type || isUntyped(a.type)) continue;
    bool generic = false;
    for (TypeParam* tp : params) generic = generic || mentions(pt, tp);
    if (!generic) continue;  // checked by assignment later
    std::vector<Type*> before = targs;
    if (!u.unify(pt, a.type)) {
      const Expr* shown = a.expr ? a.expr : e;
      if (int k = u.indexOf(pt); k >= 0 && before[k]) {
        error(startPosOf(shown), "type " + typeString(a.type) + " of " + exprString(shown) +
                                     " does not match inferred type " + typeString(before[k]) + " for " +
                                     typeString(pt));
      } else {
        error(startPosOf(shown), "type " + typeString(a.type) + " of " + exprString(shown) + " does not match " +
                                     typeString(pt));
      }
      return nullptr;
    }
  }
  // 2. untyped constants for bare type parameters
  for (size_t i = 0; i < args.size(); ++i) {
    Operand& a = args[i];
    Type* pt = paramType(i);
    int k = u.indexOf(pt);
    if (k < 0 || targs[k] || a.invalid() || !a.type || !isUntyped(a.type)) continue;
    if (isBasic(a.type, BasicKind::UntypedNil)) continue;
    targs[k] = defaultTypeOf(a.type);
  }
  // 3. constraint type inference
  inferFromConstraints(params, targs);
  for (size_t i = 0; i < params.size(); ++i) {
    if (targs[i]) continue;
    error(e->lparen, "cannot infer " + params[i]->obj->name + " (" + params[i]->obj->pos.str() + ")");
    return nullptr;
  }
  std::vector<Pos> positions;
  for (size_t i = 0; i < params.size(); ++i)
    positions.push_back(i < explicitArgs.size() && genericAt && genericAt->is<IndexExpr>()
                            ? genericAt->as<IndexExpr>()->indices[i]->pos
                            : e->lparen);
  if (!verifyInstance(positions, params, targs)) return nullptr;
  Context::TypeMap final;
  for (size_t i = 0; i < params.size(); ++i) final.push_back({params[i], targs[i]});
  auto* inst = ctx.subst(sig, final)->as<Signature>();
  if (inst == sig) inst = ctx.types().make<Signature>(*sig);
  inst->typeParams.clear();
  Object* fn = nullptr;
  const Expr* at = genericAt ? genericAt : e->fun;
  if (const Ident* id = genericIdent(at)) fn = info.objectOf(id);
  recordInstance(at, fn, targs, inst);
  return inst;
}

// Whether t mentions the type parameter tp anywhere.
bool Checker::mentions(Type* t, TypeParam* tp) {
  if (!t) return false;
  auto tuple = [&](Tuple* u) {
    for (size_t i = 0; u && i < u->size(); ++i)
      if (mentions(u->at(i), tp)) return true;
    return false;
  };
  switch (t->kind) {
    case TypeKind::TypeParam: return t == tp;
    case TypeKind::Basic: return false;
    case TypeKind::Named:
      for (Type* a : t->as<Named>()->typeArgs)
        if (mentions(a, tp)) return true;
      return false;
    case TypeKind::Pointer: return mentions(t->as<Pointer>()->elem, tp);
    case TypeKind::Slice: return mentions(t->as<Slice>()->elem, tp);
    case TypeKind::Array: return mentions(t->as<Array>()->elem, tp);
    case TypeKind::Map: return mentions(t->as<Map>()->key, tp) || mentions(t->as<Map>()->elem, tp);
    case TypeKind::Chan: return mentions(t->as<Chan>()->elem, tp);
    case TypeKind::Tuple: return tuple(t->as<Tuple>());
    case TypeKind::Signature: return tuple(t->as<Signature>()->params) || tuple(t->as<Signature>()->results);
    case TypeKind::Struct:
      for (const Field& f : t->as<Struct>()->fields)
        if (mentions(f.var->type, tp)) return true;
      return false;
    case TypeKind::Interface: return false;
  }
  return false;
}

}  // namespace types
