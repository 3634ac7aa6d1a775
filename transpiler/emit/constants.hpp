// C++ spellings of Go constant values.
//
// Every expression the checker folded to a constant is printed as its value
// with its type: go::int_(42), 3.14 (a float64 is a C++ double already),
// go::string("hi\n"), true. Integer literals carry an LL/ULL suffix when
// they do not fit C++'s int, so no literal is ever narrowed or widened on
// the way.
#pragma once

#include <string>
#include <string_view>

#include "diag/diag.hpp"
#include "types/constant.hpp"
#include "types/type.hpp"

namespace emit {

// A C++ string literal for Go's bytes: printable ASCII as is, the usual
// escapes by name, every other byte as a three-digit octal escape (which,
// unlike \x, cannot swallow the characters that follow).
std::string cppStringLiteral(std::string_view bytes);

// The bare C++ literal of a constant seen as basic kind k (after the
// checker's conversion): "42", "4294967296LL", "18446744073709551615ULL",
// "0.1", "1.5f", "\"s\"", "true".
std::string constantLiteral(const types::Constant& c, types::BasicKind k);

// The constant as a typed C++ expression of type t (untyped kinds get their
// default type): go::int_(42), go::uint8(255), 3.14, go::string("s"),
// Celsius(100.0) for a named type.
std::string typedConstant(const types::Constant& c, const types::Type* t, const types::Package* from,
                          diag::Pos at);

// The basic kind a constant of type t is printed as (untyped → default).
types::BasicKind constantKind(const types::Type* t);

}  // namespace emit
