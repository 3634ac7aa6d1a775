// This file implements the completion of interfaces (spec: "Interface
// types"): the method set, flattened through embedded interfaces, and the
// type set, the intersection of the embedded elements' sets, where each
// union element `~int | string` contributes the union of its terms.
//
// Completion is lazy and idempotent: an interface is completed the first
// time someone asks for its sets, which may be while its declaration is
// still being checked (an embedded interface declared later in the file).
// Errors about the declaration itself (duplicate methods) are the checker's
// job, in Checker::checkInterfaceDecl, so completion never needs positions.
#include <algorithm>

#include "types/object.hpp"
#include "types/type.hpp"

namespace types {

// Whether the type set of term a includes every type of term b's set.
static bool termIncludes(const Term& a, const Term& b) {
  if (a.tilde) return identical(underlying(a.type), underlying(b.type));
  return !b.tilde && identical(a.type, b.type);
}

// The intersection of two terms, if not empty.
static bool intersectTerms(const Term& a, const Term& b, Term* out) {
  if (termIncludes(a, b)) { *out = b; return true; }
  if (termIncludes(b, a)) { *out = a; return true; }
  return false;
}

// Intersects the type set held in (allTypes, terms) with another's.
static void intersectSets(bool& allTypes, std::vector<Term>& terms, bool otherAll, const std::vector<Term>& other) {
  if (otherAll) return;
  if (allTypes) {
    allTypes = false;
    terms = other;
    return;
  }
  std::vector<Term> result;
  for (const Term& a : terms)
    for (const Term& b : other) {
      Term t;
      if (intersectTerms(a, b, &t)) result.push_back(t);
    }
  terms = std::move(result);
}

Interface* completeInterface(Interface* it) {
  if (!it || it->complete) return it;
  it->complete = true;  // set first: a cycle (an error reported elsewhere) stops here
  std::vector<Object*> all = it->methods;
  bool allTypes = true;
  std::vector<Term> terms;
  bool comparableOnly = it->isComparableConstraint;
  bool pending = false;  // an embedded named interface still being declared
  for (Type* e : it->embeddeds) {
    if (auto* n = e->as<Named>(); n && !n->underlying) pending = true;
    Interface* emb = interfaceOf(e);
    if (!emb) continue;
    for (Object* m : emb->allMethods) {
      bool dup = std::any_of(all.begin(), all.end(), [&](Object* o) { return o->name == m->name; });
      if (!dup) all.push_back(m);
    }
    comparableOnly = comparableOnly || emb->comparableOnly;
    intersectSets(allTypes, terms, emb->allTypes, emb->terms);
  }
  for (const std::vector<Term>& u : it->unions) {
    // A term that is itself an interface contributes its whole type set.
    std::vector<Term> flat;
    bool unionAll = false;
    for (const Term& t : u) {
      if (Interface* ti = t.type ? interfaceOf(t.type) : nullptr; ti && !t.type->as<TypeParam>()) {
        if (ti->allTypes) unionAll = true;
        else flat.insert(flat.end(), ti->terms.begin(), ti->terms.end());
      } else {
        flat.push_back(t);
      }
    }
    intersectSets(allTypes, terms, unionAll, flat);
  }
  std::sort(all.begin(), all.end(), [](Object* a, Object* b) { return a->name < b->name; });
  it->allMethods = std::move(all);
  it->allTypes = allTypes;
  it->terms = std::move(terms);
  it->comparableOnly = comparableOnly;
  // Asked too early (a method signature of the embedded interface mentions
  // this one): answer with what is known, and complete again when asked next.
  if (pending) it->complete = false;
  return it;
}

Interface* interfaceOf(Type* t) {
  if (!t) return nullptr;
  if (auto* tp = t->as<TypeParam>()) return tp->constraint ? interfaceOf(tp->constraint) : nullptr;
  auto* it = underlying(t)->as<Interface>();
  return it ? completeInterface(it) : nullptr;
}

}  // namespace types
