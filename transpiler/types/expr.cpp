// This file implements expressions (spec: "Expressions"): identifiers,
// literals, operators with exact constant folding, and the implicit
// conversion of untyped operands, which go/types does late: an untyped
// expression is recorded with its untyped type and updated once the context
// fixes its final type (convertUntyped).
#include <cmath>

#include "types/checker.hpp"

namespace types {

using namespace syntax;

void Checker::record(const Operand& x) {
  if (!x.expr) return;
  TypeAndValue& tv = info.types[x.expr];
  tv.mode = x.mode;
  tv.type = x.type;
  tv.value = x.val;
  if (x.type && isUntyped(x.type)) untyped.push_back({x.expr, &tv});
}

void Checker::exprOrType(Operand& x, const Expr* e) {
  rawExpr(x, e, nullptr);
}

void Checker::expr(Operand& x, const Expr* e) {
  rawExpr(x, e, nullptr);
  singleValue(x, e);
}

void Checker::singleValue(Operand& x, const Expr* e) {
  if (x.mode == Mode::TypeExpr) {
    error(e->pos, exprString(e) + " (type) is not an expression");
    x.mode = Mode::Invalid;
  } else if (x.mode == Mode::NoValue) {
    error(e->pos, exprString(e) + " (no value) used as value");
    x.mode = Mode::Invalid;
  } else if (x.mode == Mode::Builtin) {
    error(e->pos, exprString(e) + " (built-in) must be called");
    x.mode = Mode::Invalid;
  } else if (auto* sig = x.type ? x.type->as<Signature>() : nullptr; sig && !sig->typeParams.empty()) {
    error(e->pos, "cannot use generic function " + exprString(genericIdent(e) ? genericIdent(e) : e) +
                      " without instantiation");
    x.mode = Mode::Invalid;
  } else if (x.type && x.type->kind == TypeKind::Tuple) {
    error(e->pos, "multiple-value " + exprString(e) + " (value of type " + typeString(x.type) +
                      ") in single-value context");
    x.mode = Mode::Invalid;
  }
  if (x.mode == Mode::CommaOk) x.mode = Mode::Value;
}

void Checker::multiExpr(std::vector<Operand>& xs, const Expr* e) {
  Operand x;
  rawExpr(x, e, nullptr);
  xs.clear();
  if (x.type && x.type->kind == TypeKind::Tuple && !x.invalid()) {
    auto* t = x.type->as<Tuple>();
    for (size_t i = 0; i < t->size(); ++i) {
      Operand v;
      v.mode = Mode::Value;
      v.expr = e;
      v.type = t->at(i);
      xs.push_back(v);
    }
    return;
  }
  if (x.mode == Mode::TypeExpr) {
    error(e->pos, exprString(e) + " (type) is not an expression");
    x.mode = Mode::Invalid;
  } else if (x.mode == Mode::NoValue) {
    error(e->pos, exprString(e) + " (no value) used as value");
    x.mode = Mode::Invalid;
  }
  xs.push_back(x);
}

// ---- untyped operands -------------------------------------------------------

static BigRat ratFromDouble(double d) {
  int exp = 0;
  double m = std::frexp(d, &exp);  // d = m * 2^exp, 0.5 <= |m| < 1
  int64_t mant = static_cast<int64_t>(std::ldexp(m, 53));
  exp -= 53;
  BigRat r(mant);
  if (exp >= 0) return r * BigRat(BigInt(1) << exp);
  return r / BigRat(BigInt(1) << -exp);
}

// Whether constant x fits the basic type t; on success x.val is rounded as a
// value of t (typed float constants are float64/float32 values, as go/types).
bool Checker::representable(Operand& x, const Basic* t, std::string* cause) {
  const Constant& v = x.val;
  if (!v.isKnown()) return true;
  BasicKind k = t->basic;
  if (isInteger(t)) {
    auto iv = v.kind() == Constant::Kind::Bool || v.kind() == Constant::Kind::String ? std::nullopt : v.toInt();
    if (!iv) {
      if (cause) *cause = v.kind() == Constant::Kind::Bool || v.kind() == Constant::Kind::String ? "" : "truncated";
      return false;
    }
    const BigInt& i = iv->intVal();
    BigInt lo, hi;
    switch (k) {
      case BasicKind::Int8: lo = -128; hi = 127; break;
      case BasicKind::Int16: lo = -32768; hi = 32767; break;
      case BasicKind::Int32: case BasicKind::UntypedRune: lo = INT32_MIN; hi = INT32_MAX; break;
      case BasicKind::Int: case BasicKind::Int64: lo = INT64_MIN; hi = INT64_MAX; break;
      case BasicKind::Uint8: lo = 0; hi = 255; break;
      case BasicKind::Uint16: lo = 0; hi = 65535; break;
      case BasicKind::Uint32: lo = 0; hi = UINT32_MAX; break;
      case BasicKind::Uint: case BasicKind::Uint64: case BasicKind::Uintptr: lo = 0; hi = BigInt(UINT64_MAX); break;
      case BasicKind::UntypedInt: x.val = *iv; return true;
      default: break;
    }
    if (i < lo || i > hi) {
      if (cause) *cause = "overflows";
      return false;
    }
    x.val = *iv;
    return true;
  }
  if (isFloat(t)) {
    if (v.kind() != Constant::Kind::Int && v.kind() != Constant::Kind::Float &&
        !(v.kind() == Constant::Kind::Complex && v.imagVal() == 0)) {
      if (cause) *cause = v.kind() == Constant::Kind::Complex ? "truncated" : "";
      return false;
    }
    if (k == BasicKind::UntypedFloat) { x.val = v.toFloat(); return true; }
    double d = k == BasicKind::Float32 ? static_cast<double>(v.float32Val()) : v.float64Val();
    if (std::isinf(d)) {
      if (cause) *cause = "overflows";
      return false;
    }
    x.val = Constant::makeFloat(ratFromDouble(d));
    return true;
  }
  if (isComplex(t)) {
    if (v.kind() == Constant::Kind::Bool || v.kind() == Constant::Kind::String) return false;
    Constant c = v.toComplex();
    if (k == BasicKind::UntypedComplex) { x.val = c; return true; }
    // Both parts round as values of the part type (complex64: float32), as gc.
    auto part = [&](const BigRat& r) {
      Constant f = Constant::makeFloat(r);
      return k == BasicKind::Complex64 ? static_cast<double>(f.float32Val()) : f.float64Val();
    };
    double re = part(c.ratVal()), im = part(c.imagVal());
    if (std::isinf(re) || std::isinf(im)) {
      if (cause) *cause = "overflows";
      return false;
    }
    x.val = Constant::makeComplex(ratFromDouble(re), ratFromDouble(im));
    return true;
  }
  if (isString(t)) return v.kind() == Constant::Kind::String;
  if (isBoolean(t)) return v.kind() == Constant::Kind::Bool;
  return false;
}

// Sets the recorded type of e (and of the untyped operands it was computed
// from) to its final type t. The left operand of a non-constant shift must
// end up an integer (1<<s in a float context is an error, spec: "Operators").
void Checker::updateExprType(const Expr* e, Type* t) {
  auto it = info.types.find(e);
  if (it == info.types.end() || !isUntyped(it->second.type)) return;
  if (auto* p = e->as<ParenExpr>()) updateExprType(p->x, t);
  if (auto* u = e->as<UnaryExpr>()) {
    if (u->op != Token::Not || isBoolean(t)) updateExprType(u->x, t);
  }
  if (auto* b = e->as<BinaryExpr>()) {
    bool cmp = b->op == Token::Eql || b->op == Token::Neq || b->op == Token::Lss || b->op == Token::Leq ||
               b->op == Token::Gtr || b->op == Token::Geq;
    if (b->op == Token::Shl || b->op == Token::Shr) {
      updateExprType(b->x, t);
    } else if (!cmp) {
      updateExprType(b->x, t);
      updateExprType(b->y, t);
    }
  }
  it = info.types.find(e);  // the recursion may have added records
  it->second.type = t;
  if (auto lhs = shiftLhs.find(e); !isUntyped(t) && lhs != shiftLhs.end()) {
    const Expr* shift = lhs->second;
    shiftLhs.erase(lhs);
    if (!isInteger(t))
      error(startPosOf(e), "invalid operation: " + exprString(shift) + " (shift of type " + typeString(t) + ")");
  }
}

void Checker::defaultType(Operand& x) {
  if (!x.type || !isUntyped(x.type) || isBasic(x.type, BasicKind::UntypedNil)) return;
  convertUntyped(x, defaultTypeOf(x.type));
}

Type* Checker::defaultTypeOf(Type* t) {
  if (!t || !isUntyped(t)) return t;
  BasicKind k = t->as<Basic>()->basic;
  BasicKind d = k == BasicKind::UntypedBool ? BasicKind::Bool
                : k == BasicKind::UntypedInt ? BasicKind::Int
                : k == BasicKind::UntypedRune ? BasicKind::Int32
                : k == BasicKind::UntypedFloat ? BasicKind::Float64
                : k == BasicKind::UntypedComplex ? BasicKind::Complex128
                : k == BasicKind::UntypedString ? BasicKind::String : BasicKind::UntypedNil;
  return ctx.basic(d);
}

bool Checker::untypedFitsTypeParam(const Operand& x, TypeParam* tp) {
  Interface* it = interfaceOf(tp);
  if (!it || it->allTypes || it->terms.empty()) return false;
  for (const Term& term : it->terms) {
    Type* u = underlying(term.type);
    if (isBasic(x.type, BasicKind::UntypedNil)) {
      TypeKind k = u->kind;
      if (k != TypeKind::Pointer && k != TypeKind::Slice && k != TypeKind::Map && k != TypeKind::Chan &&
          k != TypeKind::Signature && k != TypeKind::Interface && !isBasic(u, BasicKind::UnsafePointer))
        return false;
      continue;
    }
    auto* b = u->as<Basic>();
    if (!b) return false;
    if (x.mode == Mode::Constant) {
      Operand probe = x;
      if (!representable(probe, b, nullptr)) return false;
    } else if (isBoolean(x.type) ? !isBoolean(b) : !(isNumeric(b) && isNumeric(x.type))) {
      return false;
    }
  }
  return true;
}

void Checker::convertUntyped(Operand& x, Type* target) {
  if (x.invalid() || !x.type || !isUntyped(x.type) || !target) return;
  Type* tu = underlying(target);
  if (isUntyped(target)) {
    // Both untyped (binary operands): the larger numeric kind wins.
    auto rank = [](const Type* t) { return static_cast<int>(t->as<Basic>()->basic); };
    if (isNumeric(x.type) && isNumeric(target) && rank(target) > rank(x.type)) {
      x.type = target;
      if (x.mode == Mode::Constant) {
        if (isFloat(target)) x.val = x.val.toFloat();
        if (isComplex(target)) x.val = x.val.toComplex();
      }
      updateExprType(x.expr, target);
    }
    return;
  }
  bool isNil = isBasic(x.type, BasicKind::UntypedNil);
  if (auto* tp = tu->as<TypeParam>()) {
    // An untyped operand becomes a (non-constant) value of type T when it
    // fits every type of T's type set.
    if (!untypedFitsTypeParam(x, tp)) {
      error(startPosOf(x.expr), "cannot use " + operandString(x) + " as " + typeString(target) + " value");
      x.mode = Mode::Invalid;
      return;
    }
    x.type = target;
    if (x.mode == Mode::Constant) x.mode = Mode::Value;
    x.val = Constant();
    updateExprType(x.expr, target);
    return;
  }
  if (tu->kind == TypeKind::Interface && !isNil) {
    defaultType(x);  // an untyped value in an interface gets its default type
    return;
  }
  if (isNil) {
    switch (tu->kind) {
      case TypeKind::Pointer: case TypeKind::Slice: case TypeKind::Map: case TypeKind::Chan:
      case TypeKind::Signature: case TypeKind::Interface:
        x.type = target;
        updateExprType(x.expr, target);
        return;
      case TypeKind::Basic:
        if (tu->as<Basic>()->basic == BasicKind::UnsafePointer) { x.type = target; return; }
        [[fallthrough]];
      default:
        error(startPosOf(x.expr), "cannot convert nil to type " + typeString(target));
        x.mode = Mode::Invalid;
        return;
    }
  }
  auto* b = tu->as<Basic>();
  bool ok = b != nullptr;
  std::string cause;
  if (ok) {
    if (x.mode == Mode::Constant) {
      ok = representable(x, b, &cause);
    } else {
      // Non-constant untyped values: bools from comparisons, shifted constants.
      ok = isBoolean(x.type) ? isBoolean(b) : isNumeric(b) && isNumeric(x.type);
    }
  }
  if (!ok) {
    if (x.mode == Mode::Constant && !cause.empty() && cause == "overflows") {
      error(startPosOf(x.expr), operandString(x) + " overflows " + typeString(target));
    } else if (x.mode == Mode::Constant && cause == "truncated") {
      error(startPosOf(x.expr), operandString(x) + " truncated to " + typeString(target));
    } else {
      error(startPosOf(x.expr), "cannot use " + operandString(x) + " as " + typeString(target) + " value");
    }
    x.mode = Mode::Invalid;
    return;
  }
  x.type = target;
  updateExprType(x.expr, target);
  if (x.mode == Mode::Constant) info.types[x.expr].value = x.val;
}

// ---- identifiers ------------------------------------------------------------

void Checker::ident(Operand& x, const Ident* id, bool wantType) {
  (void)wantType;
  x.expr = id;
  if (id->name == "_") {
    error(id->pos, "cannot use _ as value");
    return;
  }
  Object* obj = scope ? scope->lookup(id->name) : nullptr;
  if (!obj) {
    error(id->pos, "undefined: " + id->name);
    return;
  }
  info.uses[id] = obj;
  if (obj->pkg == pkg && obj->parent == pkg->scope && !resolved.count(obj)) objDecl(obj);
  if (currentDecl && obj->pkg == pkg && obj->parent == pkg->scope &&
      (obj->kind == ObjectKind::Var || obj->kind == ObjectKind::Func || obj->kind == ObjectKind::Const))
    currentDecl->deps.insert(obj);
  switch (obj->kind) {
    case ObjectKind::PkgName:
      usedPkgNames.insert(obj);
      error(id->pos, "use of package " + obj->name + " not in selector");
      return;
    case ObjectKind::Const:
      if (obj->name == "iota" && obj->parent == ctx.universe()) {
        if (iota < 0) {
          error(id->pos, "cannot use iota outside constant declaration");
          return;
        }
        x.mode = Mode::Constant;
        x.type = obj->type;
        x.val = Constant::makeInt64(iota);
        break;
      }
      if (!obj->type || isBasic(obj->type, BasicKind::Invalid)) return;
      x.mode = Mode::Constant;
      x.type = obj->type;
      x.val = obj->value;
      obj->used = true;
      break;
    case ObjectKind::TypeName:
      x.mode = Mode::TypeExpr;
      x.type = obj->type ? obj->type : ctx.basic(BasicKind::Invalid);
      break;
    case ObjectKind::Var:
      // Uses inside the declaring function count; assignments do not (useLHS).
      obj->used = true;
      if (!obj->type || isBasic(obj->type, BasicKind::Invalid)) return;
      x.mode = Mode::Variable;
      x.type = obj->type;
      break;
    case ObjectKind::Func:
      if (!obj->type) return;
      x.mode = Mode::Value;
      x.type = obj->type;
      break;
    case ObjectKind::Builtin:
      x.mode = Mode::Builtin;
      x.builtin = obj;
      x.type = obj->type;
      break;
    case ObjectKind::Nil:
      x.mode = Mode::Value;
      x.type = obj->type;
      break;
    default: return;
  }
  record(x);
}

// ---- operators --------------------------------------------------------------

static bool isComparison(Token op) {
  return op == Token::Eql || op == Token::Neq || op == Token::Lss || op == Token::Leq || op == Token::Gtr ||
         op == Token::Geq;
}

static bool opAllowed(Token op, const Type* t) {
  switch (op) {
    case Token::Add: return isNumericOrString(t);
    case Token::Sub: case Token::Mul: case Token::Quo: return isNumeric(t);
    case Token::Rem: case Token::And: case Token::Or: case Token::Xor: case Token::AndNot: return isInteger(t);
    case Token::LAnd: case Token::LOr: return isBoolean(t);
    default: return false;
  }
}

void Checker::binary(Operand& x, const BinaryExpr* e) {
  Operand y;
  expr(x, e->x);
  expr(y, e->y);
  x.expr = e;
  if (x.invalid() || y.invalid()) { x.mode = Mode::Invalid; return; }
  if (e->op == Token::Shl || e->op == Token::Shr) { shift(x, y, e); return; }
  // Implicit conversion of an untyped operand to the other's type.
  Operand xs = x;
  xs.expr = e->x;
  if (isUntyped(xs.type) && !isUntyped(y.type)) convertUntyped(xs, y.type);
  else if (isUntyped(y.type) && !isUntyped(xs.type)) convertUntyped(y, xs.type);
  else if (isUntyped(xs.type) && isUntyped(y.type) && isNumeric(xs.type) && isNumeric(y.type)) {
    convertUntyped(xs, y.type);
    convertUntyped(y, xs.type);
  }
  if (xs.invalid() || y.invalid()) { x.mode = Mode::Invalid; return; }
  if (isComparison(e->op)) {
    x = xs;
    comparison(x, y, e);
    return;
  }
  if (!identical(xs.type, y.type)) {
    error(startPosOf(e), "invalid operation: " + exprString(e) + " (mismatched types " + typeString(xs.type) + " and " +
                           typeString(y.type) + ")");
    x.mode = Mode::Invalid;
    return;
  }
  if (!opAllowed(e->op, xs.type)) {
    error(startPosOf(e), "invalid operation: operator " + std::string(tokenString(e->op)) + " not defined on " +
                           operandString(xs));
    x.mode = Mode::Invalid;
    return;
  }
  if ((e->op == Token::Quo || e->op == Token::Rem) && y.mode == Mode::Constant && y.val.isZero() &&
      (xs.mode == Mode::Constant || isInteger(xs.type))) {
    error(y.expr->pos, "invalid operation: division by zero");
    x.mode = Mode::Invalid;
    return;
  }
  x.type = xs.type;
  if (xs.mode == Mode::Constant && y.mode == Mode::Constant) {
    x.mode = Mode::Constant;
    x.val = Constant::binaryOp(xs.val, e->op, y.val, isInteger(xs.type));
    if (x.val.intTooLarge()) {
      const char* what = e->op == Token::Add ? "addition" : e->op == Token::Sub ? "subtraction"
                         : e->op == Token::Mul ? "multiplication" : "operation";
      error(e->pos, std::string("constant ") + what + " overflow");
      x.mode = Mode::Invalid;
      return;
    }
    if (!isUntyped(x.type)) {
      std::string cause;
      Operand probe = x;
      if (!representable(probe, underlying(x.type)->as<Basic>(), &cause)) {
        error(startPosOf(e), operandString(x) + " overflows " + typeString(x.type));
        x.mode = Mode::Invalid;
        return;
      }
      x.val = probe.val;
    }
  } else {
    x.mode = Mode::Value;
    x.val = Constant();
  }
  record(x);
}

// Whether e is the predeclared nil (its operand type may already have been
// converted to the other side's type).
bool Checker::isNilExpr(const Expr* e) const {
  while (e && e->is<ParenExpr>()) e = e->as<ParenExpr>()->x;
  auto* id = e ? e->as<Ident>() : nullptr;
  Object* obj = id ? info.objectOf(id) : nullptr;
  return obj && obj->kind == ObjectKind::Nil;
}

// gc's word for a type's class in comparison errors (types2's kindString).
static std::string kindString(Type* t) {
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Array: return "array";
    case TypeKind::Slice: return "slice";
    case TypeKind::Struct: return "struct";
    case TypeKind::Pointer: return "pointer";
    case TypeKind::Signature: return "func";
    case TypeKind::Interface: return "interface";
    case TypeKind::Map: return "map";
    case TypeKind::Chan: return "chan";
    case TypeKind::TypeParam: return "type parameter " + typeString(t);
    default: return typeString(t);
  }
}

// Why values of type t cannot be compared (types2's incomparableCause).
static std::string incomparableCause(Type* t) {
  Type* u = underlying(t);
  if (u->as<Slice>() || u->as<Signature>() || u->as<Map>()) return kindString(t) + " can only be compared to nil";
  if (auto* st = u->as<Struct>()) {
    for (const Field& f : st->fields)
      if (!comparable(f.var->type)) return "struct containing " + typeString(f.var->type) + " cannot be compared";
  }
  if (auto* a = u->as<Array>(); a && !comparable(a->elem)) return typeString(t) + " cannot be compared";
  return "";
}

static bool hasNil(Type* t) {
  if (t->as<TypeParam>()) {  // every type of the set must have nil
    Interface* it = interfaceOf(t);
    if (!it || it->allTypes || it->terms.empty()) return false;
    for (const Term& term : it->terms)
      if (!hasNil(term.type)) return false;
    return true;
  }
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Pointer: case TypeKind::Slice: case TypeKind::Map: case TypeKind::Chan:
    case TypeKind::Signature: case TypeKind::Interface: return true;
    case TypeKind::Basic: return u->as<Basic>()->basic == BasicKind::UnsafePointer;
    default: return false;
  }
}

void Checker::comparison(Operand& x, Operand& y, const BinaryExpr* e) {
  bool xNil = isNilExpr(e->x), yNil = isNilExpr(e->y);
  const Operand* errOp = &x;
  std::string cause;
  bool bad = false;
  // Spec: "the first operand must be assignable to the type of the second
  // operand, or vice versa".
  bool ok = identical(x.type, y.type) || (yNil && !isUntyped(x.type)) || (xNil && !isUntyped(y.type));
  if (!ok && !isUntyped(x.type) && !isUntyped(y.type)) {
    Operand xa = x, ya = y;
    ok = assignableTo(xa, y.type, nullptr) || assignableTo(ya, x.type, nullptr);
  }
  if (!ok) {
    errOp = &y;
    cause = "mismatched types " + typeString(x.type) + " and " + typeString(y.type);
    bad = true;
  } else if (e->op == Token::Eql || e->op == Token::Neq) {
    if (xNil || yNil) {
      Type* t = xNil ? y.type : x.type;
      if (!(xNil && yNil) && !hasNil(t) && !isBasic(t, BasicKind::UntypedNil)) {
        errOp = &y;
        bad = true;
      }
    } else if (!comparable(x.type)) {
      errOp = &x;
      cause = incomparableCause(x.type);
      bad = true;
    } else if (!comparable(y.type)) {
      errOp = &y;
      cause = incomparableCause(y.type);
      bad = true;
    }
  } else if (!isOrdered(x.type)) {
    errOp = &x;
    bad = true;
  } else if (!isOrdered(y.type)) {
    errOp = &y;
    bad = true;
  }
  if (bad) {
    if (cause.empty()) {
      if (x.type->as<TypeParam>() || y.type->as<TypeParam>()) {
        if (!x.type->as<TypeParam>()) errOp = &y;
        cause = "type parameter " + typeString(errOp->type) + " is not comparable with " + tokenString(e->op);
      } else {
        cause = std::string("operator ") + tokenString(e->op) + " not defined on " + kindString(errOp->type);
      }
    }
    error(startPosOf(errOp->expr ? errOp->expr : e), "invalid operation: " + exprString(e) + " (" + cause + ")");
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    x.mode = Mode::Constant;
    x.val = Constant::makeBool(Constant::compare(x.val, e->op, y.val));
  } else {
    x.mode = Mode::Value;
    x.val = Constant();
    // The operands' types are final now: untyped constants compared with a
    // typed value were converted; two untyped ones take their default types.
    defaultType(x);
    defaultType(y);
  }
  x.expr = e;
  x.type = ctx.basic(BasicKind::UntypedBool);
  record(x);
}

void Checker::shift(Operand& x, Operand& y, const BinaryExpr* e) {
  // The shifted operand must be an integer (or an untyped constant that is one).
  if (x.mode == Mode::Constant && isUntyped(x.type)) {
    auto iv = x.val.toInt();
    if (!iv) {
      error(startPosOf(e), "invalid operation: shifted operand " + operandString(Operand{x.mode, e->x, x.type, x.val}) +
                             " must be integer");
      x.mode = Mode::Invalid;
      return;
    }
    // (An untyped float like 2.0 stays untyped float until the shift
    // turns out constant: a non-constant shift takes its type from the
    // context, where it must become an integer.)
    x.val = *iv;
  } else if (!isInteger(x.type)) {
    error(startPosOf(e), "invalid operation: shifted operand " + operandString(Operand{x.mode, e->x, x.type, x.val}) +
                           " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  if (y.mode == Mode::Constant) {
    auto yi = y.val.toInt();
    if (!yi || yi->intVal() < 0) {
      error(y.expr->pos, "invalid operation: negative shift count " + operandString(y));
      x.mode = Mode::Invalid;
      return;
    }
    if (isUntyped(y.type)) convertUntyped(y, ctx.basic(BasicKind::Uint));
  } else if (isUntyped(y.type)) {
    // A non-constant untyped count (1.0 << s) becomes a uint, as types2 does.
    convertUntyped(y, ctx.basic(BasicKind::Uint));
    if (y.invalid()) {
      x.mode = Mode::Invalid;
      return;
    }
  } else if (!isInteger(y.type)) {
    error(y.expr->pos, "invalid operation: shift count " + operandString(y) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  x.expr = e;
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    if (!isInteger(x.type)) x.type = ctx.basic(BasicKind::UntypedInt);
    auto count = y.val.toInt()->intVal();
    if (e->op == Token::Shl && count >= Constant::kUntypedIntBits && !x.val.isZero()) {
      error(e->pos, "constant shift overflow");
      x.mode = Mode::Invalid;
      return;
    }
    if (count > 10000) {
      error(y.expr->pos, "invalid shift count " + operandString(y));
      x.mode = Mode::Invalid;
      return;
    }
    x.val = Constant::shift(x.val, e->op, count.convert_to<uint64_t>());
    if (x.val.intTooLarge()) {
      error(e->pos, "constant shift overflow");
      x.mode = Mode::Invalid;
      return;
    }
    if (!isUntyped(x.type)) {
      Operand probe = x;
      if (!representable(probe, underlying(x.type)->as<Basic>(), nullptr)) {
        error(startPosOf(e), operandString(x) + " overflows " + typeString(x.type));
        x.mode = Mode::Invalid;
        return;
      }
    }
  } else {
    // A non-constant shift of an untyped constant takes its type from the
    // context (spec); it stays untyped here and convertUntyped fixes it.
    if (x.mode == Mode::Constant && isUntyped(x.type)) shiftLhs.emplace(e->x, e);
    x.mode = Mode::Value;
    x.val = Constant();
  }
  record(x);
}

void Checker::unary(Operand& x, const UnaryExpr* e) {
  if (e->op == Token::And) {
    const Expr* inner = e->x;
    while (auto* p = inner->as<ParenExpr>()) inner = p->x;
    if (auto* cl = inner->as<CompositeLit>()) {
      compositeLit(x, cl, nullptr);
    } else {
      expr(x, e->x);
      if (!x.invalid() && x.mode != Mode::Variable) {
        error(e->pos, "invalid operation: cannot take address of " + operandString(x));
        x.mode = Mode::Invalid;
      }
    }
    if (x.invalid()) return;
    x.mode = Mode::Value;
    x.type = ctx.types().make<Pointer>(x.type);
    x.expr = e;
    record(x);
    return;
  }
  if (e->op == Token::Arrow) {
    expr(x, e->x);
    if (x.invalid()) return;
    auto* ch = coreType(x.type)->as<Chan>();
    if (!ch) {
      error(e->pos, "invalid operation: cannot receive from non-channel " + operandString(x));
      x.mode = Mode::Invalid;
      return;
    }
    if (ch->dir == ChanDir::SendOnly) {
      error(e->pos, "invalid operation: cannot receive from send-only channel " + operandString(x));
      x.mode = Mode::Invalid;
      return;
    }
    x.mode = Mode::CommaOk;
    x.type = ch->elem;
    x.expr = e;
    ++callsOrRecvs;
    record(x);
    return;
  }
  expr(x, e->x);
  if (x.invalid()) return;
  bool ok = e->op == Token::Not ? isBoolean(x.type) : e->op == Token::Xor ? isInteger(x.type) : isNumeric(x.type);
  if (!ok) {
    error(e->pos, "invalid operation: operator " + std::string(tokenString(e->op)) + " not defined on " +
                      operandString(x));
    x.mode = Mode::Invalid;
    return;
  }
  x.expr = e;
  if (x.mode == Mode::Constant) {
    int bits = 0;
    if (isUnsigned(x.type)) {
      switch (underlying(x.type)->as<Basic>()->basic) {
        case BasicKind::Uint8: bits = 8; break;
        case BasicKind::Uint16: bits = 16; break;
        case BasicKind::Uint32: bits = 32; break;
        default: bits = 64; break;
      }
    }
    x.val = Constant::unaryOp(e->op, x.val, bits);
    if (!isUntyped(x.type)) {
      Operand probe = x;
      if (!representable(probe, underlying(x.type)->as<Basic>(), nullptr)) {
        error(e->pos, operandString(x) + " overflows " + typeString(x.type));
        x.mode = Mode::Invalid;
        return;
      }
    }
  } else {
    x.mode = Mode::Value;
  }
  record(x);
}

}  // namespace types
