// This file implements the checker's side of generics (spec: "Type
// parameter declarations", "Instantiations"): declaring type parameter
// lists with their constraints, binding a generic method's receiver
// parameters, explicit instantiation F[int] / List[string], verifying that
// type arguments satisfy their constraints, and recording every use in
// Info::instances and Info::instantiations for the emitter's templates.
#include "types/checker.hpp"
#include "types/lookup.hpp"

namespace types {

using namespace syntax;

// A constraint written as a bare union or non-interface type (`[T ~int |
// string]`, `[T int]`) is shorthand for interface{ that }.
Type* Checker::constraintType(const Expr* e) {
  bool isUnion = (e->is<BinaryExpr>() && e->as<BinaryExpr>()->op == Token::Or) ||
                 (e->is<UnaryExpr>() && e->as<UnaryExpr>()->op == Token::Tilde);
  if (!isUnion) {
    Type* t = typExpr(e);
    if (isBasic(t, BasicKind::Invalid) || underlying(t)->as<Interface>()) return t;
    if (t->as<TypeParam>()) {
      error(e->pos, "cannot use a type parameter as constraint");
      return ctx.anyType();
    }
    auto* it = ctx.types().make<Interface>();
    it->unions.push_back({Term{false, t}});
    return it;
  }
  auto* it = ctx.types().make<Interface>();
  std::vector<const Expr*> terms;
  std::vector<const Expr*> stack{e};
  while (!stack.empty()) {  // left-to-right flattening of a | b | c
    const Expr* cur = stack.back();
    stack.pop_back();
    if (auto* b = cur->as<BinaryExpr>(); b && b->op == Token::Or) {
      stack.push_back(b->y);
      stack.push_back(b->x);
    } else {
      terms.push_back(cur);
    }
  }
  std::vector<Term> u;
  for (const Expr* te : terms) {
    Term t = unionTerm(te);
    if (!isBasic(t.type, BasicKind::Invalid)) u.push_back(t);
  }
  it->unions.push_back(std::move(u));
  return it;
}

// Declares the type parameters of list in s: all names first (a constraint
// may mention any of them: [P *Q, Q any]), then the constraints.
std::vector<TypeParam*> Checker::declareTypeParams(const FieldList* list, Scope* s) {
  std::vector<TypeParam*> params;
  if (!list) return params;
  for (const syntax::Field* f : list->list) {
    for (const Ident* id : f->names) {
      auto* tp = ctx.types().make<TypeParam>();
      Object* obj = ctx.newObject(ObjectKind::TypeName, id->name, tp, id->pos);
      tp->obj = obj;
      tp->index = static_cast<int>(params.size());
      tp->constraint = ctx.anyType();
      declare(s, id, obj);
      obj->used = true;
      params.push_back(tp);
    }
  }
  Scope* saved = scope;
  scope = s;
  size_t k = 0;
  for (const syntax::Field* f : list->list) {
    Type* c = f->type ? constraintType(f->type) : ctx.anyType();
    for (size_t i = 0; i < f->names.size(); ++i) params[k++]->constraint = c;
  }
  scope = saved;
  return params;
}

// func (l *List[T]) M(): the receiver's T names the generic type's own T.
// Declares those names in s so that the receiver type List[T] is List.
void Checker::bindReceiverTypeParams(const FieldList* recv, Scope* s) {
  if (!recv || recv->list.empty()) return;
  const Expr* t = recv->list[0]->type;
  while (true) {
    if (auto* p = t->as<ParenExpr>()) { t = p->x; continue; }
    if (auto* st = t->as<StarExpr>()) { t = st->x; continue; }
    break;
  }
  auto* ix = t->as<IndexExpr>();
  if (!ix) return;
  receiverTypeExpr = ix;
  auto* base = ix->x->as<Ident>();
  Object* obj = base && scope ? scope->lookup(base->name) : nullptr;
  if (!obj || obj->kind != ObjectKind::TypeName) return;
  if (!resolved.count(obj) && declOf.count(obj)) objDecl(obj);
  auto* named = obj->type ? obj->type->as<Named>() : nullptr;
  if (!named || !named->isGeneric()) return;  // typExpr reports it
  if (ix->indices.size() != named->typeParams.size()) {
    error(ix->pos, "got " + std::to_string(ix->indices.size()) + " type parameters, but receiver base type declares " +
                       std::to_string(named->typeParams.size()));
    return;
  }
  for (size_t i = 0; i < ix->indices.size(); ++i) {
    auto* id = ix->indices[i]->as<Ident>();
    if (!id) {
      error(ix->indices[i]->pos, "receiver type parameter " + exprString(ix->indices[i]) + " must be an identifier");
      continue;
    }
    TypeParam* tp = named->typeParams[i];
    if (id->name == "_") continue;
    Object* alias = ctx.newObject(ObjectKind::TypeName, id->name, tp, id->pos);
    alias->used = true;
    declare(s, id, alias);
  }
}

// gc's spelling of a generic type in "without instantiation" errors.
std::string Checker::genericTypeString(const Named* n) {
  std::string s = n->obj->name + "[";
  for (size_t i = 0; i < n->typeParams.size(); ++i)
    s += (i ? ", " : "") + n->typeParams[i]->obj->name + " " + typeString(n->typeParams[i]->constraint);
  return s + "]";
}

// The identifier that names a generic in e (F, pkg.F, F in F[int]).
const Ident* Checker::genericIdent(const Expr* e) {
  while (true) {
    if (auto* p = e->as<ParenExpr>()) { e = p->x; continue; }
    if (auto* ix = e->as<IndexExpr>()) { e = ix->x; continue; }
    break;
  }
  if (auto* id = e->as<Ident>()) return id;
  if (auto* s = e->as<SelectorExpr>()) return s->sel;
  return nullptr;
}

void Checker::recordInstance(const Expr* at, Object* generic, const std::vector<Type*>& targs, Type* type) {
  Instance inst{targs, type};
  if (const Ident* id = genericIdent(at)) info.instances[id] = inst;
  if (!generic) return;
  auto& list = info.instantiations[generic];
  for (const Instance& have : list) {
    bool same = have.typeArgs.size() == targs.size();
    for (size_t i = 0; same && i < targs.size(); ++i) same = identical(have.typeArgs[i], targs[i]);
    if (same) return;
  }
  list.push_back(inst);
}

// Whether targ (for the type parameter tp) satisfies its constraint, with
// the other arguments substituted (spec: "Satisfying a type constraint").
bool Checker::satisfies(Pos at, Type* targ, TypeParam* tp, const Context::TypeMap& m) {
  if (isBasic(targ, BasicKind::Invalid)) return false;
  Type* constraint = ctx.subst(tp->constraint, m);
  Interface* iface = interfaceOf(constraint);
  if (!iface) return true;
  std::string why = missingMethodReason(targ, constraint);
  if (!why.empty()) {
    error(at, typeString(targ) + " does not implement " + typeString(constraint) + " " + why);
    return false;
  }
  if (iface->comparableOnly) {
    // Go 1.19: interfaces are not strictly comparable, so they do not
    // satisfy comparable.
    bool ok = targ->as<TypeParam>() ? comparable(targ) : comparable(targ) && !isInterface(targ);
    if (!ok) {
      error(at, typeString(targ) + " does not implement comparable");
      return false;
    }
  }
  return true;
}

// Checks all arguments of an instantiation against their constraints.
bool Checker::verifyInstance(const std::vector<Pos>& at, const std::vector<TypeParam*>& params,
                             const std::vector<Type*>& targs) {
  Context::TypeMap m;
  for (size_t i = 0; i < params.size() && i < targs.size(); ++i) m.push_back({params[i], targs[i]});
  bool ok = true;
  for (size_t i = 0; i < params.size() && i < targs.size(); ++i)
    ok = satisfies(at[std::min(i, at.size() - 1)], targs[i], params[i], m) && ok;
  return ok;
}

// List[int] as a type.
Type* Checker::instantiatedType(const IndexExpr* e, Named* generic) {
  if (e == receiverTypeExpr) {
    // The receiver's List[T] (or List[_]) is List itself.
    receiverTypeExpr = nullptr;
    if (e->indices.size() == generic->typeParams.size()) return generic;
  }
  std::vector<Type*> targs;
  std::vector<Pos> positions;
  for (const Expr* a : e->indices) {
    targs.push_back(typExpr(a));
    positions.push_back(a->pos);
    if (isBasic(targs.back(), BasicKind::Invalid)) return ctx.basic(BasicKind::Invalid);
  }
  size_t want = generic->typeParams.size();
  if (targs.size() != want) {
    error(e->x->pos, "got " + std::to_string(targs.size()) + " arguments but " + std::to_string(want) +
                         " type parameters");
    return ctx.basic(BasicKind::Invalid);
  }
  Named* inst = ctx.instantiate(generic, targs);
  // Constraints may mention types still being declared: check them once
  // everything is resolved.
  delayed.push_back([this, positions, generic, targs] { verifyInstance(positions, generic->typeParams, targs); });
  // List[T] inside List's own methods is List itself, not an instantiation.
  recordInstance(e, inst == generic ? nullptr : generic->obj, targs, inst);
  return inst;
}

// F[int] or F[int, string] (possibly partial) as a value: a generic
// function's explicit type arguments. A full list instantiates it here; a
// partial one is kept in x for the call to infer the rest.
void Checker::instantiateFunc(Operand& x, const IndexExpr* e) {
  auto* sig = x.type->as<Signature>();
  std::vector<Type*> targs;
  std::vector<Pos> positions;
  for (const Expr* a : e->indices) {
    targs.push_back(typExpr(a));
    positions.push_back(a->pos);
    if (isBasic(targs.back(), BasicKind::Invalid)) {
      x.mode = Mode::Invalid;
      return;
    }
  }
  if (targs.size() > sig->typeParams.size()) {
    error(e->indices[sig->typeParams.size()]->pos, "got " + std::to_string(targs.size()) +
                                                       " type arguments but want " +
                                                       std::to_string(sig->typeParams.size()));
    x.mode = Mode::Invalid;
    return;
  }
  x.expr = e;
  if (targs.size() < sig->typeParams.size()) {
    // The constraints may tell the rest (f2[byte] with B interface{ []A });
    // otherwise a call infers it from its arguments.
    std::vector<Type*> all = targs;
    all.resize(sig->typeParams.size(), nullptr);
    if (!inferFromConstraints(sig->typeParams, all)) {
      x.partialTypeArgs = targs;
      x.genericAt = e;
      record(x);
      return;
    }
    targs = all;
    positions.resize(targs.size(), e->pos);
  }
  if (!verifyInstance(positions, sig->typeParams, targs)) {
    x.mode = Mode::Invalid;
    return;
  }
  Context::TypeMap m;
  for (size_t i = 0; i < targs.size(); ++i) m.push_back({sig->typeParams[i], targs[i]});
  auto* inst = ctx.subst(sig, m)->as<Signature>();
  if (inst == sig) {  // no parameter mentioned: still a distinct, non-generic signature
    inst = ctx.types().make<Signature>(*sig);
  }
  inst->typeParams.clear();
  Object* fn = nullptr;
  if (const Ident* id = genericIdent(e)) fn = info.objectOf(id);
  recordInstance(e, fn, targs, inst);
  x.type = inst;
  x.mode = Mode::Value;
  record(x);
}

}  // namespace types
