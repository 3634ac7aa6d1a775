// C++ spellings of Go types.
//
// int → go::int_, string → go::string, []T → go::slice<T>, [N]T →
// go::array<T, N>, map[K]V → go::map<K, V>, *T → T*, several results →
// std::tuple<...>; named types
// keep their names (qualified by their package's namespace when they come
// from another package). Types the runtime cannot represent yet (maps with
// keys it cannot hash yet, channels, interfaces, func values, complex numbers) are Unsupported.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "diag/diag.hpp"
#include "types/type.hpp"

namespace emit {

// t's underlying type, and its core type (what a type parameter's type set
// has in common; the underlying type of any other type); null for null.
inline const types::Type* underlyingOf(const types::Type* t) {
  return t ? types::underlying(const_cast<types::Type*>(t)) : nullptr;
}
inline const types::Type* coreOf(const types::Type* t) {
  return t ? types::coreType(const_cast<types::Type*>(t)) : nullptr;
}

// The template arguments of an instantiated generic type, "<go::int_,
// go::desc<go::int_type>>" (the emitter's, which registers descriptors).
using InstanceArgs = std::function<std::string(const types::Named* instance, diag::Pos at)>;

// The C++ type for Go type t, seen from package `from` (which needs no
// qualification). `at` is where an unsupported type is reported. Without
// instanceArgs, instantiated generic types are Unsupported.
std::string typeName(const types::Type* t, const types::Package* from, diag::Pos at,
                     const InstanceArgs* instanceArgs = nullptr);

// A type parameter's C++ name: its Go name, or with a trailing _ when
// markTypeParamClash named it (generic.cpp: C++ forbids a template
// parameter's name for a member or a local, as in type Pair[A any]
// struct{ A A }).
std::string typeParamName(const types::TypeParam* tp);
void markTypeParamClash(const types::Object* typeParamName);

// "ns::", the qualification of a name declared in package `of` when it is
// used in package `from` ("" when they are the same package). The
// namespace starts with "::" only when `from` declares a type of the same
// name as its first element (C++ looks such a type up before a namespace).
std::string packageQualifier(const types::Package* of, const types::Package* from);

// The C++ type for a basic type (go::int_ ...); empty for untyped kinds.
std::string basicTypeName(types::BasicKind k);

// Width in bits of an integer basic type (0 if not an integer type).
int integerBits(const types::Type* t);

// True for integer types narrower than C++'s int, whose arithmetic C++
// promotes to int so that the result must be converted back.
bool isSmallInteger(const types::Type* t);

// Whether one declaration may introduce several names of this C++ type
// (`go::int_ x{}, y{};`). Not for pointers: in `Node* l{}, r{};` the `*`
// binds to l only, and r would be a Node.
inline bool sharesDeclaration(const std::string& cppType) { return !cppType.empty() && cppType.back() != '*'; }

}  // namespace emit

namespace emit {

// --- lang: recursive non-struct types (recursive_types.cpp) ---
// Whether the defined type t is not a struct or interface and its
// representation mentions t itself (`type S []S`, `type F func(F)`,
// `type A *[2]B; type B A`): such a type cannot be a C++ alias and is
// printed as a struct deriving from go::recursive<Rep> (go/recursive.hpp).
bool isRecursiveType(const types::Type* t);

// --- lang: types declared in functions, printed as namespace-scope class
// templates (local_types.cpp) ---
// A generic type declared in a function, and any type declared in a
// generic function (which may mention the function's type parameters),
// cannot be a C++ local class: C++ has no local templates. Such a type is
// a class template at namespace scope over the enclosing function's type
// parameters (its implicit ones) followed by its own.
struct HoistedType {
  std::string cppName;                     // T_local2: unique in the namespace
  std::vector<types::TypeParam*> implicits;  // the enclosing function's type parameters
  int gen = 0;                             // gc's ·N: its place among the package's local defined types
};
void markHoistedType(const types::Object* typeName, HoistedType hoisted);
const HoistedType* hoistedType(const types::Object* typeName);  // null for any other type

}  // namespace emit
