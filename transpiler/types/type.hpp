// Go's types, in the shape of go/types.
//
// Types are made once and compared by pointer where Go's identity allows it
// (basic types, named types, type parameters); composite types are compared
// structurally with types::identical. All types live in a TypeArena owned by
// the Universe or by the checked package, so Type* stays valid as long as the
// Info that mentions it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace types {

struct Object;
struct Package;

enum class TypeKind { Basic, Named, Pointer, Array, Slice, Map, Chan, Signature, Struct, Interface, Tuple, TypeParam };

enum class BasicKind {
  Invalid,
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String, UnsafePointer,
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString, UntypedNil,
};

struct Type {
  TypeKind kind;
  explicit Type(TypeKind k) : kind(k) {}
  virtual ~Type() = default;
  template <class T> T* as() { return kind == T::Kind ? static_cast<T*>(this) : nullptr; }
  template <class T> const T* as() const { return kind == T::Kind ? static_cast<const T*>(this) : nullptr; }
};

struct Basic : Type {
  static constexpr TypeKind Kind = TypeKind::Basic;
  BasicKind basic;
  std::string name;  // "int", "untyped int", ...
  Basic(BasicKind b, std::string n) : Type(Kind), basic(b), name(std::move(n)) {}
};

struct Pointer : Type {
  static constexpr TypeKind Kind = TypeKind::Pointer;
  Type* elem;
  explicit Pointer(Type* e) : Type(Kind), elem(e) {}
};

struct Array : Type {
  static constexpr TypeKind Kind = TypeKind::Array;
  Type* elem;
  int64_t len;
  Array(Type* e, int64_t n) : Type(Kind), elem(e), len(n) {}
};

struct Slice : Type {
  static constexpr TypeKind Kind = TypeKind::Slice;
  Type* elem;
  explicit Slice(Type* e) : Type(Kind), elem(e) {}
};

struct Map : Type {
  static constexpr TypeKind Kind = TypeKind::Map;
  Type* key;
  Type* elem;
  Map(Type* k, Type* e) : Type(Kind), key(k), elem(e) {}
};

enum class ChanDir { Both, SendOnly, RecvOnly };

struct Chan : Type {
  static constexpr TypeKind Kind = TypeKind::Chan;
  ChanDir dir;
  Type* elem;
  Chan(ChanDir d, Type* e) : Type(Kind), dir(d), elem(e) {}
};

// An ordered list of variables: parameters, results, multi-value expressions.
struct Tuple : Type {
  static constexpr TypeKind Kind = TypeKind::Tuple;
  std::vector<Object*> vars;
  Tuple() : Type(Kind) {}
  size_t size() const { return vars.size(); }
  Type* at(size_t i) const;
};

struct TypeParam;

struct Signature : Type {
  static constexpr TypeKind Kind = TypeKind::Signature;
  std::vector<TypeParam*> typeParams;  // a generic function's (not a method's receiver's)
  Object* recv = nullptr;  // methods only
  Tuple* params = nullptr;
  Tuple* results = nullptr;
  bool variadic = false;   // last param is ...T (its type is []T)
  Signature() : Type(Kind) {}
};

struct Field {
  Object* var;  // the field's Var object (name, type)
  bool embedded = false;
  std::string tag;
};

struct Struct : Type {
  static constexpr TypeKind Kind = TypeKind::Struct;
  std::vector<Field> fields;
  Struct() : Type(Kind) {}
};

// One term of a constraint's union: T or ~T.
struct Term {
  bool tilde = false;
  Type* type = nullptr;
};

// An interface: methods, embedded interfaces and (in constraints) unions of
// type terms. completeInterface (interface.cpp) flattens the embeddings
// into the method set and the type set, which every user reads.
struct Interface : Type {
  static constexpr TypeKind Kind = TypeKind::Interface;
  std::vector<Object*> methods;   // explicit methods (Func objects), sorted by name
  std::vector<Type*> embeddeds;   // embedded interfaces (named or literal)
  std::vector<std::vector<Term>> unions;  // embedded non-interface elements: int, ~int | string
  bool isComparableConstraint = false;    // the predeclared comparable (or embeds it)
  bool isAny = false;                     // the predeclared any (printed by that name)
  Interface() : Type(Kind) {}
  bool isEmpty() const { return methods.empty() && embeddeds.empty() && unions.empty(); }

  // ---- the completed sets (valid after completeInterface)
  bool complete = false;
  std::vector<Object*> allMethods;  // the method set, sorted by name
  bool allTypes = true;             // no union restricts the type set
  std::vector<Term> terms;          // when !allTypes: the type set is their union (empty: no types)
  bool comparableOnly = false;      // comparable is in the intersection
  // Whether only constraints may use it (unions or comparable in the type set).
  bool isConstraintOnly() const { return !allTypes || comparableOnly; }
};

// A defined type. A generic type (typeParams not empty) is the origin of
// its instances: List[int] is a Named with origin List, typeArgs {int}, the
// origin's underlying type with T replaced by int, and one method object per
// origin method (Object::origin points back) with substituted signatures.
struct Named : Type {
  static constexpr TypeKind Kind = TypeKind::Named;
  Object* obj = nullptr;       // its TypeName (an instance shares its origin's)
  Type* underlying = nullptr;  // set once resolved
  std::vector<Object*> methods;
  std::vector<TypeParam*> typeParams;  // generic types only
  Named* origin = nullptr;             // instances only
  std::vector<Type*> typeArgs;         // instances only
  Named() : Type(Kind) {}
  bool isGeneric() const { return !typeParams.empty() && !origin; }
};

struct TypeParam : Type {
  static constexpr TypeKind Kind = TypeKind::TypeParam;
  Object* obj = nullptr;
  Type* constraint = nullptr;  // an interface type (named or literal); set after the whole list is declared
  int index = 0;               // position in its declaring list
  TypeParam() : Type(Kind) {}
};

// Owns types made during checking.
class TypeArena {
 public:
  template <class T, class... A> T* make(A&&... a) {
    auto t = std::make_unique<T>(std::forward<A>(a)...);
    T* raw = t.get();
    types_.push_back(std::move(t));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Type>> types_;
};

// ---- predicates (predicates.cpp) -------------------------------------------

Type* underlying(Type* t);
bool isBasic(const Type* t, BasicKind k);
bool isUntyped(const Type* t);
bool isBoolean(const Type* t);   // by underlying type
bool isInteger(const Type* t);
bool isUnsigned(const Type* t);
bool isFloat(const Type* t);
bool isComplex(const Type* t);
bool isNumeric(const Type* t);
bool isString(const Type* t);
bool isTyped(const Type* t);
bool isConstType(const Type* t);
bool isOrdered(const Type* t);
bool isNumericOrString(const Type* t);  // the operands of +    // integer, float or string (for a type parameter: all of its types)  // boolean, numeric or string basic
bool identical(const Type* a, const Type* b);
// Identity without struct tags: what conversions ask (spec: "Conversions").
bool identicalIgnoreTags(const Type* a, const Type* b);
bool comparable(const Type* t);
bool isInterface(const Type* t);
// The core type (spec: "Core types"): the underlying type, or for a type
// parameter the one underlying type all types of its type set share
// (nullptr if there is none).
Type* coreType(Type* t);
// The interface of an interface type or of a type parameter's constraint, completed.
Interface* interfaceOf(Type* t);
Interface* completeInterface(Interface* it);

// Go's spelling of a type, as gc prints it in messages ("[]int", "T",
// "strings.Builder"): the types of the package being checked are printed
// without qualification, those of other packages with their package name.
std::string typeString(const Type* t);
// The package typeString leaves unqualified (the checker sets it while it
// checks a package and restores the previous one when done).
const Package* messagePackage();
void setMessagePackage(const Package* p);

}  // namespace types
