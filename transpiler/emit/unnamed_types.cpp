// This file implements struct and interface types without a name (see
// unnamed_types.hpp for their C++ names):
//
//   var p struct{ x, y int }       // struct { x int; y int }
//                                  struct struct_x_y_1a2b3c {
//                                    go::int_ x{}, y{};
//                                    bool operator==(const struct_x_y_1a2b3c&) const = default;
//                                    ...
//                                  };
//   func f(s interface{ M() })     struct interface_M_4d5e6f : go::iface { ... void M() const ...; };
//
// Every C++ spelling of a type goes through Emitter::cppType, which notes
// the unnamed types inside it; the header then declares them all with the
// package's named structs and defines each before the first type that holds
// it by value (the dependency order of decl.cpp).
//
// Go lets a value of an unnamed struct type be assigned to a variable of a
// named type with the same underlying type (and converts between struct
// types that differ in tags only); these are distinct C++ structs with
// identical layouts, so the value is copied across bit for bit
// (go::struct_cast).
#include "emit/unnamed_types.hpp"

#include <algorithm>
#include <cstdio>

#include "emit/emitter.hpp"
#include "emit/methodset.hpp"
#include "emit/names.hpp"
#include "emit/types.hpp"
#include "types/object.hpp"

namespace emit {

namespace {

std::string objectSpelling(const types::Object* obj) {
  std::string s = obj->pkg ? obj->pkg->path + "." + obj->name : obj->name;
  // Two types named T in two functions are different types.
  if (obj->pkg && !obj->isPackageLevel()) s += "@" + std::to_string(obj->pos.line) + ":" + std::to_string(obj->pos.col);
  return s;
}

// FNV-1a, printed as six hex digits.
std::string shortHash(const std::string& s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%06x", h & 0xffffff);
  return buf;
}

// Up to three names, then the hash: short enough to read, unique enough.
std::string nameFrom(const std::string& prefix, const std::vector<std::string>& names, const types::Type* t) {
  std::string s = prefix;
  for (size_t i = 0; i < names.size() && i < 3; i++) s += "_" + names[i];
  return cppName(s + "_" + shortHash(identitySpelling(t)));
}

bool mentionsLocalNamed(const types::Type* t, int depth = 0) {
  if (!t || depth > 16) return false;
  switch (t->kind) {
    case types::TypeKind::Named: {
      const types::Object* obj = t->as<types::Named>()->obj;
      return obj->pkg && !obj->isPackageLevel();
    }
    case types::TypeKind::Pointer: return mentionsLocalNamed(t->as<types::Pointer>()->elem, depth + 1);
    case types::TypeKind::Slice: return mentionsLocalNamed(t->as<types::Slice>()->elem, depth + 1);
    case types::TypeKind::Array: return mentionsLocalNamed(t->as<types::Array>()->elem, depth + 1);
    case types::TypeKind::Chan: return mentionsLocalNamed(t->as<types::Chan>()->elem, depth + 1);
    case types::TypeKind::Map:
      return mentionsLocalNamed(t->as<types::Map>()->key, depth + 1) || mentionsLocalNamed(t->as<types::Map>()->elem, depth + 1);
    case types::TypeKind::Struct:
      for (const types::Field& f : t->as<types::Struct>()->fields)
        if (mentionsLocalNamed(f.var->type, depth + 1)) return true;
      return false;
    case types::TypeKind::Signature: {
      const auto* sig = t->as<types::Signature>();
      for (const types::Tuple* tup : {sig->params, sig->results})
        for (size_t i = 0; tup && i < tup->size(); i++)
          if (mentionsLocalNamed(tup->at(i), depth + 1)) return true;
      return false;
    }
    case types::TypeKind::Interface:
      for (const types::Object* m : interfaceMethods(t))
        if (mentionsLocalNamed(m->type, depth + 1)) return true;
      return false;
    default: return false;
  }
}

bool isUnnamedInterfaceWithMethods(const types::Type* t) {
  return t->kind == types::TypeKind::Interface && !interfaceMethods(t).empty();
}

}  // namespace

std::string identitySpelling(const types::Type* t) {
  switch (t->kind) {
    case types::TypeKind::Basic: return t->as<types::Basic>()->name;
    case types::TypeKind::Named: return objectSpelling(t->as<types::Named>()->obj);
    case types::TypeKind::Pointer: return "*" + identitySpelling(t->as<types::Pointer>()->elem);
    case types::TypeKind::Slice: return "[]" + identitySpelling(t->as<types::Slice>()->elem);
    case types::TypeKind::Array:
      return "[" + std::to_string(t->as<types::Array>()->len) + "]" + identitySpelling(t->as<types::Array>()->elem);
    case types::TypeKind::Map:
      return "map[" + identitySpelling(t->as<types::Map>()->key) + "]" + identitySpelling(t->as<types::Map>()->elem);
    case types::TypeKind::Chan:
      return "chan" + std::to_string(static_cast<int>(t->as<types::Chan>()->dir)) + " " + identitySpelling(t->as<types::Chan>()->elem);
    case types::TypeKind::Struct: {
      std::string s = "struct{";
      for (const types::Field& f : t->as<types::Struct>()->fields) {
        // Unexported names of different packages are different names.
        bool exported = !f.var->name.empty() && std::isupper(static_cast<unsigned char>(f.var->name[0]));
        if (!exported && f.var->pkg) s += f.var->pkg->path + ".";
        s += f.var->name + (f.embedded ? "~" : " ") + identitySpelling(f.var->type) + " " + f.tag + ";";
      }
      return s + "}";
    }
    case types::TypeKind::Interface: {
      // An unnamed interface may reach itself through its methods
      // (interface{ T } where T's method takes interface{ T }): a second
      // visit spells how many interfaces out it is, as go/types does.
      thread_local std::vector<const types::Type*> spelling;
      for (size_t i = spelling.size(); i-- > 0;)
        if (spelling[i] == t) return "^" + std::to_string(spelling.size() - i);
      spelling.push_back(t);
      struct leave {
        ~leave() { spelling.pop_back(); }
      } popOnExit;  // (unsupported() may throw through)
      std::string s = "interface{";
      for (const types::Object* m : interfaceMethods(t)) {
        bool exported = std::isupper(static_cast<unsigned char>(m->name[0]));
        if (!exported && m->pkg) s += m->pkg->path + ".";
        s += m->name + identitySpelling(m->type) + ";";
      }
      return s + "}";
    }
    case types::TypeKind::Signature: {
      const auto* sig = t->as<types::Signature>();
      std::string s = "func(";
      for (size_t i = 0; sig->params && i < sig->params->size(); i++) s += identitySpelling(sig->params->at(i)) + ",";
      s += sig->variadic ? "...)(" : ")(";
      for (size_t i = 0; sig->results && i < sig->results->size(); i++) s += identitySpelling(sig->results->at(i)) + ",";
      return s + ")";
    }
    case types::TypeKind::Tuple: {
      std::string s = "(";
      for (size_t i = 0; i < t->as<types::Tuple>()->size(); i++) s += identitySpelling(t->as<types::Tuple>()->at(i)) + ",";
      return s + ")";
    }
    default: return types::typeString(t);
  }
}

std::string structMember(const types::Struct* st, size_t i) {
  const std::string& name = st->fields[i].var->name;
  return name == "_" ? "blank_" + std::to_string(i) : cppName(name);
}

std::string unnamedStructName(const types::Type* t) {
  // The shape: what the Go type is besides its field types, which are the
  // template's arguments (generic_unnamed.cpp says why).
  std::vector<std::string> names;
  std::string shape = "struct{";
  for (const types::Field& f : t->as<types::Struct>()->fields) {
    names.push_back(f.var->name == "_" ? "blank" : f.var->name);
    bool exported = !f.var->name.empty() && std::isupper(static_cast<unsigned char>(f.var->name[0]));
    if (!exported && f.var->pkg) shape += f.var->pkg->path + ".";
    shape += f.var->name + (f.embedded ? "~" : " ") + f.tag + ";";
  }
  std::string s = "struct";
  for (size_t i = 0; i < names.size() && i < 3; i++) s += "_" + names[i];
  return cppName(s + "_" + shortHash(shape + "}"));
}

std::string unnamedStructIdentityName(const types::Type* t) {
  std::vector<std::string> names;
  for (const types::Field& f : t->as<types::Struct>()->fields) names.push_back(f.var->name == "_" ? "blank" : f.var->name);
  return nameFrom("struct", names, t);
}

std::string unnamedInterfaceName(const types::Type* t) {
  std::vector<std::string> names;
  for (const types::Object* m : interfaceMethods(t)) names.push_back(m->name);
  return nameFrom("interface", names, t);
}

void Emitter::noteUnnamedTypes(const types::Type* t, diag::Pos at) const {
  if (!t) return;
  switch (t->kind) {
    case types::TypeKind::Pointer: return noteUnnamedTypes(t->as<types::Pointer>()->elem, at);
    case types::TypeKind::Slice: return noteUnnamedTypes(t->as<types::Slice>()->elem, at);
    case types::TypeKind::Array: return noteUnnamedTypes(t->as<types::Array>()->elem, at);
    case types::TypeKind::Chan: return noteUnnamedTypes(t->as<types::Chan>()->elem, at);
    case types::TypeKind::Map:
      noteUnnamedTypes(t->as<types::Map>()->key, at);
      return noteUnnamedTypes(t->as<types::Map>()->elem, at);
    case types::TypeKind::Tuple:
      for (size_t i = 0; i < t->as<types::Tuple>()->size(); i++) noteUnnamedTypes(t->as<types::Tuple>()->at(i), at);
      return;
    case types::TypeKind::Signature: {
      const auto* sig = t->as<types::Signature>();
      if (sig->params) noteUnnamedTypes(sig->params, at);
      if (sig->results) noteUnnamedTypes(sig->results, at);
      return;
    }
    case types::TypeKind::Struct:
    case types::TypeKind::Interface: {
      bool isStruct = t->kind == types::TypeKind::Struct;
      if (!isStruct && !isUnnamedInterfaceWithMethods(t)) return;
      if (isStruct && t->as<types::Struct>()->fields.empty()) return;  // go::empty_struct
      // Each Go type once (struct types of one shape share a class template).
      std::string name = isStruct ? unnamedStructIdentityName(t) : unnamedInterfaceName(t);
      if (unnamedNames.count(name)) return;
      // (An interface that mentions type parameters is a class template over them: generic_unnamed.cpp.)
      // The header cannot name a type declared in a function (a struct's
      // class template takes it as an argument where it is in scope).
      if (!isStruct && mentionsLocalNamed(t)) unsupported(at, "interface types without a name that mention local types");
      unnamedNames.insert(name);
      if (isStruct) {
        for (const types::Field& f : t->as<types::Struct>()->fields) noteUnnamedTypes(f.var->type, at);
      } else {
        for (const types::Object* m : interfaceMethods(t)) noteUnnamedTypes(m->type, at);
      }
      unnamedTypes.push_back(t);  // after what it holds
      return;
    }
    default: return;
  }
}

void Emitter::noteUnnamedTypesOfDeclarations() {
  for (const auto& [obj, spec] : typeSpecs) {
    if (isUnavailable(obj) || obj->name == "_") continue;
    try {
      const types::Type* t = obj->type;
      if (const auto* n = t->as<types::Named>(); n && !spec->isAlias) t = n->underlying;
      if (t->kind == types::TypeKind::Struct) {
        for (const types::Field& f : t->as<types::Struct>()->fields) noteUnnamedTypes(f.var->type, spec->pos);
      } else if (t->kind == types::TypeKind::Interface) {
        for (const types::Object* m : interfaceMethods(t)) noteUnnamedTypes(m->type, spec->pos);
      } else {
        noteUnnamedTypes(t, spec->pos);
      }
    } catch (const Unsupported& u) {
      report(u);
    }
  }
}

void Emitter::unnamedInterfaceDescs() {
  for (size_t i = 0; i < unnamedTypes.size(); i++)
    if (unnamedTypes[i]->kind == types::TypeKind::Interface) typeDesc(unnamedTypes[i], {});
}

void Emitter::unnamedForwardDecls() {
  std::set<std::string> declared;
  for (const types::Type* t : unnamedTypes) {
    if (t->kind == types::TypeKind::Struct) {
      if (declared.insert(unnamedStructName(t)).second) sharedStructDeclaration(t->as<types::Struct>());
      if (isDependent(t)) dependentUnnamedDeclaration(t);  // its descriptor (generic_unnamed.cpp)
    } else if (isDependent(t)) {
      dependentUnnamedDeclaration(t);
    } else {
      out->line("struct " + unnamedInterfaceName(t) + ";");
    }
  }
  unnamedDeclared = unnamedTypes.size();
}

void Emitter::unnamedTypeDefinition(const types::Type* t, std::set<const types::Object*>& done) {
  bool isStruct = t->kind == types::TypeKind::Struct;
  if (isStruct && t->as<types::Struct>()->fields.empty()) return;  // go::empty_struct
  if (!unnamedVisited.insert(isStruct ? unnamedStructIdentityName(t) : unnamedInterfaceName(t)).second) return;
  if (isStruct) {
    // What the fields hold by value comes first: the holder of this type
    // instantiates its class template with them.
    std::vector<const types::Object*> deps;
    std::vector<const types::Type*> unnamed;
    for (const types::Field& f : t->as<types::Struct>()->fields) valueDeps(f.var->type, deps, unnamed);
    for (const types::Object* d : deps) typeDefinition(d, done);
    for (const types::Type* u : unnamed) unnamedTypeDefinition(u, done);
  }
  if (isDependent(t)) {
    // Noted after the forward declarations: its descriptor's prototype (generic_unnamed.cpp).
    auto it = std::find(unnamedTypes.begin(), unnamedTypes.end(), t);
    if (it == unnamedTypes.end() || size_t(it - unnamedTypes.begin()) >= unnamedDeclared) dependentUnnamedDeclaration(t);
  }
  std::string name = isStruct ? unnamedStructName(t) : unnamedInterfaceName(t);
  if (!unnamedDefined.insert(name).second) return;
  out->line();
  if (isStruct) return unnamedStructTemplate(t->as<types::Struct>(), name);
  out->line("// " + gcTypeString(t));
  out->line();
  if (isDependent(t)) out->write(unnamedTemplateHead(t) + " ");  // over the type parameters it mentions
  interfaceStruct(t, name, {});
}

void Emitter::remainingUnnamedTypes(std::set<const types::Object*>& done) {
  // Defining one may note more (index loop).
  for (size_t i = 0; i < unnamedTypes.size(); i++) {
    try {
      unnamedTypeDefinition(unnamedTypes[i], done);
    } catch (const Unsupported& u) {
      report(u);
    }
  }
}

bool Emitter::needsStructCast(const types::Type* from, const types::Type* to) const {
  if (!from || !to || types::identical(from, to)) return false;
  const types::Type* fu = underlyingOf(from);
  const types::Type* tu = underlyingOf(to);
  return fu && tu && fu->kind == types::TypeKind::Struct && tu->kind == types::TypeKind::Struct &&
         cppType(from, {}) != cppType(to, {});
}

std::string Emitter::structCast(const std::string& v, const types::Type* to, diag::Pos at) const {
  return "go::struct_cast<" + cppType(to, at) + ">(" + v + ")";
}

}  // namespace emit
