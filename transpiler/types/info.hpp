// What the type checker decides, recorded in side tables keyed by node.
//
// This is the contract between `types` and every later stage: a type and a
// mode for every expression, an object for every identifier, the scope of
// every block, and the order in which package variables are initialized.
#pragma once

#include <map>
#include <unordered_map>
#include <vector>

#include "syntax/ast.hpp"
#include "types/object.hpp"

namespace types {

enum class Mode {
  Invalid,    // an error was reported
  NoValue,    // a call of a function without results
  Builtin,    // a built-in function name
  TypeExpr,   // the expression denotes a type
  Constant,   // a constant; value is known
  Variable,   // addressable
  MapIndex,   // m[k]: assignable, not addressable
  Value,      // any other value
  CommaOk,    // v, ok forms: type assertion, map index, channel receive
};

struct TypeAndValue {
  Mode mode = Mode::Invalid;
  Type* type = nullptr;  // for multi-value calls: a Tuple
  Constant value;        // Mode::Constant only
  bool isType() const { return mode == Mode::TypeExpr; }
};

// What a selector x.f denotes (go/types' Selection). Qualified identifiers
// (pkg.Name) have none: their Sel is in Info::uses.
enum class SelectionKind {
  FieldVal,    // x.f is a struct field (possibly promoted)
  MethodVal,   // x.m is a method value or the callee of a method call
  MethodExpr,  // T.m is a method expression: a func whose first parameter is the receiver
};

struct Selection {
  SelectionKind kind = SelectionKind::FieldVal;
  Type* recv = nullptr;  // the type of x (for MethodExpr: T)
  Object* obj = nullptr; // the field (Var) or method (Func; for interfaces the interface's method)
  // The path from x to obj: the indices of the embedded fields walked
  // through, then the index of the field in its struct, or of the method in
  // its Named's methods (for interface methods: in Interface::allMethods).
  std::vector<int> index;
  // A pointer was dereferenced on the way (x itself, or an embedded *T);
  // for methods, whether the receiver reached before the method is a pointer.
  bool indirect = false;
  // Method only: the method is declared with a pointer receiver, so a value
  // x (addressable, as the checker verified) is called through &x.
  bool ptrRecv = false;
  // The selector's type: the field's type, the method's signature without
  // receiver (MethodVal), or with the receiver as first parameter (MethodExpr).
  Type* type = nullptr;
};

// One use of a generic function or type with its type arguments
// (go/types' Instance): F[int], F(x) with inferred arguments, List[string].
struct Instance {
  std::vector<Type*> typeArgs;
  Type* type = nullptr;  // the instantiated Signature (functions) or Named (types)
};

// One package-level initialization in execution order: lhs = rhs.
struct Initializer {
  std::vector<Object*> lhs;  // one or several (v1, v2 = f())
  const syntax::Expr* rhs = nullptr;
};

struct Info {
  // Every expression that was checked. For an untyped constant expression
  // the type recorded is the final one after implicit conversion (as go/types).
  std::unordered_map<const syntax::Expr*, TypeAndValue> types;
  std::unordered_map<const syntax::Ident*, Object*> defs;  // declaring identifiers
  std::unordered_map<const syntax::Ident*, Object*> uses;  // other identifiers
  std::unordered_map<const syntax::Node*, Scope*> scopes;  // blocks, funcs, clauses, files
  std::unordered_map<const syntax::Node*, Object*> implicits;  // type switch clause -> its bound variable
  std::unordered_map<const syntax::SelectorExpr*, Selection> selections;  // every x.f but pkg.Name
  // Each use of a generic, keyed by the identifier that names the generic
  // function or type (F in F[int](x) and F(x), Sel in pkg.F, T in T[int]).
  std::unordered_map<const syntax::Ident*, Instance> instances;
  // For each generic function or type (its Func or TypeName object): its
  // distinct instantiations in order of first use, what C++ templates need.
  // Type arguments may themselves be type parameters (uses inside generic
  // code); the instantiations a program runs are those without any.
  std::unordered_map<const Object*, std::vector<Instance>> instantiations;
  std::vector<Initializer> initOrder;
  std::vector<Object*> initFuncs;  // func init() in source order

  const TypeAndValue* typeOf(const syntax::Expr* e) const {
    auto it = types.find(e);
    return it == types.end() ? nullptr : &it->second;
  }
  const Selection* selectionOf(const syntax::SelectorExpr* e) const {
    auto it = selections.find(e);
    return it == selections.end() ? nullptr : &it->second;
  }
  Object* objectOf(const syntax::Ident* id) const {
    if (auto it = defs.find(id); it != defs.end()) return it->second;
    if (auto it = uses.find(id); it != uses.end()) return it->second;
    return nullptr;
  }
};

}  // namespace types
