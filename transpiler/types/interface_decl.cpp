// This file implements interface type expressions (spec: "Interface
// types"): methods, embedded interfaces and, in constraints, union
// elements `~int | string`. Completion (method and type sets) is lazy, in
// interface.cpp; this file checks what the declaration alone decides.
#include <algorithm>

#include "types/checker.hpp"

namespace types {

using namespace syntax;

// One term of a union: T or ~T.
Term Checker::unionTerm(const Expr* e) {
  Term t;
  if (auto* u = e->as<UnaryExpr>(); u && u->op == Token::Tilde) {
    t.tilde = true;
    t.type = typExpr(u->x);
    if (!isBasic(t.type, BasicKind::Invalid) && underlying(t.type) != t.type) {
      error(e->pos, "invalid use of ~ (underlying type of " + typeString(t.type) + " is " +
                        typeString(underlying(t.type)) + ")");
      t.type = ctx.basic(BasicKind::Invalid);
    }
    return t;
  }
  t.type = typExpr(e);
  return t;
}

// Flattens a | b | c (a left-nested BinaryExpr tree) into its terms.
static void collectTerms(const Expr* e, std::vector<const Expr*>& out) {
  if (auto* b = e->as<BinaryExpr>(); b && b->op == Token::Or) {
    collectTerms(b->x, out);
    collectTerms(b->y, out);
    return;
  }
  out.push_back(e);
}

Interface* Checker::interfaceType(const InterfaceType* e) {
  auto* it = ctx.types().make<Interface>();
  auto* fl = e->methods;
  std::map<std::string, Pos> declared;
  for (const syntax::Field* f : fl ? fl->list : std::vector<syntax::Field*>{}) {
    if (!f->names.empty()) {
      const Ident* name = f->names[0];
      Scope* s = ctx.newScope(scope);
      Signature* sig = funcType(f->type->as<FuncType>(), nullptr, s);
      Object* m = ctx.newObject(ObjectKind::Func, name->name, sig, name->pos);
      m->pkg = pkg;
      info.defs[name] = m;
      if (name->name == "_") {
        error(name->pos, "methods must have a unique non-blank name");
        continue;
      }
      if (auto prev = declared.find(name->name); prev != declared.end()) {
        error(name->pos, "duplicate method " + name->name + "\n\t" + prev->second.str() + ": other declaration of " +
                             name->name);
        continue;
      }
      declared[name->name] = name->pos;
      it->methods.push_back(m);
      continue;
    }
    std::vector<const Expr*> termExprs;
    collectTerms(f->type, termExprs);
    if (termExprs.size() == 1 && !termExprs[0]->is<UnaryExpr>()) {
      Type* t = typExpr(termExprs[0]);
      if (isBasic(t, BasicKind::Invalid)) continue;
      if (auto* named = t->as<Named>(); named && named->obj && named->obj->name == "comparable" &&
                                         named->obj->parent == ctx.universe()) {
        it->isComparableConstraint = true;
        continue;
      }
      if (underlying(t)->as<Interface>() && !t->as<TypeParam>()) {
        it->embeddeds.push_back(t);
        continue;
      }
      if (auto* n = t->as<Named>(); n && !n->underlying) {
        // Still being declared (type I1 interface{ m() I2 }; type I2
        // interface{ I1 }): an interface, unless it turns out otherwise.
        it->embeddeds.push_back(t);
        delayed.push_back([it, n] {
          if (!n->underlying || underlying(n)->as<Interface>()) return;
          it->embeddeds.erase(std::find(it->embeddeds.begin(), it->embeddeds.end(), n));
          it->unions.push_back({Term{false, n}});
          it->complete = false;
        });
        continue;
      }
      if (t->as<TypeParam>()) {
        error(termExprs[0]->pos, "term cannot be a type parameter");
        continue;
      }
      it->unions.push_back({Term{false, t}});
      continue;
    }
    std::vector<Term> terms;
    for (const Expr* te : termExprs) {
      Term t = unionTerm(te);
      if (isBasic(t.type, BasicKind::Invalid)) continue;
      if (t.type->as<TypeParam>()) {
        error(te->pos, "term cannot be a type parameter");
        continue;
      }
      if (Interface* ti = underlying(t.type)->as<Interface>()) {
        if (!ti->methods.empty() || ti->isComparableConstraint) {
          error(te->pos, "cannot use " + typeString(t.type) + " in union (" + typeString(t.type) +
                             " contains methods)");
          continue;
        }
      }
      terms.push_back(t);
    }
    it->unions.push_back(std::move(terms));
  }
  std::sort(it->methods.begin(), it->methods.end(), [](Object* a, Object* b) { return a->name < b->name; });
  return it;
}

}  // namespace types
