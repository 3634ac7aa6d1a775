// This file implements method sets and embedded selections (see
// methodset.hpp), after the spec's "Selectors" and "Method sets": a
// breadth-first walk over embedded fields, depth by depth, where a name
// found twice at the shallowest depth is ambiguous.
#include "emit/methodset.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace emit {

namespace {

const types::Type* deref(const types::Type* t) {
  if (const auto* p = t->as<types::Pointer>()) return p->elem;
  return t;
}

struct Candidate {
  const types::Type* type;                 // a named type or struct reached by embedding
  std::vector<const types::Field*> path;
};

// Calls visit(candidate) for every type reachable by embedding, depth by
// depth; visit returns true when the walk may stop after this depth.
template <class F>
void walkEmbedded(const types::Type* t, const F& visitDepth) {
  std::vector<Candidate> level{{deref(t), {}}};
  std::set<const types::Type*> seen;
  for (int depth = 0; !level.empty() && depth < 32; depth++) {
    std::vector<Candidate> next;
    std::vector<Candidate> current;
    for (const Candidate& c : level) {
      if (!seen.insert(c.type).second) continue;
      current.push_back(c);
      const types::Type* u = types::underlying(const_cast<types::Type*>(c.type));
      if (const auto* st = u ? u->as<types::Struct>() : nullptr) {
        for (const types::Field& f : st->fields) {
          if (!f.embedded) continue;
          Candidate n{deref(f.var->type), c.path};
          n.path.push_back(&f);
          next.push_back(std::move(n));
        }
      }
    }
    if (visitDepth(current)) return;
    level = std::move(next);
  }
}

}  // namespace

bool reachedWithoutPointer(const types::Type* t, const Selection& s) {
  auto isPointer = [](const types::Type* x) { return types::coreType(const_cast<types::Type*>(x))->kind == types::TypeKind::Pointer; };
  if (isPointer(t)) return false;
  for (const types::Field* f : s.path)
    if (isPointer(f->var->type)) return false;
  return true;
}

bool hasPointerReceiver(const types::Object* method) {
  const auto* sig = method->type ? method->type->as<types::Signature>() : nullptr;
  return sig && sig->recv && sig->recv->type->kind == types::TypeKind::Pointer;
}

Selection selectMember(const types::Type* t, const std::string& name, const types::Package* pkg) {
  Selection result;
  walkEmbedded(t, [&](const std::vector<Candidate>& level) {
    int found = 0;
    for (const Candidate& c : level) {
      if (const auto* n = c.type->as<types::Named>()) {
        for (const types::Object* m : n->methods)
          if (types::hasId(m, pkg, name)) { result = {m, c.path}; found++; }
      }
      const types::Type* u = types::underlying(const_cast<types::Type*>(c.type));
      if (const auto* st = u ? u->as<types::Struct>() : nullptr) {
        for (const types::Field& f : st->fields)
          if (types::hasId(f.var, pkg, name)) { result = {f.var, c.path}; found++; }
      } else if (u && u->kind == types::TypeKind::Interface) {
        for (const types::Object* m : interfaceMethods(u))
          if (types::hasId(m, pkg, name)) { result = {m, c.path}; found++; }
      }
    }
    if (found > 1) result = {};
    return found > 0;
  });
  return result;
}

namespace {
// go/types' Id, as a sort key: the name, and for an unexported name its
// package's path (two packages' unexported m are two methods).
using MethodId = std::pair<std::string, std::string>;
MethodId idOf(const types::Object* obj) {
  if (types::isExportedName(obj->name) || !obj->pkg) return {obj->name, ""};
  return {obj->name, obj->pkg->path};
}
}  // namespace

std::vector<Selection> methodSet(const types::Type* t) {
  bool isPointer = t->kind == types::TypeKind::Pointer;
  std::map<MethodId, Selection> byId;  // sorted by name, then package
  std::set<MethodId> blocked;          // taken (or made ambiguous) at a shallower depth
  walkEmbedded(t, [&](const std::vector<Candidate>& level) {
    std::map<MethodId, std::vector<Selection>> here;
    std::set<MethodId> fieldsHere;
    for (const Candidate& c : level) {
      if (const auto* n = c.type->as<types::Named>())
        for (const types::Object* m : n->methods)
          if (m->name != "_") here[idOf(m)].push_back({m, c.path});  // (a method named _ is in no method set)
      const types::Type* u = types::underlying(const_cast<types::Type*>(c.type));
      if (const auto* st = u ? u->as<types::Struct>() : nullptr) {
        for (const types::Field& f : st->fields) fieldsHere.insert(idOf(f.var));
      } else if (u && u->kind == types::TypeKind::Interface && !c.path.empty()) {
        for (const types::Object* m : interfaceMethods(u)) here[idOf(m)].push_back({m, c.path});
      }
    }
    for (auto& [id, sels] : here) {
      if (blocked.count(id)) continue;
      if (sels.size() == 1 && !fieldsHere.count(id)) {
        const Selection& s = sels[0];
        // Reachable without an address: a pointer receiver needs *T, or an
        // embedded pointer on the way.
        bool viaPointer = isPointer;
        for (const types::Field* f : s.path) viaPointer = viaPointer || f->var->type->kind == types::TypeKind::Pointer;
        bool isIfaceMethod = !s.obj->decl && !hasPointerReceiver(s.obj);
        if (!hasPointerReceiver(s.obj) || viaPointer || isIfaceMethod) byId[id] = s;
      }
    }
    for (auto& [id, sels] : here) blocked.insert(id);
    for (const MethodId& id : fieldsHere) blocked.insert(id);
    return false;
  });
  std::vector<Selection> set;
  for (auto& [id, s] : byId) set.push_back(s);
  return set;
}

std::vector<const types::Object*> interfaceMethods(const types::Type* t) {
  std::vector<const types::Object*> methods;
  const types::Type* u = types::underlying(const_cast<types::Type*>(t));
  const auto* it = u ? u->as<types::Interface>() : nullptr;
  if (!it) return methods;
  for (const types::Object* m : it->methods) methods.push_back(m);
  for (const types::Type* e : it->embeddeds)
    for (const types::Object* m : interfaceMethods(e))
      if (std::none_of(methods.begin(), methods.end(), [&](const types::Object* x) { return x->name == m->name; }))
        methods.push_back(m);
  std::sort(methods.begin(), methods.end(), [](const types::Object* a, const types::Object* b) { return a->name < b->name; });
  return methods;
}

std::string signatureTypeString(const types::Type* t) {
  // The checker spells the predeclared any as "any" (as types2's messages
  // do) and interface{} as itself; both are one type, so a method taking
  // `any` must match an interface's method taking `interface{}`.
  switch (t->kind) {
    case types::TypeKind::Interface:
      if (interfaceMethods(t).empty() && t->as<types::Interface>()->embeddeds.empty() &&
          t->as<types::Interface>()->unions.empty())
        return "interface{}";
      break;
    case types::TypeKind::Pointer: return "*" + signatureTypeString(t->as<types::Pointer>()->elem);
    case types::TypeKind::Slice: return "[]" + signatureTypeString(t->as<types::Slice>()->elem);
    case types::TypeKind::Array:
      return "[" + std::to_string(t->as<types::Array>()->len) + "]" + signatureTypeString(t->as<types::Array>()->elem);
    case types::TypeKind::Map:
      return "map[" + signatureTypeString(t->as<types::Map>()->key) + "]" + signatureTypeString(t->as<types::Map>()->elem);
    case types::TypeKind::Chan: {
      const auto* c = t->as<types::Chan>();
      std::string prefix = c->dir == types::ChanDir::SendOnly ? "chan<- " : c->dir == types::ChanDir::RecvOnly ? "<-chan " : "chan ";
      return prefix + signatureTypeString(c->elem);
    }
    case types::TypeKind::Signature: {
      types::Object fake(types::ObjectKind::Func, "", const_cast<types::Type*>(t), {});
      return methodSignature(&fake);
    }
    default: break;
  }
  return types::typeString(t);
}

std::string methodSignature(const types::Object* method, const std::function<std::string(const types::Type*)>& spell) {
  // typeString of a signature prints parameter names; gc's type strings of
  // methods do not.
  const auto* sig = method->type->as<types::Signature>();
  auto list = [&](const types::Tuple* t, bool variadic) {
    std::string s;
    for (size_t i = 0; t && i < t->size(); i++) {
      if (i) s += ", ";
      const types::Type* pt = t->at(i);
      if (variadic && i + 1 == t->size()) s += "..." + spell(pt->as<types::Slice>()->elem);
      else s += spell(pt);
    }
    return s;
  };
  std::string s = "func(" + list(sig->params, sig->variadic) + ")";
  size_t nres = sig->results ? sig->results->size() : 0;
  if (nres == 1) s += " " + spell(sig->results->at(0));
  else if (nres > 1) s += " (" + list(sig->results, false) + ")";
  return s;
}

}  // namespace emit
