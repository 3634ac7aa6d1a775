// This file implements generic code in the printed C++: Go's generic
// functions become function templates and generic types class templates,
// all printed in the package header (every file that instantiates them
// must see them).
//
//   func Max[T Number](a, b T) T            template <typename T, go::type_fn T_type> T Max(T a, T b) {...}
//   Max(1, 2)                               Max<go::int_, go::desc<go::int_type>>(1, 2)
//   type List[T any] struct{ next *List[T] } template <typename T, go::type_fn T_type> struct List {...};
//   func (l *List[T]) Push(v T)             template <...> void List<T, T_type>::Push(List<T, T_type>* l, T v) {...}
//
// Every Go type parameter is two template parameters, the C++ type and a
// go::type_fn returning its descriptor (go/generic.hpp says why: C++ spells
// distinct Go types alike). Every use of a generic names its template
// arguments explicitly, from the checker's Info::instances: Go's inference
// is not C++'s deduction, and the descriptors could not be deduced anyway.
//
// Inside a template, what depends on a type parameter is resolved when C++
// instantiates it: operators apply to the C++ type (the checker allowed
// them by the type set), boxing into an interface uses T_type(), composite
// descriptors are made at run time (go::slice_type_of<T, T_type>, and
// List_type<T, T_type> for a generic type, printed here), and calls of the
// constraint's methods go through the descriptor's method table
// (go::method_call), which reaches value and pointer receivers alike.
// Instances without type parameters (List[int] in main) get descriptors
// printed by typedesc.cpp like any named type, method tables included.
#include "emit/constants.hpp"
#include "emit/emitter.hpp"
#include "emit/methodset.hpp"
#include "emit/names.hpp"
#include "emit/types.hpp"
#include "emit/unnamed_types.hpp"

namespace emit {

namespace {

const types::Named* receiverNamed(const types::Object* fn) {
  const auto* sig = fn && fn->type ? fn->type->as<types::Signature>() : nullptr;
  const types::Type* rt = sig && sig->recv ? sig->recv->type : nullptr;
  if (rt && rt->kind == types::TypeKind::Pointer) rt = rt->as<types::Pointer>()->elem;
  return rt ? rt->as<types::Named>() : nullptr;
}

bool dependent(const types::Type* t, int depth) {
  if (!t || depth > 32) return false;
  switch (t->kind) {
    case types::TypeKind::TypeParam: return true;
    case types::TypeKind::Named:
      if (t->as<types::Named>()->isGeneric()) return true;  // List in its own methods: List[T]
      // A type declared in a function and printed as a class template: its
      // descriptor is made by a template too (local_types.cpp).
      if (hoistedType(t->as<types::Named>()->obj)) return true;
      for (const types::Type* a : t->as<types::Named>()->typeArgs)
        if (dependent(a, depth + 1)) return true;
      return false;
    case types::TypeKind::Pointer: return dependent(t->as<types::Pointer>()->elem, depth + 1);
    case types::TypeKind::Slice: return dependent(t->as<types::Slice>()->elem, depth + 1);
    case types::TypeKind::Array: return dependent(t->as<types::Array>()->elem, depth + 1);
    case types::TypeKind::Chan: return dependent(t->as<types::Chan>()->elem, depth + 1);
    case types::TypeKind::Map:
      return dependent(t->as<types::Map>()->key, depth + 1) || dependent(t->as<types::Map>()->elem, depth + 1);
    case types::TypeKind::Tuple:
      for (const types::Object* v : t->as<types::Tuple>()->vars)
        if (dependent(v->type, depth + 1)) return true;
      return false;
    case types::TypeKind::Signature: {
      const auto* sig = t->as<types::Signature>();
      return dependent(sig->params, depth + 1) || dependent(sig->results, depth + 1);
    }
    case types::TypeKind::Struct:
      for (const types::Field& f : t->as<types::Struct>()->fields)
        if (dependent(f.var->type, depth + 1)) return true;
      return false;
    case types::TypeKind::Interface:  // interface{ bar() T }
      for (const types::Object* m : interfaceMethods(t))
        if (dependent(m->type, depth + 1)) return true;
      return false;
    default: return false;
  }
}

}  // namespace

bool Emitter::isDependent(const types::Type* t) const { return dependent(t, 0); }

void Emitter::noteTypeParamClashes() {
  // The locals of a generic type's descriptor function (lazyDescOpen and
  // what follows it) would hide a type parameter named like them.
  std::set<std::string> names{"t", "made", "lock", "build", "name", "fields", "methods", "imethods"};
  std::vector<const types::Object*> params;
  for (const auto& [id, obj] : info.defs) {
    if (!obj) continue;
    if (obj->kind == types::ObjectKind::TypeName && obj->type && obj->type->kind == types::TypeKind::TypeParam)
      params.push_back(obj);
    else if (!obj->isPackageLevel())
      names.insert(obj->name);
  }
  for (const types::Object* p : params)
    if (names.count(p->name) || (p->name.rfind("sig", 0) == 0 && p->name.find_first_not_of("0123456789", 3) == std::string::npos))
      markTypeParamClash(p);
}

bool Emitter::isGenericDecl(const syntax::FuncDecl* decl) const {
  if (decl->type->typeParams) return true;
  if (!decl->recv) return false;
  const types::Named* n = receiverNamed(info.objectOf(decl->name));
  return n && (n->origin || n->isGeneric());
}

std::vector<types::TypeParam*> Emitter::templateParams(const syntax::FuncDecl* decl) const {
  const types::Object* fn = info.objectOf(decl->name);
  if (decl->recv) {
    const types::Named* n = receiverNamed(fn);
    if (!n) return {};
    return n->origin ? n->origin->typeParams : n->typeParams;
  }
  const auto* sig = fn && fn->type ? fn->type->as<types::Signature>() : nullptr;
  return sig ? sig->typeParams : std::vector<types::TypeParam*>{};
}

std::string Emitter::templateHead(const std::vector<types::TypeParam*>& params) const {
  std::string s = "template <";
  for (size_t i = 0; i < params.size(); i++) {
    std::string name = typeParamName(params[i]);
    s += (i ? ", typename " : "typename ") + name + ", go::type_fn " + name + "_type";
  }
  return s + ">";
}

std::string Emitter::templateArgs(const std::vector<types::Type*>& args, diag::Pos at) {
  std::string s = "<";
  for (size_t i = 0; i < args.size(); i++) s += (i ? ", " : "") + cppType(args[i], at) + ", " + typeFn(args[i], at);
  return s + ">";
}

std::vector<types::Type*> Emitter::typeArgsOf(const types::Named* n) {
  // A hoisted local type's template takes its function's type parameters
  // first (local_types.cpp): where it can be named, they are in scope.
  std::vector<types::Type*> args;
  if (const HoistedType* h = hoistedType(n->obj)) args.assign(h->implicits.begin(), h->implicits.end());
  if (n->origin) args.insert(args.end(), n->typeArgs.begin(), n->typeArgs.end());
  else args.insert(args.end(), n->typeParams.begin(), n->typeParams.end());
  return args;
}

namespace {

// Whether t's type_fn is a descriptor the emitter prints (go::desc<...>),
// rather than a template made at run time: the two must not differ between
// a type written in generic code (List[[]T] with T = int) and the same type
// written outside it (List[[]int]), or C++ sees two types. Predeclared
// types, defined types, pointers to those (with their method sets) and
// unnamed structs, interfaces and funcs are printed; generic instances and
// the composite types built from them are made at run time.
bool hasPrintedTypeFn(const types::Type* t) {
  switch (t->kind) {
    case types::TypeKind::Named: return !t->as<types::Named>()->origin;
    case types::TypeKind::Pointer: {
      const auto* n = t->as<types::Pointer>()->elem->as<types::Named>();
      return n && !n->origin;
    }
    case types::TypeKind::Slice:
    case types::TypeKind::Array:
    case types::TypeKind::Map:
    case types::TypeKind::Chan: return false;
    default: return true;
  }
}

}  // namespace

std::string Emitter::typeFn(const types::Type* t, diag::Pos at) {
  if (const auto* tp = t->as<types::TypeParam>()) return typeParamName(tp) + "_type";
  if (!isDependent(t) && hasPrintedTypeFn(t)) return "go::desc<" + typeDesc(t, at) + ">";
  switch (t->kind) {
    case types::TypeKind::Named: {
      const auto* n = t->as<types::Named>();
      return packageQualifier(n->obj->pkg, pkg) + typeCppName(n->obj) + "_type" + templateArgs(typeArgsOf(n), at);
    }
    case types::TypeKind::Pointer: {
      const types::Type* e = t->as<types::Pointer>()->elem;
      if (const auto* n = e->as<types::Named>(); n && !isInterfaceType(n))  // with the pointer methods
        return packageQualifier(n->obj->pkg, pkg) + typeCppName(n->obj) + "_ptr_type" + templateArgs(typeArgsOf(n), at);
      return "go::pointer_type_of<" + cppType(e, at) + ", " + typeFn(e, at) + ">";
    }
    case types::TypeKind::Slice: {
      const types::Type* e = t->as<types::Slice>()->elem;
      return "go::slice_type_of<" + cppType(e, at) + ", " + typeFn(e, at) + ">";
    }
    case types::TypeKind::Array: {
      const auto* a = t->as<types::Array>();
      return "go::array_type_of<" + cppType(a->elem, at) + ", " + std::to_string(a->len) + ", " + typeFn(a->elem, at) + ">";
    }
    case types::TypeKind::Map: {
      const auto* m = t->as<types::Map>();
      return "go::map_type_of<" + cppType(m->key, at) + ", " + cppType(m->elem, at) + ", " + typeFn(m->key, at) + ", " +
             typeFn(m->elem, at) + ">";
    }
    case types::TypeKind::Chan: {
      const auto* c = t->as<types::Chan>();
      int dir = c->dir == types::ChanDir::SendOnly ? 1 : c->dir == types::ChanDir::RecvOnly ? 2 : 0;
      return "go::chan_type_of<" + cppType(c->elem, at) + ", " + typeFn(c->elem, at) + ", " + std::to_string(dir) + ">";
    }
    case types::TypeKind::Struct:
    case types::TypeKind::Interface:  // class templates of generic_unnamed.cpp
      cppType(t, at);                 // (notes it)
      return unnamedDescName(t) + unnamedTemplateArgs(t);
    case types::TypeKind::Signature: {
      const auto* sig = t->as<types::Signature>();
      auto fns = [&](const types::Tuple* tuple) {
        std::string l;
        for (size_t i = 0; tuple && i < tuple->size(); i++) l += std::string(i ? ", " : "") + typeFn(tuple->at(i), at);
        return "go::type_fns<" + l + ">";
      };
      return "go::func_type_fn<" + cppType(t, at) + ", " + (sig->variadic ? "true" : "false") + ", " + fns(sig->params) +
             ", " + fns(sig->results) + ">::get";
    }
    default: unsupported(at, "descriptors of " + types::typeString(t) + " inside generic code");
  }
}

const types::Instance* Emitter::instanceOf(const syntax::Expr* fun) const {
  const syntax::Expr* e = unparen(fun);
  if (const auto* ix = e->as<syntax::IndexExpr>()) e = unparen(ix->x);
  const syntax::Ident* id = e->as<syntax::Ident>();
  if (const auto* sel = e->as<syntax::SelectorExpr>()) id = sel->sel;
  if (!id) return nullptr;
  auto it = info.instances.find(id);
  return it == info.instances.end() ? nullptr : &it->second;
}

std::string Emitter::genericFuncName(const types::Object* fn, const syntax::Expr* fun, diag::Pos at) {
  std::string name = nameOf(fn);
  const auto* sig = fn->type->as<types::Signature>();
  if (!sig || sig->typeParams.empty()) return name;
  const types::Instance* inst = instanceOf(fun);
  if (!inst || inst->typeArgs.size() != sig->typeParams.size()) unsupported(at, "this use of a generic function");
  return name + templateArgs(inst->typeArgs, at);
}

// Whether a type parameter's type set holds complex types (its constants
// then need both parts).
bool Emitter::mayBeComplex(const types::Type* t) {
  const auto* tp = t->as<types::TypeParam>();
  const types::Interface* it = tp && tp->constraint ? types::interfaceOf(tp->constraint) : nullptr;
  if (!it || it->allTypes) return false;
  for (const types::Term& term : it->terms)
    if (types::isComplex(term.type)) return true;
  return false;
}

bool Emitter::isIndexableTypeSet(const types::Type* t) {
  // x[i] where x's type parameter has no core type ([]int | [5]int,
  // []byte | string): go::index has an overload for each of them.
  const auto* tp = t ? t->as<types::TypeParam>() : nullptr;
  types::Interface* it = tp && tp->constraint ? types::interfaceOf(tp->constraint) : nullptr;
  if (it) it = types::completeInterface(it);
  if (!it || it->allTypes || it->terms.empty()) return false;
  for (const types::Term& term : it->terms) {
    const types::Type* u = types::underlying(term.type);
    if (!u || !(u->kind == types::TypeKind::Slice || u->kind == types::TypeKind::Array || types::isString(u))) return false;
  }
  return true;
}

std::string Emitter::typeParamConstant(const types::Constant& c, const types::Type* t, diag::Pos at) {
  if (mayBeComplex(t)) {
    // T(-1i), T(3.14): go::number_of builds a complex type argument from
    // both parts and converts the real part to any other.
    types::Constant re = types::Constant::makeFloat(c.ratVal());
    types::Constant im = types::Constant::makeFloat(c.imagVal());
    return "go::number_of<" + cppType(t, at) + ">(" + constantLiteral(re, types::BasicKind::Float64) + ", " +
           constantLiteral(im, types::BasicKind::Float64) + ")";
  }
  types::BasicKind k;
  switch (c.kind()) {
    case types::Constant::Kind::Bool: k = types::BasicKind::Bool; break;
    case types::Constant::Kind::String: k = types::BasicKind::String; break;
    case types::Constant::Kind::Int: k = types::BasicKind::Int64; break;
    case types::Constant::Kind::Float: k = types::BasicKind::Float64; break;
    default: unsupported(at, "complex constants");
  }
  if (k == types::BasicKind::Int64 && types::isUnsigned(t) && c.intVal() < 0) unsupported(at, "this constant");
  std::string lit = constantLiteral(c, k);
  if (k == types::BasicKind::String) lit = "go::string(" + lit + ")";
  return cppType(t, at) + "(" + lit + ")";
}

std::string Emitter::unsafeLayoutOf(const syntax::CallExpr* e, types::BuiltinId which) {
  const syntax::Expr* x = unparen(e->args.at(0));
  if (which == types::BuiltinId::UnsafeSizeof) return "go::uintptr(sizeof(" + cppType(typeOf(x), e->pos) + "))";
  if (which == types::BuiltinId::UnsafeAlignof) return "go::uintptr(alignof(" + cppType(typeOf(x), e->pos) + "))";
  // Offsetof(s.f): the offsets of the embedded fields on the way to f
  // (the checker allows no pointer among them) and f's own, added.
  const auto* sel = x->as<syntax::SelectorExpr>();
  const types::Selection* s = sel ? info.selectionOf(sel) : nullptr;
  if (!s || s->kind != types::SelectionKind::FieldVal || s->index.empty())
    unsupported(e->pos, "unsafe.Offsetof of this operand in generic code");
  const types::Type* base = typeOf(sel->x);
  if (base->kind == types::TypeKind::Pointer) base = base->as<types::Pointer>()->elem;
  std::string sum;
  for (size_t level = 0; level < s->index.size(); level++) {
    const auto* st = types::underlying(const_cast<types::Type*>(base))->as<types::Struct>();
    if (!st) unsupported(e->pos, "unsafe.Offsetof of a field promoted through a pointer");
    sum += std::string(sum.empty() ? "" : " + ") + "__builtin_offsetof(" + cppType(base, e->pos) + ", " +
           structMember(st, s->index[level]) + ")";
    base = st->fields[s->index[level]].var->type;
  }
  return "go::uintptr(" + sum + ")";
}

// How go::method_call names a method: "M", or "m pkg/path" for an
// unexported one (its package tells it from another package's m; a space
// is in no identifier or import path).
static std::string methodKey(const types::Object* method) {
  if (types::isExportedName(method->name) || !method->pkg) return cppStringLiteral(method->name);
  return cppStringLiteral(method->name + " " + method->pkg->path);
}

std::string Emitter::typeParamMethodCall(const syntax::CallExpr* e, const syntax::SelectorExpr* sel,
                                         const types::Object* method) {
  const types::Type* xt = typeOf(sel->x);
  // The method's signature as the type argument's method table has it:
  // the selection's (the constraint's method, instantiated).
  const types::Type* st = typeOf(sel);
  const auto* sig = st ? st->as<types::Signature>() : method->type->as<types::Signature>();
  std::string fnType = sig->results && sig->results->size() > 0 ? cppType(sig->results, e->pos) : "void";
  fnType += "(";
  for (size_t i = 0; sig->params && i < sig->params->size(); i++)
    fnType += (i ? ", " : "") + cppType(sig->params->at(i), e->pos);
  fnType += ")";
  std::string callee = "go::method_call<" + fnType + ">::call(" + typeDesc(xt, sel->pos) + ", " + methodKey(method) + ", ";
  if (e->args.size() == 1 && typeOf(e->args[0]) && typeOf(e->args[0])->kind == types::TypeKind::Tuple) {
    // x.M(g()): x first, then g(), as for other receivers (methodCall).
    std::string recv = fresh("recv");
    auto callWith = [&](const std::string& args) { return callee + recv + (args.empty() ? "" : ", " + args) + ")"; };
    return "[&](auto&& " + recv + ") { return " + tupleCall(callWith, sig, e->args[0]) + "; }(" + expr(sel->x) + ")";
  }
  std::string args = arguments(e, sig);
  return callee + expr(sel->x) + (args.empty() ? "" : ", " + args) + ")";
}

std::string Emitter::methodFnType(const types::Signature* sig, size_t skip, diag::Pos at) {
  std::string fnType = sig->results && sig->results->size() > 0 ? cppType(sig->results, at) : "void";
  fnType += "(";
  for (size_t i = skip; sig->params && i < sig->params->size(); i++) fnType += (i > skip ? ", " : "") + cppType(sig->params->at(i), at);
  return fnType + ")";
}

std::string Emitter::typeParamMethodValue(const syntax::SelectorExpr* e, const types::Object* method) {
  // v.M, not called: a func value holding a copy of v (go/generic.hpp's method_call).
  const types::Type* xt = typeOf(e->x);
  const auto* sig = typeOf(e)->as<types::Signature>();
  auto [params, args] = forwardingParams(sig, e->pos);
  bool hasResults = sig->results && sig->results->size() > 0;
  std::string result = hasResults ? " -> " + cppType(sig->results, e->pos) : "";
  std::string call = "go::method_call<" + methodFnType(sig, 0, e->pos) + ">::call(" + typeDesc(xt, e->pos) + ", " +
                     methodKey(method) + ", recv" + (args.empty() ? "" : ", " + args) + ")";
  return "go::func_of([recv = " + expr(e->x) + "](" + params + ") mutable" + result + " { " + (hasResults ? "return " : "") +
         call + "; })";
}

std::string Emitter::typeParamMethodExpr(const syntax::SelectorExpr* e, const types::Object* method) {
  // T.M: func(T, params), its first argument the receiver.
  const types::Type* xt = typeOf(e->x);
  const auto* sig = typeOf(e)->as<types::Signature>();
  auto [params, args] = forwardingParams(sig, e->pos);
  std::string rest = args.find(',') != std::string::npos ? args.substr(args.find(',') + 2) : "";
  bool hasResults = sig->results && sig->results->size() > 0;
  std::string result = hasResults ? " -> " + cppType(sig->results, e->pos) : "";
  std::string call = "go::method_call<" + methodFnType(sig, 1, e->pos) + ">::call(" + typeDesc(xt, e->pos) + ", " +
                     methodKey(method) + ", a0" + (rest.empty() ? "" : ", " + rest) + ")";
  return "go::func_of([](" + params + ")" + result + " { " + (hasResults ? "return " : "") + call + "; })";
}

std::string Emitter::freeMethodCallee(const types::Named* recv, const types::Object* fn) {
  std::string name = freeMethodName(recv, fn);
  if (recv->origin || recv->isGeneric()) name += templateArgs(typeArgsOf(recv), fn->pos);
  return name;
}

void Emitter::genericTypeSpec(const syntax::TypeSpec* spec, const types::Object* obj) {
  // Structs are printed by typeSpec with a template head; here: the rest.
  std::string name = typeCppName(obj);
  const auto* n = obj->type->as<types::Named>();
  const types::Type* u = types::underlying(obj->type);
  std::string head = templateHead(typeTemplateParams(obj));
  out->at(spec->pos);
  if (u->kind == types::TypeKind::Interface) {
    if (types::interfaceOf(obj->type)->isConstraintOnly()) return;  // a constraint names no values
    out->write(head + " ");
    return interfaceDefinition(obj, name);
  }
  const types::Type* target = typeOf(spec->type);
  if (!target || target->kind != types::TypeKind::Named) target = u;
  // type X[A any] U[X[A]] over a non-struct U: an alias template cannot
  // name itself, and what U[...] stands for is its underlying type anyway.
  if (target->as<types::Named>() && target->as<types::Named>()->origin && u->kind != types::TypeKind::Struct &&
      u->kind != types::TypeKind::Interface)
    target = u;
  if (isRecursiveType(n)) {
    // type Src[T any] func() Src[T]: a struct template (go/recursive.hpp), declared ahead.
    out->write(head + " struct " + name + " : go::recursive<" + cppType(u, spec->pos) +
               "> { using go::recursive<" + cppType(u, spec->pos) + ">::recursive; };");
    return;
  }
  out->write(head + " using " + name + " = " + cppType(target, spec->pos) + ";");
}

namespace {

// The generic types of a package whose descriptors are function templates.
bool hasDescFunction(const syntax::TypeSpec* spec, const types::Object* obj) {
  // (A type declared in a generic function is a template too: local_types.cpp.)
  if ((!spec->typeParams && !(obj && hoistedType(obj))) || !obj || obj->name == "_") return false;  // (type _[T any] ...: never used)
  const auto* it = types::underlying(obj->type)->as<types::Interface>();
  return !it || !types::interfaceOf(obj->type)->isConstraintOnly();
}

}  // namespace

void Emitter::genericTypeDescPrototypes() {
  for (const syntax::File* f : checked.files)
    for (const syntax::Decl* d : f->decls)
      if (const auto* g = d->as<syntax::GenDecl>(); g && g->tok == syntax::Token::Type)
        for (const syntax::Spec* s : g->specs) {
          const auto* spec = s->as<syntax::TypeSpec>();
          const types::Object* obj = info.objectOf(spec->name);
          if (hasDescFunction(spec, obj)) genericTypeDescPrototype(spec, obj);
        }
  for (const types::Object* obj : hoistedTypes)
    if (hasDescFunction(typeSpecs.at(obj), obj)) genericTypeDescPrototype(typeSpecs.at(obj), obj);
}

void Emitter::genericTypeDescPrototype(const syntax::TypeSpec* spec, const types::Object* obj) {
  std::string head = templateHead(typeTemplateParams(obj));
  std::string name = typeCppName(obj);
  out->at(spec->pos);
  out->write(head + " const go::type_desc& " + name + "_type();");
  if (!isInterfaceType(obj->type)) out->write(" " + head + " const go::type_desc& " + name + "_ptr_type();");
}

std::string Emitter::runtimeTypeName(const types::Type* t, diag::Pos at) {
  auto lit = [](const std::string& s) { return "std::string(" + cppStringLiteral(s) + ")"; };
  if (!isDependent(t)) return lit(gcTypeString(t));
  switch (t->kind) {
    case types::TypeKind::Pointer: return lit("*") + " + " + runtimeTypeName(t->as<types::Pointer>()->elem, at);
    case types::TypeKind::Slice: return lit("[]") + " + " + runtimeTypeName(t->as<types::Slice>()->elem, at);
    case types::TypeKind::Array:
      return lit("[" + std::to_string(t->as<types::Array>()->len) + "]") + " + " + runtimeTypeName(t->as<types::Array>()->elem, at);
    case types::TypeKind::Map:
      return lit("map[") + " + " + runtimeTypeName(t->as<types::Map>()->key, at) + " + " + lit("]") + " + " +
             runtimeTypeName(t->as<types::Map>()->elem, at);
    case types::TypeKind::Signature: return runtimeSignature(t->as<types::Signature>(), at);
    default: return "std::string(" + typeDesc(t, at) + ".name)";  // a type parameter, List[T]
  }
}

std::string Emitter::runtimeSignature(const types::Object* method, diag::Pos at) {
  return runtimeSignature(method->type->as<types::Signature>(), at);
}

std::string Emitter::runtimeSignature(const types::Signature* sig, diag::Pos at, const std::string& lead) {
  // methodSignature's spelling, with the type parameters' names read from
  // their descriptors.
  auto list = [&](const types::Tuple* t, bool variadic) {
    std::string s;
    for (size_t i = 0; t && i < t->size(); i++) {
      if (i) s += " + \", \" + ";
      else s += " + ";
      const types::Type* pt = t->at(i);
      if (variadic && i + 1 == t->size()) s += "\"...\" + " + runtimeTypeName(pt->as<types::Slice>()->elem, at);
      else s += runtimeTypeName(pt, at);
    }
    return s;
  };
  std::string s = "std::string(\"" + lead + "(\")" + list(sig->params, sig->variadic) + " + \")\"";
  size_t nres = sig->results ? sig->results->size() : 0;
  if (nres == 1) s += " + \" \" + " + runtimeTypeName(sig->results->at(0), at);
  else if (nres > 1) s += " + \" (\"" + list(sig->results, false) + " + \")\"";
  return s;
}

std::string Emitter::runtimeMethodTable(const types::Type* t, int& count) {
  // As typedesc.cpp's methodTable, with signatures made at run time.
  std::vector<Selection> set = methodSet(t);
  count = static_cast<int>(set.size());
  if (set.empty()) return "";
  const types::Type* base = t->kind == types::TypeKind::Pointer ? t->as<types::Pointer>()->elem : t;
  std::string baseType = cppType(base, {});
  for (size_t k = 0; k < set.size(); k++)
    out->line("static const std::string sig" + std::to_string(k) + " = " + runtimeSignature(set[k].obj, set[k].obj->pos) + ";");
  out->line("static const go::method_desc methods[] = {");
  for (size_t k = 0; k < set.size(); k++) {
    const Selection& s = set[k];
    const auto* sig = s.obj->type->as<types::Signature>();
    std::string params = "void* data", args;
    for (size_t i = 0; sig->params && i < sig->params->size(); i++) {
      std::string p = "p" + std::to_string(i);
      params += ", " + cppType(sig->params->at(i), s.obj->pos) + " " + p;
      args += (i ? ", " : "") + p;
    }
    std::string result = sig->results && sig->results->size() > 0 ? cppType(sig->results, s.obj->pos) : "void";
    types::Pointer recvType(const_cast<types::Type*>(base));
    std::string call = methodCallText(methodTableReceiver(t, baseType), &recvType, s.path, s.obj, args, s.obj->pos);
    std::string pkgpath = !types::isExportedName(s.obj->name) && s.obj->pkg
                              ? ", nullptr, nullptr, nullptr, " + cppStringLiteral(s.obj->pkg->path)
                              : "";
    out->line("    {\"" + s.obj->name + "\", sig" + std::to_string(k) + ", go::method_fn(+[](" + params + ") -> " + result +
              " { return " + call + "; })" + pkgpath + "},");
  }
  out->line("};");
  return ", .methods = methods, .nmethods = " + std::to_string(set.size());
}

void Emitter::lazyDescOpen(const std::string& head, const std::string& fn) {
  out->line(head);
  out->line("const go::type_desc& " + fn + "() {");
  out->indent();
  // Built once by whichever thread asks first (go/generic.hpp's lazy_type_desc).
  out->line("static go::type_desc t;");
  out->line("static go::lazy_type_desc made;");
  out->line("if (made.ready.load(std::memory_order_acquire)) return t;");
  out->line("std::lock_guard<std::recursive_mutex> lock(go::lazy_desc_mutex());");
  out->line("if (made.started) return t;  // built meanwhile, or under construction below us");
  out->line("made.started = true;");
  out->line("go::lazy_desc_build build(made);  // marks it ready when the outermost build ends");
}

void Emitter::lazyDescClose() {
  out->line("return t;");
  out->dedent();
  out->line("}");
}

void Emitter::laterMethodTable(const types::Type* t) {
  if (methodSet(t).empty()) return;
  // (Its signatures read other descriptors' names: go/generic.hpp.)
  out->line("build.later(+[] {");
  out->indent();
  int count = 0;
  runtimeMethodTable(t, count);
  out->line("t.methods = methods;");
  out->line("t.nmethods = " + std::to_string(count) + ";");
  out->dedent();
  out->line("});");
}

void Emitter::laterInterfaceMethods(const types::Type* t) {
  std::vector<const types::Object*> ms = interfaceMethods(t);
  if (ms.empty()) return;
  out->line("build.later(+[] {");
  out->indent();
  for (size_t k = 0; k < ms.size(); k++)
    out->line("static const std::string sig" + std::to_string(k) + " = " + runtimeSignature(ms[k], ms[k]->pos) + ";");
  out->line("static const go::imethod_desc imethods[] = {");
  for (size_t k = 0; k < ms.size(); k++) {
    std::string pkgpath = !types::isExportedName(ms[k]->name) && ms[k]->pkg ? ", " + cppStringLiteral(ms[k]->pkg->path) : "";
    out->line("    {\"" + ms[k]->name + "\", sig" + std::to_string(k) + pkgpath + "},");
  }
  out->line("};");
  out->line("t.imethods = imethods;");
  out->line("t.nimethods = " + std::to_string(ms.size()) + ";");
  out->dedent();
  out->line("});");
}

void Emitter::genericTypeDescDef(const types::Object* obj) {
  const auto* n = obj->type->as<types::Named>();
  const types::Type* u = n->underlying;
  std::string name = typeCppName(obj);
  std::string self = cppType(obj->type, obj->pos);  // List<T, T_type>
  auto typeFns = [](const std::vector<types::TypeParam*>& params) {
    std::string fns;
    for (const types::TypeParam* tp : params) fns += (fns.empty() ? "" : ", ") + typeParamName(tp) + "_type";
    return fns;
  };
  std::string head = templateHead(typeTemplateParams(obj));
  auto open = [&](const std::string& fn) { lazyDescOpen(head, fn); };
  auto close = [&] { lazyDescClose(); };
  out->line();
  out->line("// The descriptor of " + obj->name + "[...] in generic code, made on first use (a");
  out->line("// recursive type finds its own under construction).");
  open(name + "_type");
  // main.List[int]; a type declared in a generic function is named as gc's
  // unified IR names it, main.T·2[int;string]: its number among the
  // package's local types, its function's type arguments, then its own.
  std::string args = "go::type_args_name<" + typeFns(n->typeParams) + ">()";
  std::string prefix = obj->name;
  if (const HoistedType* h = hoistedType(obj); h && !h->implicits.empty()) {
    prefix += "\u00b7" + std::to_string(h->gen);
    args = "go::type_args_name<" + typeFns(h->implicits) + ">()" +
           (n->typeParams.empty() ? "" : " + \";\" + " + args);
  }
  out->line("static const std::string name = \"" + pkg->name + "." + prefix + "[\" + " + args + " + \"]\";");
  out->line("t.name = name;  // first: types built below may read it");
  if (const auto* st = u->as<types::Struct>()) {
    std::string fields;
    if (!st->fields.empty()) {
      out->line("static const go::field_desc fields[] = {");
      for (size_t i = 0; i < st->fields.size(); i++) {
        const types::Field& f = st->fields[i];
        std::string member = structMember(st, i);
        bool exported = !f.var->name.empty() && std::isupper(static_cast<unsigned char>(f.var->name[0]));
        std::string desc = typeDesc(f.var->type, f.var->pos);
        out->line("    {\"" + f.var->name + "\", &" + desc + ", __builtin_offsetof(" + self +
                  ", " + member + "), " + (f.embedded ? "true" : "false") + ", " + (exported ? "true" : "false") + "},");
      }
      out->line("};");
      fields = ", .fields = fields, .nfields = " + std::to_string(st->fields.size());
    }
    out->line("t = {.k = go::kind::struct_, .name = name, .size = sizeof(" + self + "), .comparable = go::fields_comparable(" +
              (st->fields.empty() ? std::string("nullptr, 0") : "fields, " + std::to_string(st->fields.size())) +
              "), .named = true" + fields + "};");
    laterMethodTable(obj->type);
  } else if (u->kind == types::TypeKind::Interface) {
    std::vector<const types::Object*> ms = interfaceMethods(obj->type);
    out->line("t = {.k = go::kind::interface, .name = name, .size = sizeof(" +
              std::string(ms.empty() ? "go::any" : "go::iface") + "), .named = true};");
    laterInterfaceMethods(obj->type);
  } else {
    out->line("t = " + typeDesc(u, obj->pos) + ";");
    out->line("t.name = name;");
    out->line("t.named = true;");
    laterMethodTable(obj->type);
  }
  // What package reflect reads besides (typedesc.cpp prints the same).
  out->line("t.pkgpath = \"" + pkg->path + "\";");
  out->line("t.align = alignof(" + (u->kind == types::TypeKind::Interface ? std::string("void*") : self) + ");");
  close();
  if (u->kind == types::TypeKind::Interface) return;
  // *List[T], whose method set adds the pointer receivers' methods.
  types::Pointer ptr(obj->type);
  out->line();
  open(name + "_ptr_type");
  out->line("static const std::string name = \"*\" + std::string(" + name + "_type<" + std::string(self.substr(self.find('<') + 1)) + "().name);");
  out->line("t = {.k = go::kind::pointer, .name = name, .size = sizeof(void*), .elem = &" + name + "_type<" +
            self.substr(self.find('<') + 1) + "(), .align = alignof(void*)};");
  laterMethodTable(&ptr);
  close();
}

void Emitter::genericDefinitions() {
  for (const syntax::File* f : checked.files)
    for (const syntax::Decl* d : f->decls) {
      if (const auto* g = d->as<syntax::GenDecl>(); g && g->tok == syntax::Token::Type) {
        for (const syntax::Spec* s : g->specs) {
          const auto* spec = s->as<syntax::TypeSpec>();
          const types::Object* obj = info.objectOf(spec->name);
          if (!hasDescFunction(spec, obj)) continue;
          try {
            genericTypeDescDef(obj);
          } catch (const Unsupported& u) {
            report(u);
          }
        }
        continue;
      }
      const auto* fd = d->as<syntax::FuncDecl>();
      if (!fd || !isGenericDecl(fd) || isUnavailable(info.objectOf(fd->name))) continue;
      out->line();
      try {
        funcDecl(fd);
      } catch (const Unsupported& u) {
        report(u);
      }
    }  // The descriptors of the types declared in functions that are class templates.
  for (const types::Object* obj : hoistedTypes) {
    if (!hasDescFunction(typeSpecs.at(obj), obj)) continue;
    try {
      genericTypeDescDef(obj);
    } catch (const Unsupported& u) {
      report(u);
    }
  }
}

}  // namespace emit
