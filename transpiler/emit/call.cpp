// This file implements the printing of calls: of Go functions, of native
// standard-package functions, of built-in functions, and conversions.
//
// Go functions take their parameters as C++ parameters of the same types; a
// variadic ...T parameter is a go::slice<T>, so the caller packs the extra
// arguments into a fresh slice. Native functions (//go2cpp:native, such as
// fmt.Println) are variadic templates in rtlib and get every argument in its
// own C++ type; the other natives have exact prototypes and are called as Go
// functions are. f(g()) with a multi-value g forwards the std::tuple through
// std::apply.
#include "emit/constants.hpp"
#include "emit/emitter.hpp"
#include "emit/methodset.hpp"
#include "emit/names.hpp"
#include "emit/types.hpp"

namespace emit {

using types::Mode;
using types::ObjectKind;

namespace {

bool isKind(const types::Type* t, types::TypeKind k) {
  const types::Type* u = coreOf(t);
  return u && u->kind == k;
}

// []byte or []rune (by underlying types), for string conversions.
bool isSliceOf(const types::Type* t, types::BasicKind k) {
  const types::Type* u = coreOf(t);
  if (!u || u->kind != types::TypeKind::Slice) return false;
  const types::Type* e = coreOf(u->as<types::Slice>()->elem);
  return e && e->kind == types::TypeKind::Basic && e->as<types::Basic>()->basic == k;
}

// Whether the runtime can represent values of type t yet.
bool representable(const types::Type* t) {
  const types::Type* u = coreOf(t);
  if (!u) return false;
  switch (u->kind) {
    case types::TypeKind::Basic: return !types::isUntyped(u);
    case types::TypeKind::Pointer: return true;
    case types::TypeKind::Slice: return representable(u->as<types::Slice>()->elem);
    case types::TypeKind::Array: return representable(u->as<types::Array>()->elem);
    case types::TypeKind::Struct: return true;
    case types::TypeKind::Interface: return true;  // go::any, go::error, interface structs
    default: return false;
  }
}

// Whether rtlib's native functions (fmt's printers) can take a value of type
// t: basic values, slices and arrays of them, pointers to non-structs.
bool printable(const types::Type* t) {
  const types::Type* u = coreOf(t);
  if (!u) return false;
  switch (u->kind) {
    case types::TypeKind::Basic: return true;
    case types::TypeKind::Slice: {
      const types::Type* elem = coreOf(u->as<types::Slice>()->elem);
      return (elem && elem->kind == types::TypeKind::Interface) || printable(elem);  // []any as it is
    }
    case types::TypeKind::Array: return printable(u->as<types::Array>()->elem);
    // go::type_of describes maps of printable types (go/map_type.hpp).
    case types::TypeKind::Map: return printable(u->as<types::Map>()->key) && printable(u->as<types::Map>()->elem);
    case types::TypeKind::Pointer: {
      const types::Type* elem = coreOf(u->as<types::Pointer>()->elem);
      return elem && elem->kind != types::TypeKind::Struct && printable(elem);
    }
    default: return false;
  }
}

}  // namespace

const types::Object* Emitter::calledFunc(const syntax::Expr* fun) const {
  fun = unparen(fun);
  if (const auto* ix = fun->as<syntax::IndexExpr>()) fun = unparen(ix->x);  // F[int](x)
  const syntax::Ident* id = fun->as<syntax::Ident>();
  if (const auto* sel = fun->as<syntax::SelectorExpr>()) {
    const auto* x = unparen(sel->x)->as<syntax::Ident>();
    const types::Object* xobj = x ? info.objectOf(x) : nullptr;
    if (!xobj || xobj->kind != ObjectKind::PkgName) return nullptr;  // a method or a field
    id = sel->sel;
  }
  const types::Object* obj = id ? info.objectOf(id) : nullptr;
  return obj && (obj->kind == ObjectKind::Func || obj->kind == ObjectKind::Builtin) ? obj : nullptr;
}

std::string Emitter::call(const syntax::CallExpr* e) {
  const types::TypeAndValue* funTv = tv(e->fun);
  if (funTv && funTv->mode == Mode::TypeExpr) return conversion(e, funTv->type);
  const types::Object* fn = calledFunc(e->fun);
  if (fn && fn->kind == ObjectKind::Builtin) return builtinCall(e, fn);
  if (!fn) {
    if (const auto* sel = unparen(e->fun)->as<syntax::SelectorExpr>()) {
      const types::Object* m = info.objectOf(sel->sel);
      bool methodExpr = tv(sel->x) && tv(sel->x)->mode == Mode::TypeExpr;  // T.M(t, ...)
      if (m && m->kind == ObjectKind::Func && !methodExpr) return methodCall(e, sel, m);
    }
    return funcValueCall(e);  // closure.cpp
  }
  requireAvailable(fn, e->fun->pos);
  std::string name = genericFuncName(fn, e->fun, e->fun->pos);  // Max<go::int_, ...> for generics
  const auto* sig = fn->type->as<types::Signature>();
  if (const types::Instance* inst = instanceOf(e->fun); inst && inst->type && inst->type->as<types::Signature>())
    sig = inst->type->as<types::Signature>();  // parameter types with the type arguments in
  bool forwardsTuple = e->args.size() == 1 && isKind(typeOf(e->args[0]), types::TypeKind::Tuple);
  if (forwardsTuple) {
    // f(g()): g's results become f's arguments.
    if (fn->isNative) return "std::apply([](const auto&... a) { return " + name + "(a...); }, " + expr(e->args[0]) + ")";
    if (sig->variadic)
      return variadicTupleCall([&](const std::string& args) { return name + "(" + args + ")"; }, sig, e->args[0], "[]");
    std::vector<const types::Type*> params;
    for (size_t i = 0; sig->params && i < sig->params->size() && !sig->variadic; i++) params.push_back(sig->params->at(i));
    return "std::apply(" + name + ", " + (params.empty() ? expr(e->args[0]) : tupleAs(e->args[0], params)) + ")";
  }
  // A native without ...T has an exact C++ prototype (its native.hpp):
  // it is called like a Go function. Variadic natives are templates.
  if (fn->isNative && sig->variadic) {
    size_t nparams = sig->params ? sig->params->size() : 0;
    // The parameter type of argument i (the element type for ...T).
    auto paramType = [&](size_t i) -> const types::Type* {
      if (sig->variadic && i + 1 >= nparams) return coreOf(sig->params->at(nparams - 1))->as<types::Slice>()->elem;
      return i < nparams ? sig->params->at(i) : nullptr;
    };
    if (e->hasEllipsis && !isKind(paramType(nparams - 1), types::TypeKind::Interface))
      unsupported(e->ellipsis, "passing a slice with ... to " + fn->name);
    // A native's results must exist in C++ to be used (fmt.Println's
    // (n int, err error) are a std::tuple).
    if (e != statementCall && sig->results)
      for (const types::Object* r : sig->results->vars)
        if (!representable(r->type)) unsupported(e->pos, "using the results of " + fn->name);
    std::string s = name + "(";
    for (size_t i = 0; i < e->args.size(); i++) {
      const types::Type* pt = paramType(i);
      bool spread = e->hasEllipsis && i + 1 == e->args.size();
      if (!spread && isKind(pt, types::TypeKind::Interface)) {
        s += (i ? ", " : "") + valueAs(e->args[i], pt);
        continue;
      }
      if (!spread && !printable(typeOf(e->args[i])))
        unsupported(e->args[i]->pos, "passing values of type " + types::typeString(typeOf(e->args[i])) + " to " + fn->name);
      s += (i ? ", " : "") + expr(e->args[i]);
    }
    return s + ")";
  }
  return name + "(" + arguments(e, sig) + ")";
}

std::string Emitter::methodCall(const syntax::CallExpr* e, const syntax::SelectorExpr* sel, const types::Object* method) {
  requireAvailable(method, sel->sel->pos);
  const types::Type* xt = typeOf(sel->x);
  if (xt && xt->kind == types::TypeKind::TypeParam) return typeParamMethodCall(e, sel, method);  // (generic.cpp)
  if (const auto* xtv = tv(sel->x); xtv && xtv->mode == Mode::TypeExpr) unsupported(sel->pos, "method expressions");
  if (e->args.size() == 1 && isKind(typeOf(e->args[0]), types::TypeKind::Tuple)) {
    // x.M(g()): Go evaluates x before g(), so x is the argument of a lambda
    // (bound by reference: a pointer method still sees the variable) whose
    // body calls g() and spreads its results.
    // A fresh name: g's arguments are printed inside the lambda.
    const auto* sig = method->type->as<types::Signature>();
    std::string recv = fresh("recv");
    auto callWith = [&](const std::string& args) {
      if (isInterfaceType(xt)) return recv + "." + memberName(xt, method->name) + "(" + args + ")";
      Selection s = selectMember(xt, method->name, method->pkg);
      if (s.obj != method) unsupported(sel->sel->pos, "this method call");
      return methodCallText(recv, xt, s.path, method, args, sel->pos);
    };
    return "[&](auto&& " + recv + ") { return " + tupleCall(callWith, sig, e->args[0]) + "; }(" + expr(sel->x) + ")";
  }
  std::string args = arguments(e, method->type->as<types::Signature>());
  // A dynamic call reads as a member call: s.String().
  if (isInterfaceType(xt)) return operand(sel->x) + "." + memberName(xt, method->name) + "(" + args + ")";
  Selection s = selectMember(xt, method->name, method->pkg);
  if (s.obj != method) unsupported(sel->sel->pos, "this method call");
  // A pointer method of a field (p.f.M(), p.f.E.M() with E embedded by
  // value) takes the field's address.
  bool addressed = hasPointerReceiver(method) && reachedWithoutPointer(xt, s);
  return methodCallText(addressed ? addressedOperand(sel->x) : operand(sel->x), xt, s.path, method, args, sel->pos);
}

// A call whose arguments are the results of one multi-value call, as
// callWith(argument list) spells it inside a lambda that captures by
// reference (a method call's receiver):
//   std::apply([&](const auto&... a) { return recv_1.M(a...); }, g())
std::string Emitter::tupleCall(const std::function<std::string(const std::string&)>& callWith,
                               const types::Signature* sig, const syntax::Expr* arg) {
  if (sig->variadic) return variadicTupleCall(callWith, sig, arg, "[&]");
  std::vector<const types::Type*> params;
  for (size_t i = 0; sig->params && i < sig->params->size(); i++) params.push_back(sig->params->at(i));
  std::string results = params.empty() ? expr(arg) : tupleAs(arg, params);
  return "std::apply([&](const auto&... a) { return " + callWith("a...") + "; }, " + results + ")";
}

// f(g()) with f variadic: g's results are f's fixed parameters, then the
// elements of a new slice for its ...T, each converted to its target type:
//   std::apply([](go::int_ a0, go::any a1, go::any a2) {
//     return f(a0, go::variadic<go::any>(a1, a2)); }, g())
std::string Emitter::variadicTupleCall(const std::function<std::string(const std::string&)>& callWith,
                                       const types::Signature* sig, const syntax::Expr* arg, const char* capture) {
  const auto* tuple = typeOf(arg)->as<types::Tuple>();
  size_t fixed = sig->params->size() - 1;
  const types::Type* elem = coreOf(sig->params->at(fixed))->as<types::Slice>()->elem;
  std::vector<const types::Type*> targets;
  std::string params, fixedArgs, extra;
  for (size_t i = 0; i < tuple->size(); i++) {
    const types::Type* to = i < fixed ? sig->params->at(i) : elem;
    targets.push_back(to);
    std::string a = "a" + std::to_string(i);
    params += (i ? ", " : "") + cppType(to, arg->pos) + " " + a;
    (i < fixed ? fixedArgs : extra) += ", " + a;
  }
  std::string elemType = cppType(elem, arg->pos);
  std::string pack = tuple->size() > fixed ? "go::variadic<" + elemType + ">(" + extra.substr(2) + ")"
                                           : "go::slice<" + elemType + ">{}";
  std::string args = fixedArgs.empty() ? pack : fixedArgs.substr(2) + ", " + pack;
  return "std::apply(" + std::string(capture) + "(" + params + ") { return " + callWith(args) + "; }, " +
         tupleAs(arg, targets) + ")";
}

std::string Emitter::arguments(const syntax::CallExpr* e, const types::Signature* sig) {
  size_t nparams = sig->params ? sig->params->size() : 0;
  size_t fixed = sig->variadic && !e->hasEllipsis ? nparams - 1 : e->args.size();
  std::string s;
  for (size_t i = 0; i < fixed && i < e->args.size(); i++) s += (i ? ", " : "") + valueAs(e->args[i], sig->params->at(i));
  if (sig->variadic && !e->hasEllipsis) {
    // The extra arguments become a new slice (nil when there are none, as in Go).
    const types::Type* sliceType = sig->params->at(nparams - 1);
    std::string elem = cppType(coreOf(sliceType)->as<types::Slice>()->elem, e->pos);
    size_t extra = e->args.size() > fixed ? e->args.size() - fixed : 0;
    std::string pack;
    if (extra == 0) {
      pack = "go::slice<" + elem + ">{}";
    } else {
      pack = "go::variadic<" + elem + ">(";
      for (size_t i = fixed; i < e->args.size(); i++)
        pack += (i > fixed ? ", " : "") + valueAs(e->args[i], coreOf(sliceType)->as<types::Slice>()->elem);
      pack += ")";
    }
    s += (fixed ? ", " : "") + pack;
  }
  return s;
}

std::string Emitter::builtinCall(const syntax::CallExpr* e, const types::Object* b) {
  using types::BuiltinId;
  auto arg = [&](size_t i) { return expr(e->args.at(i)); };
  bool printing = b->builtin == BuiltinId::Print || b->builtin == BuiltinId::Println;  // they spread tuples
  if (!printing && e->args.size() == 1 && isKind(typeOf(e->args[0]), types::TypeKind::Tuple)) {
    // complex(f()) with f returning two floats: the results become the parts.
    if (b->builtin == BuiltinId::Complex) {
      std::string t = cppType(typeOf(e), e->pos);
      return "std::apply([](auto re, auto im) { return " + t + "(re, im); }, " + arg(0) + ")";
    }
    return spreadBuiltinCall(e, b);
  }
  switch (b->builtin) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      const char* fn = b->builtin == BuiltinId::Len ? "go::len(" : "go::cap(";
      const types::Type* t = typeOf(e->args[0]);
      // len(p) of a *[N]T is N, also for a nil p (p is still evaluated).
      if (const types::Type* pt = isKind(t, types::TypeKind::Pointer) ? types::coreType(const_cast<types::Type*>(t)) : nullptr;
          pt && pt->kind == types::TypeKind::Pointer) {
        if (const auto* a = types::underlying(pt->as<types::Pointer>()->elem)->as<types::Array>())
          return "(static_cast<void>(" + arg(0) + "), go::int_(" + std::to_string(a->len) + "))";
      }
      if (isKind(t, types::TypeKind::Pointer)) return std::string(fn) + "go::deref(" + arg(0) + "))";
      return fn + arg(0) + ")";
    }
    case BuiltinId::Append: {
      if (e->args.size() == 1) return arg(0);
      if (e->hasEllipsis) {
        const types::Type* t = typeOf(e->args[1]);
        bool str = types::isString(t);
        if (t && t->kind == types::TypeKind::TypeParam && types::coreType(const_cast<types::Type*>(t)) == t)
          return "go::append_spread(" + arg(0) + ", " + arg(1) + ")";  // ~string | ~[]byte (generic.cpp)
        return std::string(str ? "go::append_string(" : "go::append_slice(") + arg(0) + ", " + arg(1) + ")";
      }
      std::string s = "go::append(" + arg(0);
      const types::Type* st = coreOf(typeOf(e->args[0]));
      const types::Type* elem = st && st->kind == types::TypeKind::Slice ? st->as<types::Slice>()->elem : nullptr;
      for (size_t i = 1; i < e->args.size(); i++) s += ", " + valueAs(e->args[i], elem);
      return s + ")";
    }
    case BuiltinId::Copy: return "go::copy(" + arg(0) + ", " + arg(1) + ")";
    case BuiltinId::Make: {
      const types::Type* t = typeOf(e->args[0]);
      const types::Type* u = coreOf(t);
      if (u && u->kind == types::TypeKind::Map) return makeMap(e);
      if (u && u->kind == types::TypeKind::Chan) return makeChan(e);
      if (!u || u->kind != types::TypeKind::Slice) unsupported(e->pos, "make of this type");
      std::string s = "go::make_slice<" + cppType(u->as<types::Slice>()->elem, e->pos) + ">(" + value(e->args[1]);
      if (e->args.size() > 2) s += ", " + value(e->args[2]);
      return s + ")";
    }
    case BuiltinId::Delete: return deleteCall(e);
    case BuiltinId::Close: return "go::close(" + arg(0) + ")";
    case BuiltinId::UnsafeAdd: return "go::unsafe_add(" + arg(0) + ", " + value(e->args[1]) + ")";
    case BuiltinId::UnsafeSlice: return "go::unsafe_slice(" + arg(0) + ", " + value(e->args[1]) + ")";
    case BuiltinId::Complex: return cppType(typeOf(e), e->pos) + "(" + value(e->args[0]) + ", " + value(e->args[1]) + ")";
    case BuiltinId::Real: return "go::real(" + arg(0) + ")";
    // Constants unless the operand's type mentions a type parameter: then
    // the C++ layout, which is gc's (generic.cpp).
    case BuiltinId::UnsafeSizeof:
    case BuiltinId::UnsafeAlignof:
    case BuiltinId::UnsafeOffsetof: return unsafeLayoutOf(e, b->builtin);
    case BuiltinId::Imag: return "go::imag(" + arg(0) + ")";
    case BuiltinId::New:
      if (std::string s = stackAllocation(e, zeroValue(typeOf(e->args[0]), e->pos)); !s.empty()) return s;
      return "go::new_<" + cppType(typeOf(e->args[0]), e->pos) + ">()";
    case BuiltinId::Panic: return panicCall(e);
    case BuiltinId::Recover: return recoverCall(e);
    case BuiltinId::Print:
    case BuiltinId::Println: {
      // The runtime's own printer (to stderr), as gc's print/println.
      std::string s = b->builtin == BuiltinId::Print ? "go::print(" : "go::println(";
      for (size_t i = 0; i < e->args.size(); i++) s += (i ? ", " : "") + arg(i);
      return s + ")";
    }
    default: unsupported(e->pos, "the built-in function " + b->name);
  }
}

// append(f()), copy(f()), delete(f()): f's results are the arguments,
// converted to what the built-in takes (append's elements may be boxed).
std::string Emitter::spreadBuiltinCall(const syntax::CallExpr* e, const types::Object* b) {
  using types::BuiltinId;
  const auto* results = typeOf(e->args[0])->as<types::Tuple>();
  std::vector<const types::Type*> targets(results->size(), nullptr);
  std::string callee;
  switch (b->builtin) {
    case BuiltinId::Append: {
      const types::Type* st = coreOf(results->at(0));
      if (!st || st->kind != types::TypeKind::Slice) unsupported(e->pos, "append(f()) of this type");
      for (size_t i = 1; i < targets.size(); i++) targets[i] = st->as<types::Slice>()->elem;
      callee = "go::append";
      break;
    }
    case BuiltinId::Copy: callee = "go::copy"; break;
    case BuiltinId::Delete: {
      const types::Type* mt = coreOf(results->at(0));
      if (!mt || mt->kind != types::TypeKind::Map) unsupported(e->pos, "delete(f()) of this type");
      targets[1] = mt->as<types::Map>()->key;
      callee = "go::delete_";
      break;
    }
    default: unsupported(e->pos, "the built-in " + b->name + " with one multi-value call as its arguments");
  }
  return "std::apply([](const auto&... a) { return " + callee + "(a...); }, " + tupleAs(e->args[0], targets) + ")";
}

std::string Emitter::conversion(const syntax::CallExpr* e, const types::Type* to) {
  const syntax::Expr* x = e->args.at(0);
  const types::Type* from = typeOf(x);
  std::string v = expr(x);
  std::string T = cppType(to, e->pos);
  // From a type parameter without a core type: by the type argument (go/generic.hpp).
  if (from && from->kind == types::TypeKind::TypeParam && types::coreType(const_cast<types::Type*>(from)) == from &&
      types::isString(to) && !types::isString(from))
    return "go::to_string_of(" + v + ")";
  if (types::isString(to)) {
    if (types::isInteger(from)) return "go::rune_to_string(" + v + ")";
    if (isSliceOf(from, types::BasicKind::Uint8)) return "go::bytes_to_string(" + v + ")";
    if (isSliceOf(from, types::BasicKind::Int32)) return "go::runes_to_string(" + v + ")";
  }
  if (types::isString(from)) {
    if (isSliceOf(to, types::BasicKind::Uint8)) {
      // gc gives []byte("constant") exactly len(s) bytes of capacity; other
      // strings get an allocation size class.
      const types::TypeAndValue* xtv = tv(x);
      if (xtv && xtv->mode == Mode::Constant) return "go::const_string_to_bytes(" + v + ")";
      return "go::string_to_bytes(" + v + ")";
    }
    if (isSliceOf(to, types::BasicKind::Int32)) return "go::string_to_runes(" + v + ")";
  }
  // T(0) where T may be complex: both parts (generic.cpp).
  if (mayBeComplex(to) && tv(x) && tv(x)->mode == Mode::Constant) return typeParamConstant(tv(x)->value, to, e->pos);
  if (types::isNumeric(to) && types::isNumeric(from)) {
    // Functional casts read like Go; every go:: numeric type is one token.
    return T + "(" + v + ")";
  }
  if (isKind(to, types::TypeKind::Interface)) {
    // interface{}(x) is spelled as the conversion it is: the value may be
    // used where nothing converts implicitly (go::equal takes interface
    // values only).
    std::string r = valueAs(x, to);
    if (!interfaceMethods(to).empty() || r.rfind(T + "(", 0) == 0 || r.rfind("go::box(", 0) == 0) return r;
    return T + "(" + r + ")";
  }
  // Between types with identical underlying types (named ↔ unnamed): the
  // C++ spellings name the same type or convert implicitly.
  if (needsStructCast(from, to)) return structCast(v, to, e->pos);
  // []struct{F string `tag`} to []struct{F string}: element structs of one
  // layout, printed as two C++ structs; the slice (array, map, channel)
  // is the same bits.
  if (!isKind(to, types::TypeKind::Pointer) && !types::identical(coreOf(from), coreOf(to)) &&
      types::identicalIgnoreTags(coreOf(from), coreOf(to)) && cppType(from, e->pos) != T)
    return structCast(v, to, e->pos);
  if (isKind(from, types::TypeKind::Slice) && isKind(to, types::TypeKind::Pointer)) {
    const auto* arr = coreOf(coreOf(to)->as<types::Pointer>()->elem)->as<types::Array>();
    return "go::slice_to_array_pointer<" + std::to_string(arr->len) + ">(" + v + ")";
  }
  // unsafe.Pointer ↔ uintptr reinterprets the bits; ↔ *T is a pointer cast.
  bool toUnsafe = types::isBasic(coreOf(to), types::BasicKind::UnsafePointer);
  bool fromUnsafe = types::isBasic(coreOf(from), types::BasicKind::UnsafePointer);
  if ((toUnsafe && types::isInteger(from)) || (fromUnsafe && types::isInteger(to))) return "reinterpret_cast<" + T + ">(" + v + ")";
  if (toUnsafe || fromUnsafe) return "static_cast<" + T + ">(" + v + ")";
  if (isKind(to, types::TypeKind::Pointer)) {
    // *struct{...} ↔ *T: distinct C++ structs of one layout.
    const types::Type* fe = coreOf(from) ? coreOf(from)->as<types::Pointer>() ? coreOf(from)->as<types::Pointer>()->elem : nullptr : nullptr;
    if (fe && needsStructCast(fe, coreOf(to)->as<types::Pointer>()->elem)) return "reinterpret_cast<" + T + ">(" + v + ")";
    return "static_cast<" + T + ">(" + v + ")";
  }
  return T + "(" + v + ")";
}

}  // namespace emit
