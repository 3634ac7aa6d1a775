// This file implements the printing of constant values (see constants.hpp).
#include "emit/constants.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

#include "emit/types.hpp"
#include "emit/unsupported.hpp"

namespace emit {

using types::BasicKind;

std::string cppStringLiteral(std::string_view bytes) {
  std::string s = "\"";
  for (unsigned char c : bytes) {
    switch (c) {
      case '"': s += "\\\""; break;
      case '\\': s += "\\\\"; break;
      case '\n': s += "\\n"; break;
      case '\t': s += "\\t"; break;
      case '\r': s += "\\r"; break;
      default:
        if (c >= 0x20 && c < 0x7f) {
          s += static_cast<char>(c);
        } else {
          char buf[5];
          std::snprintf(buf, sizeof buf, "\\%03o", c);
          s += buf;
        }
    }
  }
  return s + "\"";
}

BasicKind constantKind(const types::Type* t) {
  const types::Type* u = types::underlying(const_cast<types::Type*>(t));
  const auto* b = u ? u->as<types::Basic>() : nullptr;
  if (!b) return BasicKind::Invalid;
  switch (b->basic) {
    case BasicKind::UntypedBool: return BasicKind::Bool;
    case BasicKind::UntypedInt: return BasicKind::Int;
    case BasicKind::UntypedRune: return BasicKind::Int32;
    case BasicKind::UntypedFloat: return BasicKind::Float64;
    case BasicKind::UntypedString: return BasicKind::String;
    case BasicKind::UntypedComplex: return BasicKind::Complex128;
    default: return b->basic;
  }
}

namespace {

// The shortest decimal that reads back as exactly v (as Go's strconv 'g', -1).
template <class F>
std::string shortestFloat(F v) {
  char buf[64];
  for (int prec = 1; prec <= 17; prec++) {
    std::snprintf(buf, sizeof buf, "%.*g", prec, static_cast<double>(v));
    F back = std::is_same_v<F, float> ? std::strtof(buf, nullptr) : static_cast<F>(std::strtod(buf, nullptr));
    if (back == v) break;
  }
  std::string s = buf;
  // "1" would be an int literal and "1e+21" is fine; make integers doubles.
  if (s.find_first_of(".en") == std::string::npos) s += ".0";
  return s;
}

std::string integerLiteral(const types::Constant& c, BasicKind k) {
  bool isUnsigned = k == BasicKind::Uint || k == BasicKind::Uint8 || k == BasicKind::Uint16 ||
                    k == BasicKind::Uint32 || k == BasicKind::Uint64 || k == BasicKind::Uintptr;
  auto asInt = c.toInt();
  if (!asInt) return "0";  // the checker rejects non-integral values; unreachable on checked input
  if (isUnsigned) {
    uint64_t u = asInt->uint64Val().value_or(0);
    std::string digits = std::to_string(u);
    return u <= 0x7fffffffu ? digits : digits + "ULL";
  }
  int64_t v = asInt->int64Val().value_or(0);
  if (v == std::numeric_limits<int64_t>::min()) return "(-9223372036854775807LL - 1)";
  std::string digits = std::to_string(v);
  return (v >= -0x7fffffffLL && v <= 0x7fffffffLL) ? digits : digits + "LL";
}

}  // namespace

std::string constantLiteral(const types::Constant& c, BasicKind k) {
  switch (k) {
    case BasicKind::Bool: return c.boolVal() ? "true" : "false";
    case BasicKind::String: return cppStringLiteral(c.stringVal());
    case BasicKind::Float64: return shortestFloat<double>(c.toFloat().float64Val());
    case BasicKind::Float32: return shortestFloat<float>(c.toFloat().float32Val()) + "f";
    default: return integerLiteral(c, k);
  }
}

std::string typedConstant(const types::Constant& c, const types::Type* t, const types::Package* from,
                          diag::Pos at) {
  BasicKind k = constantKind(t);
  if (k == BasicKind::Invalid) unsupported(at, "constants of type " + types::typeString(t));
  // A constant of a generic type's instance, or of a type that is a class
  // template (local_types.cpp), is spelled by its underlying type: the
  // template is an alias of it, and naming it needs template arguments.
  if (const auto* n = t->as<types::Named>(); n && (n->origin || hoistedType(n->obj)) && n->underlying) t = n->underlying;
  if (k == BasicKind::UntypedNil) return "nullptr";
  if (k == BasicKind::Complex64 || k == BasicKind::Complex128) {
    // go::complex128(1.0, 2.5): each part rounded to the part's type.
    types::Constant re = types::Constant::makeFloat(c.toComplex().ratVal());
    types::Constant im = types::Constant::makeFloat(c.toComplex().imagVal());
    BasicKind part = k == BasicKind::Complex64 ? BasicKind::Float32 : BasicKind::Float64;
    std::string type = t->kind == types::TypeKind::Named ? typeName(t, from, at) : basicTypeName(k);
    return type + "(" + constantLiteral(re, part) + ", " + constantLiteral(im, part) + ")";
  }
  std::string lit = constantLiteral(c, k);
  bool named = t->kind == types::TypeKind::Named;
  // bool and float64 literals already have their C++ type.
  if (!named && (k == BasicKind::Bool || k == BasicKind::Float64 || k == BasicKind::Float32)) return lit;
  std::string type = named ? typeName(t, from, at) : basicTypeName(k);
  return type + "(" + lit + ")";
}

}  // namespace emit
