// The type checker's entry point.
//
// types::check checks one package made of already-parsed files. Imports are
// resolved through the Context's importer, which loads a standard package's
// declarations from its Go source in rtlib/pkg (bodies may be native).
#pragma once

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "diag/diag.hpp"
#include "syntax/ast.hpp"
#include "types/info.hpp"

namespace types {

struct CheckedPackage {
  Package* pkg = nullptr;
  Info info;
  std::vector<const syntax::File*> files;
};

// Owns every type, object, scope and package of one go2cpp invocation, so
// that imported packages are checked once and shared.
class Context {
 public:
  // What a loader found for an import: the package's path (a relative
  // import "./a" names the package by its folder; otherwise the path as
  // imported) and its files, parsed. No files: the loader reported why not
  // (unknown package, syntax error).
  struct Loaded {
    std::string path;
    std::vector<const syntax::File*> files;
  };
  // Given an import path and the position of the import, finds and parses
  // the package.
  using Loader = std::function<Loaded(const std::string& path, diag::Pos at, diag::Diagnostics& diags)>;

  explicit Context(Loader loader);
  ~Context();

  TypeArena& types() { return types_; }
  Object* newObject(ObjectKind k, std::string name, Type* t, diag::Pos p);
  Scope* newScope(Scope* parent);
  Package* newPackage(std::string path);
  Scope* universe() const { return universe_; }
  Type* basic(BasicKind k) const { return basics_[static_cast<int>(k)]; }
  Type* errorType() const { return errorType_; }
  Type* anyType() const { return anyType_; }
  // The checked package for an import path (checking it on first use).
  CheckedPackage* import(const std::string& path, diag::Pos at, diag::Diagnostics& diags);
  // The package already checked for an import path, or nullptr.
  const CheckedPackage* find(const std::string& path) const {
    auto it = byPath_.find(path);
    return it == byPath_.end() ? nullptr : it->second;
  }

  // ---- generics (subst.cpp): shared by all packages, so that List[int]
  // is one type wherever it is written.
  using TypeMap = std::vector<std::pair<const TypeParam*, Type*>>;
  // t with every type parameter of m replaced by its type.
  Type* subst(Type* t, const TypeMap& m);
  // The instance origin[args] (made once per distinct argument list). With
  // origin's own type parameters as arguments it is origin itself, which is
  // what List[T] means inside List's declaration and methods.
  Named* instantiate(Named* origin, const std::vector<Type*>& args);
  // After origin's underlying type is known, or a method was added to it:
  // bring its instances up to date.
  void completeInstances(Named* origin);

  // Called by check(): the package being built.
  CheckedPackage* adopt(std::unique_ptr<CheckedPackage> p);

 private:
  void makeUniverse();
  CheckedPackage* makeUnsafe();  // unsafe.cpp: the package the checker itself provides
  Loader loader_;
  TypeArena types_;
  std::vector<std::unique_ptr<Object>> objects_;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::vector<std::unique_ptr<Package>> packages_;
  std::vector<std::unique_ptr<CheckedPackage>> checked_;
  std::map<std::string, CheckedPackage*> byPath_;
  std::vector<std::string> importing_;  // for import cycles
  Scope* universe_ = nullptr;
  std::vector<Type*> basics_;
  Type* errorType_ = nullptr;
  Type* anyType_ = nullptr;
  CheckedPackage* unsafe_ = nullptr;
  std::map<const Named*, std::vector<Named*>> instances_;
  // Origins whose instances completeInstances is completing: an instance
  // made meanwhile (Pair[B, A] in Pair's method Swap) is appended and taken
  // by the running loop, not completed a second time, duplicating methods.
  std::set<const Named*> completing_;
};

// Checks the package made of files (all with the same package clause).
// Errors go to diags in gc's words; the result is returned even with errors
// (callers check diags.hasErrors()).
CheckedPackage* check(Context& ctx, const std::string& pkgPath, const std::vector<const syntax::File*>& files,
                      diag::Diagnostics& diags);

}  // namespace types
