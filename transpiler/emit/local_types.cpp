// This file implements the types declared in functions that C++ cannot
// declare where Go does: a generic type declared in a function, and any
// type declared in a generic function (it may mention the function's type
// parameters, and its identity differs per instantiation of the function).
// C++ has no local templates, so each is a class template at namespace
// scope, printed in the header after the package's own types, over the
// enclosing function's type parameters (its implicit ones) and then its
// own:
//
//   func F[A any]() {                  template <typename A, go::type_fn A_type, typename B, go::type_fn B_type>
//       type T[B any] struct{ a A; b B }   struct T_local1 { A a{}; B b{}; ... };
//       _ = T[int]{}                   template <...> void F() { T_local1<A, A_type, go::int_, ...>{}; }
//   }
//
// Inside F its implicit arguments are F's own parameters, so a use names
// them as they are. Every use of such a type reaches its descriptor
// through a descriptor function template (generic.cpp), one per
// instantiation. Their names follow gc: a generic type declared in a plain
// function is named as at package level, main.T[int]; a type declared in a
// generic function (which only gc's unified IR compiles) carries its place
// among the package's defined local types and its function's type
// arguments first, main.T·2[int;string] (cmd/compile/internal/noder's
// writer numbers them, the reader mangles the names).
#include <map>
#include <set>

#include "emit/emitter.hpp"
#include "emit/methodset.hpp"
#include "emit/names.hpp"
#include "emit/types.hpp"
#include "emit/walk.hpp"

namespace emit {

namespace {

std::map<const types::Object*, HoistedType>& hoistedRegistry() {
  static std::map<const types::Object*, HoistedType> registry;
  return registry;
}

// Whether t names a type declared in a function that stays a C++ local
// class (a class template at namespace scope cannot name it).
bool mentionsLocalClass(const types::Type* t, int depth = 0) {
  if (!t || depth > 16) return false;
  switch (t->kind) {
    case types::TypeKind::Named: {
      const auto* n = t->as<types::Named>();
      if (n->obj->pkg && !n->obj->isPackageLevel() && !hoistedType(n->obj)) return true;
      for (const types::Type* a : n->typeArgs)
        if (mentionsLocalClass(a, depth + 1)) return true;
      return false;
    }
    case types::TypeKind::Pointer: return mentionsLocalClass(t->as<types::Pointer>()->elem, depth + 1);
    case types::TypeKind::Slice: return mentionsLocalClass(t->as<types::Slice>()->elem, depth + 1);
    case types::TypeKind::Array: return mentionsLocalClass(t->as<types::Array>()->elem, depth + 1);
    case types::TypeKind::Chan: return mentionsLocalClass(t->as<types::Chan>()->elem, depth + 1);
    case types::TypeKind::Map:
      return mentionsLocalClass(t->as<types::Map>()->key, depth + 1) || mentionsLocalClass(t->as<types::Map>()->elem, depth + 1);
    case types::TypeKind::Tuple:
      for (const types::Object* v : t->as<types::Tuple>()->vars)
        if (mentionsLocalClass(v->type, depth + 1)) return true;
      return false;
    case types::TypeKind::Signature: {
      const auto* sig = t->as<types::Signature>();
      return mentionsLocalClass(sig->params, depth + 1) || mentionsLocalClass(sig->results, depth + 1);
    }
    case types::TypeKind::Struct:
      for (const types::Field& f : t->as<types::Struct>()->fields)
        if (mentionsLocalClass(f.var->type, depth + 1)) return true;
      return false;
    default: return false;
  }
}

}  // namespace

void markHoistedType(const types::Object* typeName, HoistedType hoisted) { hoistedRegistry()[typeName] = std::move(hoisted); }

const HoistedType* hoistedType(const types::Object* typeName) {
  auto& registry = hoistedRegistry();
  auto it = registry.find(typeName);
  return it == registry.end() ? nullptr : &it->second;
}

void Emitter::collectHoistedTypes() {
  // gc numbers every defined (non-alias) type declared in a function, in
  // source order over the package's files, from 1.
  int gen = 0;
  for (const syntax::File* f : checked.files)
    for (const syntax::Decl* d : f->decls) {
      const auto* fd = d->as<syntax::FuncDecl>();
      if (!fd || !fd->body) continue;
      std::vector<types::TypeParam*> implicits = templateParams(fd);  // a method's: its receiver type's
      forEachNodeDeep(fd->body, [&](const syntax::Node* n) {
        const auto* spec = n->as<syntax::TypeSpec>();
        if (!spec || spec->isAlias) return;
        const types::Object* obj = info.objectOf(spec->name);
        if (!obj) return;
        ++gen;
        if (implicits.empty() && !spec->typeParams) return;  // a C++ local class (decl.cpp)
        if (obj->name == "_") return;                          // (never used, never printed)
        markHoistedType(obj, HoistedType{cppName(obj->name) + "_local" + std::to_string(gen), implicits, gen});
        hoistedTypes.push_back(obj);
        typeSpecs[obj] = spec;
      });
    }
}

std::vector<types::TypeParam*> Emitter::typeTemplateParams(const types::Object* typeName) const {
  std::vector<types::TypeParam*> params;
  if (const HoistedType* h = hoistedType(typeName)) params = h->implicits;
  if (const auto* n = typeName->type ? typeName->type->as<types::Named>() : nullptr)
    params.insert(params.end(), n->typeParams.begin(), n->typeParams.end());
  return params;
}

std::string Emitter::typeCppName(const types::Object* typeName) const {
  const HoistedType* h = hoistedType(typeName);
  return h ? h->cppName : cppName(typeName->name);
}

void Emitter::hoistedTypeDecls() {
  if (hoistedTypes.empty()) return;
  std::vector<const types::Object*> printable;
  for (const types::Object* obj : hoistedTypes) {
    const syntax::TypeSpec* spec = typeSpecs.at(obj);
    try {
      const types::Type* u = types::underlying(obj->type);
      if (mentionsLocalClass(u)) unsupported(spec->pos, "generic types declared in functions that mention the function's other types");
      if (u->kind == types::TypeKind::Interface && !interfaceMethods(obj->type).empty())
        unsupported(spec->pos, "interface types with methods declared in generic functions");
      // func F[T any]() { type L[T any] ... }: one template cannot take both.
      std::set<std::string> names;
      for (const types::TypeParam* tp : typeTemplateParams(obj))
        if (!names.insert(typeParamName(tp)).second)
          unsupported(spec->pos, "a type declared in a generic function whose type parameter shadows the function's");
    } catch (const Unsupported& u) {
      report(u);
      continue;
    }
    printable.push_back(obj);
  }
  // Structs first, declared: a type may point to one declared after it.
  out->line();
  for (const types::Object* obj : printable) {
    const types::Type* u = types::underlying(obj->type);
    if (u->kind != types::TypeKind::Struct && !isRecursiveType(obj->type)) continue;
    out->at(typeSpecs.at(obj)->pos);
    out->write(templateHead(typeTemplateParams(obj)) + " struct " + typeCppName(obj) + ";");
  }
  // Then in source order: a type declared in a function can only use the
  // ones declared before it (or itself, through a pointer).
  for (const types::Object* obj : printable) {
    try {
      typeSpec(typeSpecs.at(obj), false);
    } catch (const Unsupported& u) {
      report(u);
    }
  }
}

}  // namespace emit
