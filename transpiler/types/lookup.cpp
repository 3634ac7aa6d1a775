// This file implements field and method lookup (spec: "Selectors"), method
// sets (spec: "Method sets") and interface satisfaction.
//
// Lookup is go/types' breadth-first walk: level 0 is T itself, level d+1
// the types embedded in level d's structs. The first level with a match
// decides; two matches on that level (or one reached along two paths) make
// the selector ambiguous. A Named type is entered at most once, which stops
// `type T struct{ *T }` from looping.
#include "types/lookup.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace types {

bool isExportedName(const std::string& name) {
  if (name.empty()) return false;
  unsigned char c = static_cast<unsigned char>(name[0]);
  if (c < 0x80) return std::isupper(c);
  // A few scripts' capitals, enough for identifiers (Latin-1, Greek,
  // Cyrillic); other letters count as lower case.
  char32_t r = 0;
  if ((c >> 5) == 0x6 && name.size() >= 2) r = ((c & 0x1F) << 6) | (name[1] & 0x3F);
  else if ((c >> 4) == 0xE && name.size() >= 3) r = ((c & 0x0F) << 12) | ((name[1] & 0x3F) << 6) | (name[2] & 0x3F);
  return (r >= 0xC0 && r <= 0xDE && r != 0xD7) || (r >= 0x391 && r <= 0x3A9) || (r >= 0x400 && r <= 0x42F);
}

static const std::string& pathOf(const Package* p) {
  static const std::string none;
  return p ? p->path : none;
}

bool hasId(const Object* obj, const Package* pkg, const std::string& name) {
  if (obj->name != name) return false;
  if (!pkg || !obj->pkg || isExportedName(name)) return true;
  return obj->pkg == pkg || obj->pkg->path == pkg->path;
}

bool sameId(const Object* a, const Object* b) {
  if (a->name != b->name) return false;
  if (!a->pkg || !b->pkg || isExportedName(a->name)) return true;
  return pathOf(a->pkg) == pathOf(b->pkg);
}

bool hasPtrRecv(const Object* m) {
  auto* sig = m && m->type ? m->type->as<Signature>() : nullptr;
  return sig && sig->recv && sig->recv->type && sig->recv->type->as<Pointer>();
}

namespace {

struct Embedded {
  Type* type;
  std::vector<int> index;
  bool indirect;
  bool multiples;  // reached along several paths at this level
};

std::pair<Type*, bool> deref(Type* t) {
  if (auto* p = t->as<Pointer>()) return {p->elem, true};
  return {t, false};
}

std::vector<int> concat(const std::vector<int>& a, int i) {
  std::vector<int> r = a;
  r.push_back(i);
  return r;
}

// Several embeddings of the same type on one level become one entry marked
// multiples: a match through it is ambiguous.
std::vector<Embedded> consolidate(std::vector<Embedded> list) {
  std::vector<Embedded> out;
  for (Embedded& e : list) {
    auto same = std::find_if(out.begin(), out.end(), [&](const Embedded& o) { return identical(o.type, e.type); });
    if (same == out.end()) out.push_back(std::move(e));
    else same->multiples = true;
  }
  return out;
}

}  // namespace

LookupResult lookupFieldOrMethod(Type* T, bool addressable, const Package* pkg, const std::string& name) {
  LookupResult r;
  if (!T || name == "_") return r;
  auto [start, isPtr] = deref(T);
  // A pointer to an interface (or type parameter) has no methods, and a
  // named pointer type has its base's fields but no methods (spec).
  if (isPtr && (underlying(start)->as<Interface>() || start->as<TypeParam>())) return r;
  bool namedPointer = T->as<Named>() && underlying(T)->as<Pointer>();
  if (namedPointer) {
    start = underlying(T)->as<Pointer>()->elem;
    isPtr = true;
  }
  std::vector<Embedded> current{{start, {}, isPtr, false}};
  std::set<const Type*> seen;
  while (!current.empty()) {
    std::vector<Embedded> next;
    Object* found = nullptr;
    for (const Embedded& e : current) {
      Type* typ = e.type;
      auto hit = [&](Object* obj, int i) {
        if (found || e.multiples) {
          r.ambiguous = true;
          return;
        }
        found = obj;
        r.index = concat(e.index, i);
        r.indirect = e.indirect;
      };
      if (auto* n = typ->as<Named>()) {
        if (!seen.insert(n).second) continue;
        bool matched = false;
        for (size_t i = 0; i < n->methods.size(); ++i)
          if (hasId(n->methods[i], pkg, name)) {
            hit(n->methods[i], static_cast<int>(i));
            matched = true;
            break;
          }
        if (matched) continue;  // a method hides fields of the same name on this type
      }
      if (auto* tp = typ->as<TypeParam>()) {
        if (Interface* it = interfaceOf(tp)) {
          for (size_t i = 0; i < it->allMethods.size(); ++i)
            if (hasId(it->allMethods[i], pkg, name)) hit(it->allMethods[i], static_cast<int>(i));
        }
        continue;
      }
      Type* u = underlying(typ);
      if (auto* st = u->as<Struct>()) {
        for (size_t i = 0; i < st->fields.size(); ++i) {
          const Field& f = st->fields[i];
          if (hasId(f.var, pkg, name)) {
            hit(f.var, static_cast<int>(i));
            continue;
          }
          if (!found && f.embedded) {
            auto [et, ptr] = deref(f.var->type);
            next.push_back({et, concat(e.index, static_cast<int>(i)), e.indirect || ptr, e.multiples});
          }
        }
      } else if (auto* it = u->as<Interface>()) {
        completeInterface(it);
        for (size_t i = 0; i < it->allMethods.size(); ++i)
          if (hasId(it->allMethods[i], pkg, name)) hit(it->allMethods[i], static_cast<int>(i));
      }
    }
    if (r.ambiguous) {
      r.obj = nullptr;
      return r;
    }
    if (found) {
      if (namedPointer && found->kind == ObjectKind::Func) return r;  // fields only (spec)
      // spec: x.m() with a pointer method needs x addressable (then (&x).m()).
      if (found->kind == ObjectKind::Func && hasPtrRecv(found) && !r.indirect && !addressable) {
        r.needsAddr = true;
        return r;
      }
      r.obj = found;
      return r;
    }
    current = consolidate(std::move(next));
  }
  return r;
}

std::vector<Object*> methodSet(Type* T) {
  std::vector<Object*> result;
  if (!T) return result;
  if (Interface* it = T->as<TypeParam>() ? nullptr : underlying(T)->as<Interface>()) {
    return completeInterface(it)->allMethods;
  }
  // Collect candidate Ids (name and, for an unexported one, package) from
  // every level, then keep those a lookup finds unambiguously and without
  // needing an address.
  std::map<std::pair<std::string, std::string>, const Package*> ids;
  auto note = [&](const Object* m) {
    ids.emplace(std::make_pair(m->name, isExportedName(m->name) ? "" : pathOf(m->pkg)), m->pkg);
  };
  std::vector<Type*> level{deref(T).first};
  std::set<const Type*> seen;
  while (!level.empty()) {
    std::vector<Type*> next;
    for (Type* t : level) {
      if (auto* n = t->as<Named>()) {
        if (!seen.insert(n).second) continue;
        for (Object* m : n->methods) note(m);
      }
      Type* u = underlying(t);
      if (auto* st = u->as<Struct>()) {
        for (const Field& f : st->fields)
          if (f.embedded) next.push_back(deref(f.var->type).first);
      } else if (auto* it = u->as<Interface>()) {
        for (Object* m : completeInterface(it)->allMethods) note(m);
      }
    }
    level = std::move(next);
  }
  for (const auto& [id, pkg] : ids) {
    LookupResult r = lookupFieldOrMethod(T, false, pkg, id.first);
    if (r.obj && r.obj->kind == ObjectKind::Func) result.push_back(r.obj);
  }
  return result;
}

// Go's spelling of a method for have/want lines: "M(int) string".
static std::string methodString(const Object* m) {
  std::string sig = typeString(m->type);  // "func(int) string"
  return m->name + sig.substr(4);
}

static std::string termsString(const std::vector<Term>& terms) {
  std::string s;
  for (size_t i = 0; i < terms.size(); ++i) {
    if (i) s += " | ";
    s += (terms[i].tilde ? "~" : "") + typeString(terms[i].type);
  }
  return s;
}

// The signature of method m as seen without its receiver, for comparing a
// concrete method with an interface's.
static bool sameMethodType(const Object* have, const Object* want) {
  auto* a = have->type->as<Signature>();
  auto* b = want->type->as<Signature>();
  if (!a || !b) return false;
  return a->variadic == b->variadic && identical(a->params, b->params) && identical(a->results, b->results);
}

std::string missingMethodReason(Type* V, Type* T) {
  Interface* iface = interfaceOf(T);
  if (!iface || !V) return "";
  Interface* vi = V->as<TypeParam>() ? nullptr : underlying(V)->as<Interface>();
  for (Object* m : iface->allMethods) {
    Object* have = nullptr;
    if (vi) {
      completeInterface(vi);
      for (Object* o : vi->allMethods)
        if (sameId(o, m)) have = o;
      if (!have) return "(missing " + m->name + " method)";
    } else {
      LookupResult r = lookupFieldOrMethod(V, false, m->pkg, m->name);
      if (r.needsAddr) return "(" + m->name + " method has pointer receiver)";
      have = r.obj && r.obj->kind == ObjectKind::Func ? r.obj : nullptr;
      if (!have) {
        if (auto* p = V->as<Pointer>(); p && underlying(p->elem)->as<Interface>())
          return "(type " + typeString(V) + " is pointer to interface, not interface)";
        return "(missing " + m->name + " method)";
      }
    }
    if (!sameMethodType(have, m))
      return "(wrong type for " + m->name + " method)\n\t\thave " + methodString(have) + "\n\t\twant " +
             methodString(m);
  }
  // Type sets (constraints): V's type must be in T's set. (comparable is
  // the caller's to check: its wording depends on the context.)
  if (!iface->allTypes) {
    auto inSet = [&](Type* t) {
      return std::any_of(iface->terms.begin(), iface->terms.end(), [&](const Term& term) {
        return term.tilde ? identical(underlying(term.type), underlying(t)) : identical(term.type, t);
      });
    };
    if (auto* tp = V->as<TypeParam>()) {
      Interface* vset = interfaceOf(tp);
      if (!vset || vset->allTypes) return "(" + typeString(V) + " missing in " + termsString(iface->terms) + ")";
      for (const Term& t : vset->terms) {
        bool covered = std::any_of(iface->terms.begin(), iface->terms.end(), [&](const Term& u) {
          return u.tilde ? identical(underlying(u.type), underlying(t.type)) : !t.tilde && identical(u.type, t.type);
        });
        if (!covered) return "(" + typeString(V) + " missing in " + termsString(iface->terms) + ")";
      }
    } else if (!inSet(V)) {
      return "(" + typeString(V) + " missing in " + termsString(iface->terms) + ")";
    }
  }
  return "";
}

}  // namespace types
