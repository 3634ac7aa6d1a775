// This file implements the spelling of Go types in C++ (see types.hpp).
#include "emit/types.hpp"

#include <set>

#include "emit/maps.hpp"
#include "emit/methodset.hpp"
#include "emit/names.hpp"
#include "emit/unnamed_types.hpp"
#include "emit/unsupported.hpp"
#include "types/object.hpp"

namespace emit {

using types::BasicKind;

std::string basicTypeName(BasicKind k) {
  switch (k) {
    case BasicKind::Bool: return "bool";
    case BasicKind::Int: return "go::int_";
    case BasicKind::Int8: return "go::int8";
    case BasicKind::Int16: return "go::int16";
    case BasicKind::Int32: return "go::int32";
    case BasicKind::Int64: return "go::int64";
    case BasicKind::Uint: return "go::uint_";
    case BasicKind::Uint8: return "go::uint8";
    case BasicKind::Uint16: return "go::uint16";
    case BasicKind::Uint32: return "go::uint32";
    case BasicKind::Uint64: return "go::uint64";
    case BasicKind::Uintptr: return "go::uintptr";
    case BasicKind::Float32: return "go::float32";
    case BasicKind::Float64: return "go::float64";
    case BasicKind::Complex64: return "go::complex64";
    case BasicKind::Complex128: return "go::complex128";
    case BasicKind::String: return "go::string";
    case BasicKind::UnsafePointer: return "go::unsafe_pointer";
    default: return "";
  }
}

int integerBits(const types::Type* t) {
  const types::Type* u = types::underlying(const_cast<types::Type*>(t));
  const auto* b = u ? u->as<types::Basic>() : nullptr;
  if (!b) return 0;
  switch (b->basic) {
    case BasicKind::Int8: case BasicKind::Uint8: return 8;
    case BasicKind::Int16: case BasicKind::Uint16: return 16;
    case BasicKind::Int32: case BasicKind::Uint32: return 32;
    case BasicKind::Int: case BasicKind::Int64: case BasicKind::Uint: case BasicKind::Uint64:
    case BasicKind::Uintptr: return 64;
    default: return 0;
  }
}

bool isSmallInteger(const types::Type* t) {
  int bits = integerBits(t);
  return bits == 8 || bits == 16;
}

namespace {
std::set<const types::Object*>& typeParamClashes() {
  static std::set<const types::Object*> clashes;
  return clashes;
}
}  // namespace

void markTypeParamClash(const types::Object* typeParamName) { typeParamClashes().insert(typeParamName); }

std::string typeParamName(const types::TypeParam* tp) {
  // Blank ones (type T[_ any, _ any]) need names of their own.
  if (tp->obj->name == "_") return "blank" + std::to_string(tp->index) + "_";
  std::string name = cppName(tp->obj->name);
  return typeParamClashes().count(tp->obj) ? name + "_" : name;
}

std::string packageQualifier(const types::Package* of, const types::Package* from) {
  if (!of || of == from) return "";
  std::string ns = packageNamespace(of->path);
  std::string first = ns.substr(0, ns.find("::"));
  if (from && from->scope) {
    const types::Object* clash = from->scope->lookupLocal(first);
    if (clash && clash->kind == types::ObjectKind::TypeName) ns = "::" + ns;
  }
  return ns + "::";
}

std::string typeName(const types::Type* t, const types::Package* from, diag::Pos at, const InstanceArgs* instanceArgs) {
  using types::TypeKind;
  switch (t->kind) {
    case TypeKind::Basic: {
      const auto* b = t->as<types::Basic>();
      std::string n = basicTypeName(b->basic);
      if (n.empty()) unsupported(at, "values of type " + b->name);
      return n;
    }
    case TypeKind::Named: {
      const auto* n = t->as<types::Named>();
      const types::Object* obj = n->obj;
      if (!obj->pkg) {
        if (obj->name == "error") return "go::error";
        unsupported(at, "the predeclared type " + obj->name);
      }
      std::string name = cppName(obj->name);
      const HoistedType* hoisted = hoistedType(obj);  // a class template at namespace scope (local_types.cpp)
      // A type declared in a function has no qualified name: where a member
      // hides it (from is null), a struct is named by an elaborated
      // specifier, which skips the member, and an alias by what it stands for.
      if (!from && !hoisted && obj->parent && obj->parent != obj->pkg->scope && !n->origin && !n->isGeneric()) {
        if (n->underlying->kind == types::TypeKind::Struct || isRecursiveType(n)) return "struct " + name;
        if (n->underlying->kind != types::TypeKind::Interface) return typeName(n->underlying, from, at, instanceArgs);
      }
      name = packageQualifier(obj->pkg, from) + (hoisted ? hoisted->cppName : name);
      // List[int] is the class template List<go::int_, ...> (generic.cpp).
      if (n->origin || n->isGeneric() || (hoisted && !hoisted->implicits.empty())) {
        if (!instanceArgs) unsupported(at, "generic types here");
        name += (*instanceArgs)(n, at);
      }
      return name;
    }
    case TypeKind::Pointer:
      return typeName(t->as<types::Pointer>()->elem, from, at, instanceArgs) + "*";
    case TypeKind::Slice:
      return "go::slice<" + typeName(t->as<types::Slice>()->elem, from, at, instanceArgs) + ">";
    case TypeKind::Array: {
      const auto* a = t->as<types::Array>();
      return "go::array<" + typeName(a->elem, from, at, instanceArgs) + ", " + std::to_string(a->len) + ">";
    }
    case TypeKind::Tuple: {
      const auto* tup = t->as<types::Tuple>();
      if (tup->size() == 0) return "void";
      if (tup->size() == 1) return typeName(tup->at(0), from, at, instanceArgs);
      std::string s = "std::tuple<";
      for (size_t i = 0; i < tup->size(); i++) {
        if (i) s += ", ";
        s += typeName(tup->at(i), from, at, instanceArgs);
      }
      return s + ">";
    }
    case TypeKind::Map: {
      const auto* m = t->as<types::Map>();
      if (!isHashable(m->key)) unsupported(at, "maps with keys of type " + types::typeString(m->key));
      return "go::map<" + typeName(m->key, from, at, instanceArgs) + ", " + typeName(m->elem, from, at, instanceArgs) + ">";
    }
    case TypeKind::Chan:  // every direction: the checker enforces it
      return "go::chan<" + typeName(t->as<types::Chan>()->elem, from, at, instanceArgs) + ">";
    case TypeKind::Signature: {
      // func(A...) R is go::func<R(A...)>; several results are a std::tuple.
      const auto* sig = t->as<types::Signature>();
      std::string result = sig->results && sig->results->size() > 0 ? typeName(sig->results, from, at, instanceArgs) : "void";
      std::string s = "go::func<" + result + "(";
      for (size_t i = 0; sig->params && i < sig->params->size(); i++)
        s += (i ? ", " : "") + typeName(sig->params->at(i), from, at, instanceArgs);
      return s + ")>";
    }
    case TypeKind::Interface:
      // Interfaces with methods are structs named after their Go names, or
      // after their methods when they have none (unnamed_types.hpp).
      if (interfaceMethods(t).empty()) return "go::any";
      return unnamedInterfaceName(t) + unnamedTemplateArgs(t);  // (a class template over type parameters it mentions)
    case TypeKind::Struct:
      // struct{} is one C++ type for all packages (go/empty_struct.hpp).
      if (t->as<types::Struct>()->fields.empty()) return "go::empty_struct";
    {
      // The class template of its shape, over the field types (unnamed_types.hpp).
      std::string s = unnamedStructName(t) + "<";
      const auto& fields = t->as<types::Struct>()->fields;
      for (size_t i = 0; i < fields.size(); i++) s += (i ? ", " : "") + typeName(fields[i].var->type, from, at, instanceArgs);
      return s + ">";
    }
    case TypeKind::TypeParam: return typeParamName(t->as<types::TypeParam>());  // a template parameter (generic.cpp)
  }
  unsupported(at, "this type");
}

}  // namespace emit
