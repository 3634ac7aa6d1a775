// This file implements isRecursiveType (types.hpp): finding the defined
// non-struct types whose C++ spelling would mention themselves.
//
// A C++ alias cannot name itself, so `type S []S` cannot be `using S =
// go::slice<S>;`. Structs and interfaces break such cycles on their own
// (they are C++ structs, declared ahead of everything), so the walk stops
// at them, but not at unnamed structs (templates over their fields); every other type constructor is looked through, and so are the
// defined types it meets, since they are aliases of their representations.
#include <unordered_set>

#include "emit/types.hpp"
#include "types/object.hpp"

namespace emit {

namespace {

bool reaches(const types::Type* t, const types::Type* target, std::unordered_set<const types::Type*>& seen) {
  if (!t) return false;
  switch (t->kind) {
    case types::TypeKind::Named: {
      const auto* n = t->as<types::Named>();
      if (t == target || n->origin == target) return true;  // (type Src[T any] func() Src[T])
      if (!seen.insert(t).second || !n->underlying || n->isGeneric()) return false;
      auto k = n->underlying->kind;
      if (k == types::TypeKind::Struct || k == types::TypeKind::Interface) return false;
      return reaches(n->underlying, target, seen);
    }
    case types::TypeKind::Pointer: return reaches(t->as<types::Pointer>()->elem, target, seen);
    case types::TypeKind::Slice: return reaches(t->as<types::Slice>()->elem, target, seen);
    case types::TypeKind::Array: return reaches(t->as<types::Array>()->elem, target, seen);
    case types::TypeKind::Chan: return reaches(t->as<types::Chan>()->elem, target, seen);
    case types::TypeKind::Map:
      return reaches(t->as<types::Map>()->key, target, seen) || reaches(t->as<types::Map>()->elem, target, seen);
    case types::TypeKind::Tuple: {
      const auto* tup = t->as<types::Tuple>();
      for (size_t i = 0; i < tup->size(); i++)
        if (reaches(tup->at(i), target, seen)) return true;
      return false;
    }
    case types::TypeKind::Signature: {
      const auto* sig = t->as<types::Signature>();
      return reaches(sig->params, target, seen) || reaches(sig->results, target, seen);
    }
    case types::TypeKind::Struct: {
      // An unnamed struct is a class template over its field types
      // (unnamed_types.cpp): type P *struct{ next P } spells P inside.
      for (const auto& f : t->as<types::Struct>()->fields)
        if (reaches(f.var->type, target, seen)) return true;
      return false;
    }
    default: return false;  // basic types, type parameters, interfaces
  }
}

}  // namespace

bool isRecursiveType(const types::Type* t) {
  const auto* n = t ? t->as<types::Named>() : nullptr;
  // A generic type is a class template: of a struct when it is recursive,
  // and so are its instances (generic.cpp).
  if (n && n->origin) n = n->origin;
  if (!n || !n->underlying || !n->obj->pkg) return false;
  t = n;
  auto k = n->underlying->kind;
  if (k == types::TypeKind::Struct || k == types::TypeKind::Interface) return false;
  std::unordered_set<const types::Type*> seen{t};
  return reaches(n->underlying, t, seen);
}

}  // namespace emit
