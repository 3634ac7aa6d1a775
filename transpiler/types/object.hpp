// Objects: what an identifier denotes (go/types' Object), and scopes.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "diag/diag.hpp"
#include "types/constant.hpp"
#include "types/type.hpp"

namespace syntax { struct Node; struct FuncDecl; }

namespace types {

struct Scope;

enum class ObjectKind { Const, Var, TypeName, Func, PkgName, Builtin, Nil, Label };

enum class BuiltinId {
  Append, Cap, Close, Complex, Copy, Delete, Imag, Len, Make, New, Panic, Print, Println, Real, Recover,
  UnsafeAdd, UnsafeAlignof, UnsafeOffsetof, UnsafeSizeof, UnsafeSlice,
};

struct Object {
  ObjectKind kind;
  std::string name;
  Type* type = nullptr;
  diag::Pos pos;
  Package* pkg = nullptr;     // nullptr for universe objects
  Scope* parent = nullptr;    // the scope that declares it

  // Const
  Constant value;
  // Var
  bool isField = false;
  bool isParam = false;       // parameter or named result
  bool used = false;          // for "declared but not used"
  // Func
  const syntax::FuncDecl* decl = nullptr;
  bool isNative = false;      // //go2cpp:native: body is C++ in rtlib
  Object* origin = nullptr;   // a method of a generic type's instance: the generic method
  // PkgName
  Package* imported = nullptr;
  // Builtin
  BuiltinId builtin = BuiltinId::Len;

  Object(ObjectKind k, std::string n, Type* t, diag::Pos p) : kind(k), name(std::move(n)), type(t), pos(p) {}
  bool isPackageLevel() const;
};

// Whether name is exported: its first character is an upper-case letter
// (spec: "Exported identifiers").
bool isExportedName(const std::string& name);

// go/types' sameId: whether obj is named name and, when name is
// unexported, declared in package pkg (an unexported name of one package
// never denotes another package's field or method). A null pkg: by name
// alone.
bool hasId(const Object* obj, const Package* pkg, const std::string& name);

// Whether two fields or methods have the same Id (hasId of one's package).
bool sameId(const Object* a, const Object* b);

struct Scope {
  Scope* parent = nullptr;
  std::map<std::string, Object*> names;
  bool isFunc = false;  // the outermost block of a function (params live here)

  explicit Scope(Scope* p) : parent(p) {}
  Object* lookupLocal(const std::string& n) const;
  // Walks outwards. Returns nullptr if nowhere.
  Object* lookup(const std::string& n) const;
  // Inserts; returns the object already there if the name is taken.
  Object* insert(Object* obj);
};

struct Package {
  std::string path;   // import path ("main", "fmt", "math/rand")
  std::string name;   // package clause name
  Scope* scope = nullptr;
  std::vector<Package*> imports;
  bool isNative = false;  // a standard package from rtlib/pkg
  // The import failed (reported once at the import): its name is declared
  // so that uses of it are not reported again (go/types' fake packages).
  bool isFake = false;
};

}  // namespace types
