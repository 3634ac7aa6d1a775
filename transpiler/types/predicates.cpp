// This file implements the predicates on types (spec: "Properties of types
// and values") and Go's spelling of a type for messages.
#include <sstream>

#include "types/object.hpp"
#include "types/type.hpp"

namespace types {

Type* Tuple::at(size_t i) const { return vars[i]->type; }

Type* underlying(Type* t) {
  // A Named's underlying type is never Named once resolved; loop defends
  // against a chain seen mid-resolution.
  for (int guard = 0; t && t->kind == TypeKind::Named && guard < 100; ++guard) {
    auto* n = static_cast<Named*>(t);
    if (!n->underlying) return t;
    t = n->underlying;
  }
  return t;
}

static const Basic* basicOf(const Type* t) {
  return t ? underlying(const_cast<Type*>(t))->as<Basic>() : nullptr;
}

// For a type parameter: whether pred holds for every type of its type set
// (an unrestricted set, like any's, has no such property).
template <class P> static bool allTerms(const Type* t, P pred) {
  auto* tp = t ? t->as<TypeParam>() : nullptr;
  Interface* it = tp ? interfaceOf(const_cast<TypeParam*>(tp)) : nullptr;
  if (!it || it->allTypes || it->terms.empty()) return false;
  for (const Term& term : it->terms)
    if (!pred(term.type)) return false;
  return true;
}

Type* coreType(Type* t) {
  if (!t || !t->as<TypeParam>()) return underlying(t);
  Interface* it = interfaceOf(t);
  if (!it || it->allTypes || it->terms.empty()) return t;
  Type* u = underlying(it->terms[0].type);
  if (auto* ch = u->as<Chan>()) {
    // Channels of one element type share a core type even when some are
    // directional, if the directions agree: chan int | chan<- int is chan<- int.
    Chan* result = ch;
    for (const Term& term : it->terms) {
      auto* c = underlying(term.type)->as<Chan>();
      if (!c || !identical(c->elem, ch->elem)) return t;
      if (c->dir == ChanDir::Both) continue;
      if (result->dir != ChanDir::Both && result->dir != c->dir) return t;
      result = c;
    }
    return result;
  }
  for (const Term& term : it->terms)
    if (!identical(underlying(term.type), u)) return t;
  return u;
}

bool isBasic(const Type* t, BasicKind k) {
  auto* b = basicOf(t);
  return b && b->basic == k;
}

bool isUntyped(const Type* t) {
  auto* b = t ? t->as<Basic>() : nullptr;
  return b && b->basic >= BasicKind::UntypedBool;
}

bool isTyped(const Type* t) { return !isUntyped(t); }

bool isBoolean(const Type* t) {
  if (t && t->kind == TypeKind::TypeParam) return allTerms(t, isBoolean);
  auto* b = basicOf(t);
  return b && (b->basic == BasicKind::Bool || b->basic == BasicKind::UntypedBool);
}

bool isInteger(const Type* t) {
  if (t && t->kind == TypeKind::TypeParam) return allTerms(t, isInteger);
  auto* b = basicOf(t);
  if (!b) return false;
  return (b->basic >= BasicKind::Int && b->basic <= BasicKind::Uintptr) || b->basic == BasicKind::UntypedInt ||
         b->basic == BasicKind::UntypedRune;
}

bool isUnsigned(const Type* t) {
  if (t && t->kind == TypeKind::TypeParam) return allTerms(t, isUnsigned);
  auto* b = basicOf(t);
  return b && b->basic >= BasicKind::Uint && b->basic <= BasicKind::Uintptr;
}

bool isFloat(const Type* t) {
  if (t && t->kind == TypeKind::TypeParam) return allTerms(t, isFloat);
  auto* b = basicOf(t);
  return b && (b->basic == BasicKind::Float32 || b->basic == BasicKind::Float64 ||
               b->basic == BasicKind::UntypedFloat);
}

bool isComplex(const Type* t) {
  if (t && t->kind == TypeKind::TypeParam) return allTerms(t, isComplex);
  auto* b = basicOf(t);
  return b && (b->basic == BasicKind::Complex64 || b->basic == BasicKind::Complex128 ||
               b->basic == BasicKind::UntypedComplex);
}

bool isNumeric(const Type* t) {
  if (t && t->kind == TypeKind::TypeParam)
    return allTerms(t, [](const Type* u) { return isInteger(u) || isFloat(u) || isComplex(u); });
  return isInteger(t) || isFloat(t) || isComplex(t);
}

bool isString(const Type* t) {
  if (t && t->kind == TypeKind::TypeParam) return allTerms(t, isString);
  auto* b = basicOf(t);
  return b && (b->basic == BasicKind::String || b->basic == BasicKind::UntypedString);
}

bool isOrdered(const Type* t) {
  if (t && t->kind == TypeKind::TypeParam)
    return allTerms(t, [](const Type* u) { return isInteger(u) || isFloat(u) || isString(u); });
  return isInteger(t) || isFloat(t) || isString(t);
}

bool isNumericOrString(const Type* t) {
  if (t && t->kind == TypeKind::TypeParam)
    return allTerms(t, [](const Type* u) { return isNumeric(u) || isString(u); });
  return isNumeric(t) || isString(t);
}

bool isConstType(const Type* t) {
  if (t && t->kind == TypeKind::TypeParam) return false;  // a type parameter's values are never constant
  return isBoolean(t) || isNumeric(t) || isString(t);
}

bool isInterface(const Type* t) {
  return t && underlying(const_cast<Type*>(t))->kind == TypeKind::Interface;
}

static bool identicalImpl(const Type* a, const Type* b, bool ignoreTags);

static bool identicalTuples(const Tuple* a, const Tuple* b, bool ignoreTags) {
  if (!a || !b) return (a ? a->size() : 0) == (b ? b->size() : 0);
  if (a->size() != b->size()) return false;
  for (size_t i = 0; i < a->size(); ++i)
    if (!identicalImpl(a->at(i), b->at(i), ignoreTags)) return false;
  return true;
}

static bool identicalImpl(const Type* a, const Type* b, bool ignoreTags) {
  if (a == b) return true;
  if (!a || !b || a->kind != b->kind) return false;
  switch (a->kind) {
    case TypeKind::Basic: return a->as<Basic>()->basic == b->as<Basic>()->basic;
    case TypeKind::Named:
    case TypeKind::TypeParam: return false;  // identity by pointer
    case TypeKind::Pointer: return identicalImpl(a->as<Pointer>()->elem, b->as<Pointer>()->elem, ignoreTags);
    case TypeKind::Slice: return identicalImpl(a->as<Slice>()->elem, b->as<Slice>()->elem, ignoreTags);
    case TypeKind::Array:
      return a->as<Array>()->len == b->as<Array>()->len && identicalImpl(a->as<Array>()->elem, b->as<Array>()->elem, ignoreTags);
    case TypeKind::Map:
      return identicalImpl(a->as<Map>()->key, b->as<Map>()->key, ignoreTags) && identicalImpl(a->as<Map>()->elem, b->as<Map>()->elem, ignoreTags);
    case TypeKind::Chan:
      return a->as<Chan>()->dir == b->as<Chan>()->dir && identicalImpl(a->as<Chan>()->elem, b->as<Chan>()->elem, ignoreTags);
    case TypeKind::Tuple: return identicalTuples(a->as<Tuple>(), b->as<Tuple>(), ignoreTags);
    case TypeKind::Signature: {
      auto *x = a->as<Signature>(), *y = b->as<Signature>();
      return x->variadic == y->variadic && identicalTuples(x->params, y->params, ignoreTags) &&
             identicalTuples(x->results, y->results, ignoreTags);
    }
    case TypeKind::Struct: {
      auto *x = a->as<Struct>(), *y = b->as<Struct>();
      if (x->fields.size() != y->fields.size()) return false;
      for (size_t i = 0; i < x->fields.size(); ++i) {
        const Field &f = x->fields[i], &g = y->fields[i];
        if (f.embedded != g.embedded || (!ignoreTags && f.tag != g.tag) || !sameId(f.var, g.var) ||
            !identicalImpl(f.var->type, g.var->type, ignoreTags))
          return false;
      }
      return true;
    }
    case TypeKind::Interface: {
      // Same method sets and same type sets (spec: "Type identity").
      auto* x = completeInterface(const_cast<Interface*>(a->as<Interface>()));
      auto* y = completeInterface(const_cast<Interface*>(b->as<Interface>()));
      // Interfaces may mention themselves (type I interface{ F() interface{ I } }):
      // a pair already being compared is assumed identical (go/types' ifacePair).
      static thread_local std::vector<std::pair<const Interface*, const Interface*>> comparing;
      for (auto& [p, q] : comparing)
        if ((p == x && q == y) || (p == y && q == x)) return true;
      comparing.push_back({x, y});
      struct Pop { ~Pop() { comparing.pop_back(); } } pop;
      if (x->allMethods.size() != y->allMethods.size() || x->allTypes != y->allTypes ||
          x->comparableOnly != y->comparableOnly || x->terms.size() != y->terms.size())
        return false;
      for (size_t i = 0; i < x->allMethods.size(); ++i)
        if (!sameId(x->allMethods[i], y->allMethods[i]) ||
            !identicalImpl(x->allMethods[i]->type, y->allMethods[i]->type, ignoreTags))
          return false;
      for (const Term& t : x->terms) {
        bool found = false;
        for (const Term& u : y->terms) found = found || (t.tilde == u.tilde && identicalImpl(t.type, u.type, ignoreTags));
        if (!found) return false;
      }
      return true;
    }
  }
  return false;
}

bool identical(const Type* a, const Type* b) { return identicalImpl(a, b, false); }
bool identicalIgnoreTags(const Type* a, const Type* b) { return identicalImpl(a, b, true); }

bool comparable(const Type* t) {
  const Type* u = underlying(const_cast<Type*>(t));
  switch (u->kind) {
    case TypeKind::Basic: return u->as<Basic>()->basic != BasicKind::UntypedNil;
    case TypeKind::Pointer:
    case TypeKind::Chan:
    case TypeKind::Interface: return true;
    case TypeKind::Struct:
      for (auto& f : u->as<Struct>()->fields)
        if (!comparable(f.var->type)) return false;
      return true;
    case TypeKind::Array: return comparable(u->as<Array>()->elem);
    case TypeKind::TypeParam: {
      Interface* it = interfaceOf(const_cast<Type*>(u));
      return it && (it->comparableOnly || allTerms(u, [](const Type* x) { return comparable(x); }));
    }
    default: return false;
  }
}

static void writeTuple(std::ostringstream& os, const Tuple* t, bool variadic) {
  os << "(";
  for (size_t i = 0; t && i < t->size(); ++i) {
    if (i) os << ", ";
    const Object* v = t->vars[i];
    if (!v->name.empty()) os << v->name << " ";
    if (variadic && i + 1 == t->size()) {
      os << "..." << typeString(t->at(i)->as<Slice>() ? t->at(i)->as<Slice>()->elem : t->at(i));
    } else {
      os << typeString(t->at(i));
    }
  }
  os << ")";
}

static void writeSignature(std::ostringstream& os, const Signature* s) {
  writeTuple(os, s->params, s->variadic);
  if (!s->results || s->results->size() == 0) return;
  os << " ";
  if (s->results->size() == 1 && s->results->vars[0]->name.empty()) {
    os << typeString(s->results->at(0));
  } else {
    writeTuple(os, s->results, false);
  }
}

static const Package* unqualified = nullptr;
const Package* messagePackage() { return unqualified; }
void setMessagePackage(const Package* p) { unqualified = p; }

std::string typeString(const Type* t) {
  if (!t) return "<nil>";
  std::ostringstream os;
  switch (t->kind) {
    case TypeKind::Basic: return t->as<Basic>()->name;
    case TypeKind::Named: {
      auto* n = t->as<Named>();
      const Object* obj = n->obj;
      std::string name = obj->name;
      if (obj->pkg && !obj->pkg->path.empty() && obj->pkg != messagePackage()) name = obj->pkg->name + "." + name;
      if (n->origin) {
        name += "[";
        for (size_t i = 0; i < n->typeArgs.size(); ++i) name += (i ? "," : "") + typeString(n->typeArgs[i]);
        name += "]";
      }
      return name;
    }
    case TypeKind::TypeParam: return t->as<TypeParam>()->obj->name;
    case TypeKind::Pointer: return "*" + typeString(t->as<Pointer>()->elem);
    case TypeKind::Slice: return "[]" + typeString(t->as<Slice>()->elem);
    case TypeKind::Array: return "[" + std::to_string(t->as<Array>()->len) + "]" + typeString(t->as<Array>()->elem);
    case TypeKind::Map: return "map[" + typeString(t->as<Map>()->key) + "]" + typeString(t->as<Map>()->elem);
    case TypeKind::Chan: {
      auto* c = t->as<Chan>();
      std::string prefix = c->dir == ChanDir::SendOnly ? "chan<- " : c->dir == ChanDir::RecvOnly ? "<-chan " : "chan ";
      return prefix + typeString(c->elem);
    }
    case TypeKind::Tuple: writeTuple(os, t->as<Tuple>(), false); return os.str();
    case TypeKind::Signature: os << "func"; writeSignature(os, t->as<Signature>()); return os.str();
    case TypeKind::Struct: {
      os << "struct{";
      auto& fs = t->as<Struct>()->fields;
      for (size_t i = 0; i < fs.size(); ++i) {
        if (i) os << "; ";
        if (!fs[i].embedded) os << fs[i].var->name << " ";
        os << typeString(fs[i].var->type);
        if (!fs[i].tag.empty()) os << " \"" << fs[i].tag << "\"";
      }
      os << "}";
      return os.str();
    }
    case TypeKind::Interface: {
      // types2's spelling: interface{M(); N(int) string}, interface{~int | string}.
      auto* it = t->as<Interface>();
      if (it->isAny) return "any";
      os << "interface{";
      bool first = true;
      auto sep = [&] { if (!first) os << "; "; first = false; };
      if (it->isComparableConstraint) { sep(); os << "comparable"; }
      for (auto* e : it->embeddeds) { sep(); os << typeString(e); }
      for (auto& u : it->unions) {
        sep();
        for (size_t i = 0; i < u.size(); ++i) os << (i ? " | " : "") << (u[i].tilde ? "~" : "") << typeString(u[i].type);
      }
      for (auto* m : it->methods) {
        sep();
        os << m->name;
        writeSignature(os, m->type->as<Signature>());
      }
      os << "}";
      return os.str();
    }
  }
  return "?";
}

}  // namespace types
