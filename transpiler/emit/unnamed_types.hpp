// C++ names of Go types that have no name: struct types written in place
// (`var p struct{ x, y int }`, `[]struct{ k string }{...}`) and interface
// types with methods written in place (`interface{ M() }`).
//
// C++ has no structural struct types, so each such Go type becomes a struct
// declared in the package header under a name derived from its structure:
// the field (or method) names, then a hash of the type's full spelling, so
// that identical Go types get one C++ type (and different ones never
// share a name) without any table: `struct{ x, y int }` → struct_x_y_1a2b3c.
#pragma once

#include <string>
#include <vector>

#include "types/type.hpp"

namespace emit {

// The C++ name of an unnamed struct type (t's kind is Struct): a class
// template over the field types, shared by the struct types of one shape
// (field names, tags and embedding): struct_x_y_1a2b3c<go::int_, go::int_>.
std::string unnamedStructName(const types::Type* t);
// A name that tells unnamed struct types apart (with their field types).
std::string unnamedStructIdentityName(const types::Type* t);

// The C++ name of an unnamed interface type that has methods.
std::string unnamedInterfaceName(const types::Type* t);

// The C++ member name of field i of st (blank fields get blank_<i>).
std::string structMember(const types::Struct* st, size_t i);

// A spelling of t that tells every two non-identical types apart (package
// paths, and the positions of types declared in functions): the input of
// the names above.
std::string identitySpelling(const types::Type* t);

// --- generics (generic_unnamed.cpp): unnamed types inside generic code ---
// The type parameters t mentions, in order of first appearance: the
// template parameters of its C++ struct when there are any.
std::vector<types::TypeParam*> typeParamsIn(const types::Type* t);
// "<T, T_type, U, U_type>" after the name of an unnamed struct or
// interface that mentions type parameters; "" for any other.
std::string unnamedTemplateArgs(const types::Type* t);

}  // namespace emit
