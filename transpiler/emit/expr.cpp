// This file implements the printing of expressions other than calls.
//
// Every expression the checker folded is printed as its typed value. The
// rest keep Go's semantics where C++'s differ: arithmetic on 8- and 16-bit
// integers is converted back (C++ computes it in int), division and shifts
// go through go::div/rem/shl/shr unless a constant operand makes C++'s
// operator exact, and indexing and slicing are checked by the runtime.
#include <algorithm>

#include "emit/constants.hpp"
#include "emit/emitter.hpp"
#include "emit/methodset.hpp"
#include "emit/names.hpp"
#include "emit/types.hpp"

namespace emit {

using syntax::Token;
using types::Mode;
using types::ObjectKind;

namespace {

// The C++ operator for a Go binary operator C++ spells the same way
// (nullptr for &^, which C++ lacks).
const char* cppOperator(Token op) {
  switch (op) {
    case Token::Add: case Token::Sub: case Token::Mul: case Token::Quo: case Token::Rem:
    case Token::And: case Token::Or: case Token::Xor: case Token::Shl: case Token::Shr:
    case Token::LAnd: case Token::LOr: case Token::Eql: case Token::Neq:
    case Token::Lss: case Token::Leq: case Token::Gtr: case Token::Geq:
      return syntax::tokenString(op);
    default: return nullptr;
  }
}

bool isComparison(Token op) {
  return op == Token::Eql || op == Token::Neq || op == Token::Lss || op == Token::Leq || op == Token::Gtr ||
         op == Token::Geq;
}

}  // namespace

types::Type* Emitter::typeOf(const syntax::Expr* e) const {
  if (const auto* t = tv(e); t && t->type) return t->type;
  if (const auto* id = e->as<syntax::Ident>())
    if (const types::Object* obj = info.objectOf(id)) return obj->type;
  return nullptr;
}

std::string Emitter::cppType(const types::Type* t, diag::Pos at) const {
  if (!t) unsupported(at, "an expression whose type is unknown");
  requireAvailableType(t, at);
  noteUnnamedTypes(t, at);
  // Instances of generic types name their template arguments (generic.cpp).
  InstanceArgs args = [this](const types::Named* n, diag::Pos pos) {
    return const_cast<Emitter*>(this)->templateArgs(typeArgsOf(n), pos);
  };
  return typeName(t, qualifyTypes ? nullptr : pkg, at, &args);
}

std::string Emitter::zeroValue(const types::Type* t, diag::Pos at) const {
  const types::Type* u = types::underlying(const_cast<types::Type*>(t));
  if (u && u->kind == types::TypeKind::Pointer) return "nullptr";
  return cppType(t, at) + "{}";
}

std::string Emitter::expr(const syntax::Expr* e) {
  if (auto it = hoisted.find(e); it != hoisted.end()) return it->second;
  if (const auto* t = tv(e); t && t->mode == Mode::Constant && t->value.isKnown()) {
    if (t->type && t->type->kind == types::TypeKind::TypeParam) return typeParamConstant(t->value, t->type, e->pos);
    // (Qualified where a member hides the type: Kind(0) in a method of a
    // struct with a member Kind.)
    const auto* named = t->type ? t->type->as<types::Named>() : nullptr;
    bool qualify = qualifyTypes && named && named->obj->isPackageLevel();
    return typedConstant(t->value, t->type, qualify ? nullptr : pkg, e->pos);
  }
  switch (e->kind) {
    case syntax::NodeKind::Ident: return ident(e->as<syntax::Ident>());
    case syntax::NodeKind::ParenExpr: return "(" + expr(e->as<syntax::ParenExpr>()->x) + ")";
    case syntax::NodeKind::BinaryExpr: return binary(e->as<syntax::BinaryExpr>());
    case syntax::NodeKind::UnaryExpr: return unary(e->as<syntax::UnaryExpr>());
    // A nil pointer panics with Go's runtime error instead of faulting.
    case syntax::NodeKind::StarExpr: return "go::deref(" + expr(e->as<syntax::StarExpr>()->x) + ")";
    case syntax::NodeKind::SelectorExpr: return selector(e->as<syntax::SelectorExpr>());
    case syntax::NodeKind::IndexExpr: return index(e->as<syntax::IndexExpr>());
    case syntax::NodeKind::SliceExpr: return sliceExpr(e->as<syntax::SliceExpr>());
    case syntax::NodeKind::CallExpr: return call(e->as<syntax::CallExpr>());
    case syntax::NodeKind::CompositeLit: return compositeLit(e->as<syntax::CompositeLit>());
    case syntax::NodeKind::FuncLit: return funcLit(e->as<syntax::FuncLit>());
    case syntax::NodeKind::TypeAssertExpr: return typeAssert(e->as<syntax::TypeAssertExpr>(), false);
    default: unsupported(e->pos, "this kind of expression");
  }
}

std::string Emitter::value(const syntax::Expr* e) {
  if (auto it = hoisted.find(e); it != hoisted.end()) return it->second;
  const auto* t = tv(e);
  if (t && t->mode == Mode::Constant && t->value.isKnown() && t->type) {
    types::BasicKind k = constantKind(t->type);
    bool literal = k != types::BasicKind::Invalid && k != types::BasicKind::UntypedNil && k != types::BasicKind::Complex64 &&
                   k != types::BasicKind::Complex128 && k != types::BasicKind::UntypedComplex;
    if (literal) return constantLiteral(t->value, k);
  }
  return expr(e);
}

std::string Emitter::operand(const syntax::Expr* e) {
  std::string s = expr(e);
  const auto* t = tv(e);
  bool folded = t && t->mode == Mode::Constant;
  if (!folded && e->is<syntax::BinaryExpr>()) return "(" + s + ")";
  return s;
}

std::string Emitter::operandNextTo(const syntax::Expr* e, const syntax::Expr* other, const types::Type* t) {
  const auto* otv = tv(other);
  bool otherConst = otv && otv->mode == Mode::Constant;
  // C++'s usual conversions leave int_ (long long), float64, bool and
  // string operands with their type when the other side is a plain literal.
  types::BasicKind k = t ? constantKind(t) : types::BasicKind::Invalid;
  bool keeps = k == types::BasicKind::Int || k == types::BasicKind::Float64 || k == types::BasicKind::Bool ||
               k == types::BasicKind::String;
  if (!otherConst && keeps) {
    std::string v = value(e);
    const auto* etv = tv(e);
    if (etv && etv->mode == Mode::Constant && !v.empty() && v[0] == '-') return "(" + v + ")";
    return v;
  }
  return operand(e);
}

std::string Emitter::ident(const syntax::Ident* id) {
  const types::Object* obj = info.objectOf(id);
  if (!obj) unsupported(id->pos, "the identifier " + id->name + " here");
  switch (obj->kind) {
    case ObjectKind::Nil: {
      const types::Type* t = typeOf(id);
      if (t && !types::isUntyped(t)) return zeroValue(t, id->pos);
      return "nullptr";
    }
    case ObjectKind::Var: requireAvailable(obj, id->pos); return nameOf(obj);
    case ObjectKind::Func:
      requireAvailable(obj, id->pos);
      if (info.instances.count(id)) return "go::func_of(" + genericFuncName(obj, id, id->pos) + ")";  // Max[int]
      return funcValue(obj, id->pos);  // calls print the name (call.cpp)
    default: unsupported(id->pos, "using " + id->name + " as a value here");
  }
}

// &p.f: gc checks p against nil (a fault at address 0) and loads nothing,
// where reading p.f faults at p+offset(f).
std::string Emitter::addressedOperand(const syntax::Expr* x) {
  addressOnly = unparen(x)->is<syntax::SelectorExpr>();
  std::string s = operand(x);
  addressOnly = false;
  return s;
}

std::string Emitter::selector(const syntax::SelectorExpr* e) {
  bool addressed = std::exchange(addressOnly, false);
  if (const auto* x = unparen(e->x)->as<syntax::Ident>()) {
    const types::Object* xobj = info.objectOf(x);
    if (xobj && xobj->kind == ObjectKind::PkgName) {
      const types::Object* obj = info.objectOf(e->sel);
      if (!obj) unsupported(e->pos, "this qualified identifier");
      requireAvailable(obj, e->sel->pos);
      if (obj->kind == ObjectKind::Func && info.instances.count(e->sel))
        return "go::func_of(" + genericFuncName(obj, e, e->sel->pos) + ")";  // pkg.Max[int]
      if (obj->kind == ObjectKind::Func) return funcValue(obj, e->sel->pos);
      return nameOf(obj);
    }
  }
  const types::Object* field = info.objectOf(e->sel);
  if (field && field->kind == ObjectKind::Func) {
    const types::TypeAndValue* xtv = tv(e->x);
    return xtv && xtv->mode == Mode::TypeExpr ? methodExpr(e, field) : methodValue(e, field);
  }
  if (!field || field->kind != ObjectKind::Var || !field->isField) unsupported(e->sel->pos, "method values");
  const types::Type* t = typeOf(e->x);
  // A defined pointer type (type P *T): p.f is (*p).f.
  if (t && t->kind == types::TypeKind::Named && types::underlying(const_cast<types::Type*>(t))->kind == types::TypeKind::Pointer)
    t = types::underlying(const_cast<types::Type*>(t));
  Selection s = t ? selectMember(t, e->sel->name, field->pkg) : Selection{};
  if (s.obj != field) unsupported(e->sel->pos, "this field selector");
  // Promoted fields walk the embedded fields: s.Base.X.
  // &p.t.f addresses p.t too when t is reached without a pointer.
  bool loadsNothing = addressed && reachedWithoutPointer(t, s);
  std::string x = embeddedPath(loadsNothing ? addressedOperand(e->x) : operand(e->x), t, s.path, field, addressed);
  bool viaPointer = types::coreType(const_cast<types::Type*>(t))->kind == types::TypeKind::Pointer;
  if (viaPointer) return derefForField(x, addressed ? 0 : fieldOffset(t, field)) + "." + cppName(e->sel->name);
  return x + "." + cppName(e->sel->name);
}

std::string Emitter::binary(const syntax::BinaryExpr* e) {
  if (e->op == Token::LAnd || e->op == Token::LOr)
    return operand(e->x) + " " + cppOperator(e->op) + " " + (needsSequencing(e->y) ? sequencedOperand(e->y) : operand(e->y));
  if (isComparison(e->op)) {
    // x == nil for slices and maps: the runtime's is_nil (a slice has no operator==).
    const syntax::Expr* other = isNilIdent(e->x) ? e->y : isNilIdent(e->y) ? e->x : nullptr;
    if (other) {
      const types::Type* ot = typeOf(other);
      const types::Type* u = ot ? types::coreType(const_cast<types::Type*>(ot)) : nullptr;
      bool viaIsNil = u && (u->kind == types::TypeKind::Slice || u->kind == types::TypeKind::Map || u->kind == types::TypeKind::Interface);
      return nilComparison(viaIsNil ? expr(other) : operand(other), ot, e->op == Token::Eql, e->pos);
    }
    const types::Type* xt = typeOf(e->x);
    const types::Type* u = xt ? types::coreType(const_cast<types::Type*>(xt)) : nullptr;
    if (isInterfaceType(xt) || isInterfaceType(typeOf(e->y))) return interfaceCompare(e);
    if (const types::Type* yt = typeOf(e->y); needsStructCast(yt, xt)) {
      // A named struct and an unnamed one: compare as the named type.
      bool xNamed = xt->kind == types::TypeKind::Named;
      std::string x = xNamed ? operand(e->x) : structCast(expr(e->x), yt, e->pos);
      std::string y = xNamed ? structCast(expr(e->y), xt, e->pos) : operand(e->y);
      return x + " " + cppOperator(e->op) + " " + y;
    }
    return operandNextTo(e->x, e->y, xt) + " " + cppOperator(e->op) + " " + operandNextTo(e->y, e->x, xt);
  }
  return arithmetic(e->op, e->x, e->y, typeOf(e), e->pos);
}

std::string Emitter::nilComparison(const std::string& x, const types::Type* t, bool equal, diag::Pos at) {
  const types::Type* u = t ? types::coreType(const_cast<types::Type*>(t)) : nullptr;
  if (u && (u->kind == types::TypeKind::Slice || u->kind == types::TypeKind::Map || u->kind == types::TypeKind::Interface))
    return std::string(equal ? "" : "!") + "go::is_nil(" + x + ")";
  if (u && (u->kind == types::TypeKind::Pointer || u->kind == types::TypeKind::Signature ||
            u->kind == types::TypeKind::Chan || types::isBasic(u, types::BasicKind::UnsafePointer)))
    return x + (equal ? " == " : " != ") + "nullptr";
  unsupported(at, "comparing this type with nil");
}

bool Emitter::isNilIdent(const syntax::Expr* x) const {
  const auto* id = unparen(x)->as<syntax::Ident>();
  const types::Object* obj = id ? info.objectOf(id) : nullptr;
  return obj && obj->kind == ObjectKind::Nil;
}

bool Emitter::needsRuntimeOp(Token op, const syntax::Expr* y, const types::Type* t) const {
  if (!types::isInteger(t)) return false;
  const auto* ytv = tv(y);
  std::optional<types::Constant> v;
  if (ytv && ytv->mode == Mode::Constant && ytv->value.isKnown()) {
    // A shift count may be an untyped float or complex constant of integral value.
    const types::Constant& c = ytv->value;
    v = c.kind() == types::Constant::Kind::Complex ? types::Constant::makeFloat(c.ratVal()).toInt() : c.toInt();
  }
  switch (op) {
    case Token::Quo:
    case Token::Rem:
      // C++'s / and % trap on 0 and on MIN / -1 where Go panics or wraps;
      // a constant divisor other than those needs no check.
      return !v || v->isZero() || v->int64Val() == std::optional<int64_t>(-1);
    case Token::Shl:
    case Token::Shr: {
      // C++ leaves counts at or beyond the width undefined; Go defines them.
      auto count = v ? v->uint64Val() : std::nullopt;
      return !count || *count >= static_cast<uint64_t>(integerBits(t));
    }
    default: return false;
  }
}

std::string Emitter::arithmetic(Token op, const syntax::Expr* x, const syntax::Expr* y, const types::Type* t,
                                diag::Pos at) {
  if (!t) unsupported(at, "an expression whose type is unknown");
  // A non-constant shift left untyped is a shift count (x << (1.<<n)):
  // gc converts it to uint.
  if ((op == Token::Shl || op == Token::Shr) && types::isUntyped(t) && types::isInteger(t)) {
    const types::Scope* universe = pkg->scope;
    while (universe->parent) universe = universe->parent;
    if (const types::Object* u = universe->lookupLocal("uint")) t = u->type;
  }
  // go::div(a, b) and friends deduce one type from both: keep them typed.
  bool viaRuntime = needsRuntimeOp(op, y, t);
  std::string a = viaRuntime ? operand(x) : operandNextTo(x, y, t);
  // 1. << n and (1+0i) << n are integers of the shift's type (the checker
  // may record the constant as a float or complex).
  if (const auto* xtv = tv(x); (op == Token::Shl || op == Token::Shr) && types::isInteger(t) &&
                               t->kind != types::TypeKind::TypeParam && xtv && xtv->mode == Mode::Constant &&
                               xtv->value.isKnown() && !types::isInteger(xtv->type)) {
    const types::Constant& c = xtv->value;
    auto i = c.kind() == types::Constant::Kind::Complex ? types::Constant::makeFloat(c.ratVal()).toInt() : c.toInt();
    if (i) a = cppType(t, at) + "(" + typedConstant(*i, t, pkg, at) + ")";
  }
  std::string b = viaRuntime ? operand(y) : operandNextTo(y, x, t);
  const auto* ytv = tv(y);
  std::string text;
  // A type parameter of integers and floats divides as its type argument does (go/generic.hpp).
  if (op == Token::Quo && t->kind == types::TypeKind::TypeParam && !types::isInteger(t) && !types::isFloat(t))
    return "go::div_any(" + a + ", " + b + ")";
  switch (op) {
    case Token::Quo:
    case Token::Rem:
    case Token::Shl:
    case Token::Shr:
      if (needsRuntimeOp(op, y, t)) {
        const char* fn = op == Token::Quo ? "go::div(" : op == Token::Rem ? "go::rem(" : op == Token::Shl ? "go::shl(" : "go::shr(";
        return fn + a + ", " + b + ")";
      }
      // A constant shift count prints as a plain number, whatever its type.
      if (op == Token::Shl || op == Token::Shr) b = std::to_string(*types::Constant::makeFloat(ytv->value.ratVal()).toInt()->uint64Val());
      text = a + " " + cppOperator(op) + " " + b;
      break;
    case Token::AndNot:
      text = a + " & ~" + b;
      break;
    case Token::Add:
    case Token::Sub:
    case Token::Mul:
    case Token::And:
    case Token::Or:
    case Token::Xor:
      text = a + " " + cppOperator(op) + " " + b;
      break;
    default: unsupported(at, std::string("the operator ") + syntax::tokenString(op));
  }
  // C++ computes 8- and 16-bit arithmetic in int: convert back to wrap as Go
  // (a type parameter may stand for such a type).
  if (isSmallInteger(t) || t->kind == types::TypeKind::TypeParam) return cppType(t, at) + "(" + text + ")";
  return text;
}

std::string Emitter::unary(const syntax::UnaryExpr* e) {
  const types::Type* t = typeOf(e);
  auto wrap = [&](std::string text) {
    if (t && (isSmallInteger(t) || t->kind == types::TypeKind::TypeParam)) return cppType(t, e->pos) + "(" + text + ")";
    return text;
  };
  auto signPrefix = [&](const char* sign) {
    std::string x = operand(e->x);
    // "- -x" must not become the decrement operator.
    if (!x.empty() && (x[0] == '-' || x[0] == '+')) return std::string(sign) + " " + x;
    return std::string(sign) + x;
  };
  switch (e->op) {
    case Token::Sub: return wrap(signPrefix("-"));
    case Token::Add: return wrap(signPrefix("+"));
    case Token::Not: return "!" + operand(e->x);
    case Token::Xor: return wrap("~" + operand(e->x));
    case Token::And: {
      const syntax::Expr* x = unparen(e->x);
      if (const auto* lit = x->as<syntax::CompositeLit>()) {
        // &T{...}: a compiler-made local when it does not escape, else a
        // new heap object.
        if (std::string s = stackAllocation(e, compositeLit(lit)); !s.empty()) return s;
        return "go::new_<" + cppType(typeOf(lit), lit->pos) + ">(" + compositeLit(lit) + ")";
      }
      // Locals whose address is taken live on the heap (heap.cpp), so any
      // addressable operand's address stays valid.
      const types::Object* local = addressedVariable(x);
      if (local && !heapVars.count(local)) unsupported(e->pos, "taking the address of this variable");
      return "&" + addressedOperand(x);
    }
    case Token::Arrow: return receive(e, false);
    default: unsupported(e->pos, std::string("the operator ") + syntax::tokenString(e->op));
  }
}

// A bounds check faults at its '[' (gc's position for it): in a statement
// that spans lines (or has /*line*/ directives inside), the check's call is
// mapped to the line of the '['.
std::string Emitter::positionedAt(diag::Pos bracket, std::string text) const {
  if (!out || !stmtPos.isKnown()) return text;  // (package-level initializers: their declaration's line)
  diag::Pos shown = diag::presented(bracket), statement = diag::presented(stmtPos);
  if (shown.file == statement.file && shown.line == statement.line) return text;
  // The rest of the statement maps to its line again.
  return out->directiveWithin(bracket) + text + out->directiveWithin(stmtPos);
}

std::string Emitter::index(const syntax::IndexExpr* e) { return positionedAt(e->lbrack, indexUnpositioned(e)); }

std::string Emitter::sliceExpr(const syntax::SliceExpr* e) { return positionedAt(e->lbrack, sliceUnpositioned(e)); }

std::string Emitter::indexUnpositioned(const syntax::IndexExpr* e) {
  // F[int] as a value: the instance (generic.cpp).
  if (const auto* xtv = tv(e->x); xtv && xtv->type && xtv->type->kind == types::TypeKind::Signature && instanceOf(e))
    return expr(e->x);
  if (e->indices.size() != 1) unsupported(e->pos, "this index expression");
  const types::Type* xt = typeOf(e->x);
  const types::Type* u = xt ? types::coreType(const_cast<types::Type*>(xt)) : nullptr;
  if (isIndexableTypeSet(xt)) return "go::index(" + expr(e->x) + ", " + value(e->indices[0]) + ")";  // (generic.cpp)
  if (!u) unsupported(e->pos, "this index expression");
  if (u->kind == types::TypeKind::Map) return mapIndex(e);
  std::string x = expr(e->x);
  switch (u->kind) {
    case types::TypeKind::Map: return mapIndex(e);
    case types::TypeKind::Pointer: x = "go::deref(" + x + ")"; break;  // p[i] on *[N]T
    case types::TypeKind::Slice:
    case types::TypeKind::Array:
    case types::TypeKind::Basic: break;
    default: unsupported(e->pos, "this index expression");
  }
  // bce proved it in range: go::elem has no check (go::index does).
  if (opts.bounds && opts.bounds->isProven(e)) return "go::elem(" + x + ", " + value(e->indices[0]) + ")";
  return "go::index(" + x + ", " + value(e->indices[0]) + ")";
}

std::string Emitter::sliceUnpositioned(const syntax::SliceExpr* e) {
  const types::Type* xt = typeOf(e->x);
  const types::Type* u = xt ? types::coreType(const_cast<types::Type*>(xt)) : nullptr;
  if (!u) unsupported(e->pos, "this slice expression");
  std::string x;
  if (u->kind == types::TypeKind::Pointer) {
    x = "go::deref(" + expr(e->x) + ")";
  } else if (u->kind == types::TypeKind::Array) {
    // The slice shares the array's storage: a local array sliced anywhere
    // in its function was moved to the heap (heap.cpp).
    const types::Object* local = addressedVariable(e->x);
    if (local && !heapVars.count(local)) unsupported(e->pos, "slicing this array");
    x = expr(e->x);
  } else {
    x = expr(e->x);
  }
  std::string lo = e->lo ? value(e->lo) : "0";
  // bce proved 0 <= lo <= hi <= cap: the view without its checks.
  std::string fn = opts.bounds && opts.bounds->isProven(e) && !e->max ? "go::slice_unchecked(" : "go::slice_of(";
  if (!e->hi && !e->max) return fn + x + ", " + lo + ")";
  std::string s = fn + x + ", " + lo + ", " + value(e->hi);
  if (e->max) s += ", " + value(e->max);
  return s + ")";
}

std::string Emitter::compositeLit(const syntax::CompositeLit* e) {
  const types::Type* t = typeOf(e);
  if (!t) unsupported(e->pos, "this composite literal");
  return compositeLitOf(e, t);
}

// The literal e as a value of type t: its own type, or (an element {...}
// standing for &T{...}) the T its pointer type points to.
std::string Emitter::compositeLitOf(const syntax::CompositeLit* e, const types::Type* t) {
  const types::Type* u = types::coreType(const_cast<types::Type*>(t));
  auto hasKeys = [&] {
    return std::any_of(e->elts.begin(), e->elts.end(), [](const syntax::Expr* x) { return x->is<syntax::KeyValueExpr>(); });
  };
  switch (u->kind) {
    case types::TypeKind::Slice: {
      if (hasKeys()) return indexedLiteral(e, u);
      std::string elem = cppType(u->as<types::Slice>()->elem, e->pos);
      // A literal is never nil, even when empty; its capacity is its length.
      if (e->elts.empty()) return "go::make_slice<" + elem + ">(0)";
      std::string s = "go::append(go::make_slice<" + elem + ">(0, " + std::to_string(e->elts.size()) + ")";
      for (const syntax::Expr* x : e->elts) s += ", " + valueAs(x, u->as<types::Slice>()->elem);
      return s + ")";
    }
    case types::TypeKind::Array: {
      if (hasKeys()) return indexedLiteral(e, u);
      std::string s = cppType(t, e->pos) + "{{";
      for (size_t i = 0; i < e->elts.size(); i++) s += (i ? ", " : "") + valueAs(e->elts[i], u->as<types::Array>()->elem);
      return s + "}}";
    }
    case types::TypeKind::Struct: return structLiteral(e, t);
    case types::TypeKind::Pointer: {
      // An element &T{...} written {...} inside a []*T literal (or a []P
      // one, P a type parameter whose core type is *T).
      const types::Type* elem = u->as<types::Pointer>()->elem;
      return "go::new_<" + cppType(elem, e->pos) + ">(" + compositeLitOf(e, elem) + ")";
    }
    case types::TypeKind::Map: return mapLiteral(e, t);
    default: unsupported(e->pos, "this composite literal");
  }
}

std::string Emitter::structLiteral(const syntax::CompositeLit* e, const types::Type* t) {
  auto hasKeys = [&] {
    return std::any_of(e->elts.begin(), e->elts.end(), [](const syntax::Expr* x) { return x->is<syntax::KeyValueExpr>(); });
  };
  const types::Type* u = types::coreType(const_cast<types::Type*>(t));  // (t may be a type parameter)
  const auto* st = u->as<types::Struct>();
  std::string s = cppType(t, e->pos) + "{";
  if (!hasKeys()) {
    for (size_t i = 0; i < e->elts.size(); i++) {
      const types::Type* ft = i < st->fields.size() ? st->fields[i].var->type : nullptr;
      std::string v = valueAs(e->elts[i], ft);
      // A blank field stays zero: its value is evaluated and dropped.
      bool blank = ft && st->fields[i].var->name == "_";
      if (blank) v = (tv(e->elts[i]) && tv(e->elts[i])->mode == Mode::Constant) ? "{}" : "(static_cast<void>(" + v + "), " + zeroValue(ft, e->pos) + ")";
      s += (i ? ", " : "") + v;
    }
    return s + "}";
  }
  // Designated initializers must follow the declaration order.
  std::vector<std::pair<size_t, const syntax::KeyValueExpr*>> keyed;
  for (const syntax::Expr* x : e->elts) {
    const auto* kv = x->as<syntax::KeyValueExpr>();
    const auto* key = kv ? kv->key->as<syntax::Ident>() : nullptr;
    if (!key) unsupported(x->pos, "this struct literal");
    for (size_t i = 0; i < st->fields.size(); i++)
      if (st->fields[i].var->name == key->name) keyed.push_back({i, kv});
  }
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (size_t i = 0; i < keyed.size(); i++)
    s += (i ? ", ." : ".") + cppName(st->fields[keyed[i].first].var->name) + " = " +
         valueAs(keyed[i].second->value, st->fields[keyed[i].first].var->type);
  return s + "}";
}

// []T{2: a, b, 7: c} and [N]T{...}: the elements with their indices (a
// key sets the index, an element without one takes the next), the length
// one past the largest index (or N): go::indexed_slice<T>(8, {{2, a}, {3, b}, {7, c}}).
std::string Emitter::indexedLiteral(const syntax::CompositeLit* e, const types::Type* u) {
  const auto* arr = u->as<types::Array>();
  const types::Type* elemType = arr ? arr->elem : u->as<types::Slice>()->elem;
  std::string elem = cppType(elemType, e->pos);
  std::string items;
  int64_t next = 0, len = 0;
  for (const syntax::Expr* x : e->elts) {
    const syntax::Expr* v = x;
    if (const auto* kv = x->as<syntax::KeyValueExpr>()) {
      const auto* ktv = tv(kv->key);
      std::optional<int64_t> k = ktv && ktv->value.isKnown() ? ktv->value.toInt()->int64Val() : std::nullopt;
      if (!k) unsupported(kv->key->pos, "this index in a composite literal");
      next = *k;
      v = kv->value;
    }
    items += std::string(items.empty() ? "" : ", ") + "{" + std::to_string(next) + ", " + valueAs(v, elemType) + "}";
    next++;
    len = std::max(len, next);
  }
  if (arr) return "go::indexed_array<" + elem + ", " + std::to_string(arr->len) + ">({" + items + "})";
  return "go::indexed_slice<" + elem + ">(" + std::to_string(len) + ", {" + items + "})";
}

}  // namespace emit
