// This file implements calls (spec: "Calls", "Passing arguments to ...
// parameters"), conversions (spec: "Conversions") and the built-in
// functions (spec: "Built-in functions").
#include "types/checker.hpp"
#include "types/lookup.hpp"

namespace types {

using namespace syntax;

// gc shows untyped constant arguments as "number" in have/want lists.
static std::string haveType(const Operand& x) {
  if (!x.type) return "invalid type";
  if (isUntyped(x.type)) {
    if (isNumeric(x.type)) return "number";
    if (isBoolean(x.type)) return "bool";
    if (isString(x.type)) return "string";
    return "nil";
  }
  return typeString(x.type);
}

static std::string tupleList(const Tuple* t, bool variadic) {
  std::string s = "(";
  for (size_t i = 0; t && i < t->size(); ++i) {
    if (i) s += ", ";
    if (variadic && i + 1 == t->size()) s += "..." + typeString(t->at(i)->as<Slice>()->elem);
    else s += typeString(t->at(i));
  }
  return s + ")";
}

void Checker::call(Operand& x, const CallExpr* e) {
  exprOrType(x, e->fun);
  if (x.invalid()) {
    for (const Expr* a : e->args) { Operand ignored; rawExpr(ignored, a, nullptr); }
    return;
  }
  if (x.mode == Mode::TypeExpr) {
    Type* T = x.type;
    if (e->args.size() == 1 && e->hasEllipsis) {
      error(e->args[0]->pos, "invalid use of ... in conversion to " + typeString(T));
      Operand ignored;
      rawExpr(ignored, e->args[0], nullptr);
      x.mode = Mode::Invalid;
      return;
    }
    if (e->args.size() != 1) {
      error(e->args.empty() ? e->rparen : e->args[1]->pos,
            std::string(e->args.empty() ? "missing argument" : "too many arguments") + " in conversion to " +
                typeString(T));
      x.mode = Mode::Invalid;
      return;
    }
    conversion(x, T, e);
    return;
  }
  if (x.mode == Mode::Builtin) {
    builtin(x, e, x.builtin);
    if (!x.invalid() && x.mode != Mode::Constant) ++callsOrRecvs;  // a non-constant result implies a call
    return;
  }
  ++callsOrRecvs;
  auto* sig = x.type ? coreType(x.type)->as<Signature>() : nullptr;
  if (!sig) {
    error(startPosOf(e), "invalid operation: cannot call non-function " + operandString(x));
    x.mode = Mode::Invalid;
    return;
  }
  std::vector<Operand> args;
  sig = arguments(e, sig, args, exprString(e->fun), x);
  if (!sig) {
    x.mode = Mode::Invalid;
    return;
  }
  if (x.type != sig && x.expr) {
    // A generic callee is recorded with its instantiated signature.
    if (auto it = info.types.find(x.expr); it != info.types.end()) it->second.type = sig;
  }
  x.expr = e;
  x.val = Constant();
  size_t n = sig->results ? sig->results->size() : 0;
  if (n == 0) {
    x.mode = Mode::NoValue;
    x.type = nullptr;
  } else if (n == 1) {
    x.mode = Mode::Value;
    x.type = sig->results->at(0);
  } else {
    x.mode = Mode::Value;
    x.type = sig->results;
  }
  record(x);
}

// The leftmost position of an expression: gc reports operand errors there.
Pos Checker::startPosOf(const Expr* e) {
  for (;;) {
    if (auto* b = e->as<BinaryExpr>()) { e = b->x; continue; }
    if (auto* s = e->as<SelectorExpr>()) { e = s->x; continue; }
    if (auto* i = e->as<IndexExpr>()) { e = i->x; continue; }
    if (auto* s = e->as<SliceExpr>()) { e = s->x; continue; }
    if (auto* c = e->as<CallExpr>()) { e = c->fun; continue; }
    if (auto* t = e->as<TypeAssertExpr>()) { e = t->x; continue; }
    return e->pos;
  }
}

Signature* Checker::arguments(const CallExpr* e, Signature* sig, std::vector<Operand>& args, const std::string& fname,
                              const Operand& callee) {
  // f(g()) where g has several results spreads them over f's parameters.
  if (e->args.size() == 1 && !e->hasEllipsis) {
    multiExpr(args, e->args[0]);
  } else {
    for (const Expr* a : e->args) {
      Operand x;
      size_t i = args.size();
      Type* hint = nullptr;
      if (sig->params && i < sig->params->size()) hint = sig->params->at(i);
      rawExpr(x, a, hint);
      if (x.mode == Mode::TypeExpr) {
        error(a->pos, exprString(a) + " (type) is not an expression");
        x.mode = Mode::Invalid;
      } else if (x.type && x.type->kind == TypeKind::Tuple) {
        error(a->pos, "multiple-value " + exprString(a) + " (value of type " + typeString(x.type) +
                          ") in single-value context");
        x.mode = Mode::Invalid;
      } else if (x.mode == Mode::NoValue) {
        error(a->pos, exprString(a) + " (no value) used as value");
        x.mode = Mode::Invalid;
      }
      if (x.mode == Mode::CommaOk) x.mode = Mode::Value;
      args.push_back(x);
    }
  }
  for (auto& a : args)
    if (a.invalid()) return nullptr;
  if (!sig->typeParams.empty()) {
    sig = inferCall(e, sig, args, callee.partialTypeArgs, callee.genericAt);
    if (!sig) return nullptr;
  }
  size_t nparams = sig->params ? sig->params->size() : 0;
  size_t nargs = args.size();
  if (e->hasEllipsis && !sig->variadic) {
    error(e->ellipsis, "have (...) but function is not variadic: " + fname);
    return nullptr;
  }
  bool countOk = sig->variadic && !e->hasEllipsis ? nargs >= nparams - 1 : nargs == nparams;
  if (!countOk) {
    std::string have = "(";
    for (size_t i = 0; i < nargs; ++i) have += (i ? ", " : "") + haveType(args[i]);
    have += ")";
    bool tooMany = nargs > nparams;
    Pos at = tooMany ? (nparams < e->args.size() ? e->args[nparams]->pos : e->args.back()->pos) : e->rparen;
    error(at, std::string(tooMany ? "too many" : "not enough") + " arguments in call to " + fname + "\n\thave " + have +
                  "\n\twant " + tupleList(sig->params, sig->variadic));
    return nullptr;
  }
  for (size_t i = 0; i < nargs; ++i) {
    Type* pt;
    if (sig->variadic && i >= nparams - 1) {
      Type* last = sig->params->at(nparams - 1);
      pt = e->hasEllipsis ? last : last->as<Slice>()->elem;
    } else {
      pt = sig->params->at(i);
    }
    assignment(args[i], pt, "argument to " + fname);
  }
  return sig;
}

// Spec "Conversions", for non-constant x: whether a value of underlying type
// vu converts to underlying type tu.
static bool convertibleUnderlying(Type* vu, Type* tu) {
  auto bytesOrRunes = [](Type* t) {
    auto* s = t->as<Slice>();
    return s && (isBasic(s->elem, BasicKind::Uint8) || isBasic(s->elem, BasicKind::Int32));
  };
  if (identicalIgnoreTags(vu, tu)) return true;
  if (vu->as<Pointer>() && tu->as<Pointer>() &&
      identicalIgnoreTags(underlying(vu->as<Pointer>()->elem), underlying(tu->as<Pointer>()->elem)))
    return true;
  if (isNumeric(vu) && isNumeric(tu) && isComplex(vu) == isComplex(tu)) return true;
  if (isString(tu) && (isInteger(vu) || bytesOrRunes(vu))) return true;
  if (isString(vu) && bytesOrRunes(tu)) return true;
  if (isBasic(tu, BasicKind::UnsafePointer) && (vu->as<Pointer>() || isBasic(vu, BasicKind::Uintptr))) return true;
  if (isBasic(vu, BasicKind::UnsafePointer) && (tu->as<Pointer>() || isBasic(tu, BasicKind::Uintptr))) return true;
  if (vu->as<Slice>() && tu->as<Pointer>() && underlying(tu->as<Pointer>()->elem)->as<Array>()) return true;
  return false;
}

// With type parameters on either side, every pair of types from the two
// type sets must convert (spec: "Conversions", type parameter rules).
static bool convertibleTypeSets(Type* vu, Type* tu) {
  auto typesOf = [](Type* t, std::vector<Type*>& out) {
    if (!t->as<TypeParam>()) {
      out.push_back(t);
      return true;
    }
    Interface* it = interfaceOf(t);
    if (!it || it->allTypes || it->terms.empty()) return false;
    for (const Term& term : it->terms) out.push_back(underlying(term.type));
    return true;
  };
  if (vu == tu) return true;
  if (tu->as<Interface>()) return true;  // any type parameter converts to an interface it implements (checked by assignability)
  std::vector<Type*> from, to;
  if (!typesOf(vu, from) || !typesOf(tu, to)) return false;
  for (Type* a : from)
    for (Type* b : to)
      if (!convertibleUnderlying(a, b)) return false;
  return true;
}

// Spec "Conversions": constants stay constant where the target is a
// constant type; otherwise the value must be convertible.
void Checker::conversion(Operand& x, Type* T, const CallExpr* e) {
  Operand v;
  rawExpr(v, e->args[0], nullptr);
  if (v.mode == Mode::CommaOk) v.mode = Mode::Value;
  if (v.invalid()) { x.mode = Mode::Invalid; return; }
  if (v.mode == Mode::TypeExpr || v.mode == Mode::NoValue) {
    error(e->args[0]->pos, exprString(e->args[0]) + (v.mode == Mode::NoValue ? " (no value) used as value" : " (type) is not an expression"));
    x.mode = Mode::Invalid;
    return;
  }
  Type* tu = underlying(T);
  bool ok = false;
  bool constResult = false;
  auto cannot = [&] {
    error(startPosOf(e->args[0]), "cannot convert " + operandString(v) + " to type " + typeString(T));
    x.mode = Mode::Invalid;
  };
  if (v.mode == Mode::Constant && isConstType(tu)) {
    auto* b = tu->as<Basic>();
    if (isString(b) && isInteger(v.type)) {
      // string(rune constant): invalid code points become U+FFFD.
      auto cp = v.val.int64Val();
      uint32_t r = (cp && *cp >= 0 && *cp <= 0x10FFFF && !(*cp >= 0xD800 && *cp <= 0xDFFF)) ? *cp : 0xFFFD;
      std::string s;
      if (r < 0x80) s += char(r);
      else if (r < 0x800) { s += char(0xC0 | (r >> 6)); s += char(0x80 | (r & 0x3F)); }
      else if (r < 0x10000) { s += char(0xE0 | (r >> 12)); s += char(0x80 | ((r >> 6) & 0x3F)); s += char(0x80 | (r & 0x3F)); }
      else { s += char(0xF0 | (r >> 18)); s += char(0x80 | ((r >> 12) & 0x3F)); s += char(0x80 | ((r >> 6) & 0x3F)); s += char(0x80 | (r & 0x3F)); }
      v.val = Constant::makeString(s);
      ok = constResult = true;
    } else if ((isNumeric(b) && isNumeric(v.type)) || (isString(b) && isString(v.type)) ||
               (isBoolean(b) && isBoolean(v.type))) {
      Operand probe = v;
      std::string cause;
      if (isInteger(b) && !isInteger(v.type) && !v.val.isIntegral()) {
        ok = false;
      } else {
        ok = representable(probe, b, &cause);
      }
      if (ok) { v.val = probe.val; constResult = true; }
      else { cannot(); return; }
    }
  }
  if (!ok) {
    Type* vu = underlying(v.type);
    std::string reason;
    // (The default type only: converting would record it, and fix the type
    // of a shift's untyped operand too early.)
    if (isUntyped(v.type) && !isBasic(v.type, BasicKind::UntypedNil)) vu = underlying(defaultTypeOf(v.type));
    if (assignableTo(v, T, &reason)) ok = true;
    else if (vu->as<TypeParam>() || tu->as<TypeParam>()) ok = convertibleTypeSets(vu, tu);
    else ok = convertibleUnderlying(vu, tu);
    if (!ok && isInterface(v.type) && !isInterface(T) && implements(T, v.type)) {
      // types2 gives the cause when the conversion is an assertion in disguise.
      error(startPosOf(e->args[0]), "cannot convert " + operandString(v) + " to type " + typeString(T) + ":\n\tneed type assertion");
      x.mode = Mode::Invalid;
      return;
    }
    if (!ok) { cannot(); return; }
    if (isUntyped(v.type)) {
      // A non-constant conversion of an untyped constant: the constant gets
      // its default type first (string(65) is "A": 65 is a rune here).
      if (isBasic(v.type, BasicKind::UntypedNil)) convertUntyped(v, T);
      else if (isInterface(T) || !isConstType(tu)) defaultType(v);
      else convertUntyped(v, T);
    }
  }
  x.expr = e;
  x.type = T;
  x.mode = constResult ? Mode::Constant : Mode::Value;
  x.val = constResult ? v.val : Constant();
  record(x);
}

}  // namespace types
