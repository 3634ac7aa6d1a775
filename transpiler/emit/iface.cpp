// This file implements interfaces in the printed C++ (go/iface.hpp):
//
//   type Shape interface { Area() float64 }
//     → struct Shape : go::iface { ... go::float64 Area() const { return call<go::float64>(0); } };
//   var s Shape = c          → Shape s = Shape(go::box(Circle_type, c));
//   var x any = 42           → go::any x = go::int_(42);   (basic values box implicitly)
//   s.Area()                 → s.Area()
//   x.(int), v, ok := x.(T)  → go::assert_type<go::int_>(x, go::int_type, go::any_type), go::assert_type_ok<T>(...)
//   switch v := x.(type)     → an if-chain on go::is_type / go::implements / go::is_nil
//   x == y, x == nil         → go::equal(x, y), go::is_nil(x)
//
// Conversions into interfaces are implicit in Go (assignments, arguments,
// returns, composite literal elements); every place that prints a value for
// a known target type goes through valueAs, which boxes when needed.
#include <functional>

#include "emit/emitter.hpp"
#include "emit/methodset.hpp"
#include "emit/names.hpp"
#include "emit/types.hpp"
#include "emit/walk.hpp"

namespace emit {

namespace {

bool isUntypedNil(const types::Type* t) { return t && types::isBasic(t, types::BasicKind::UntypedNil); }

// A type whose C++ spelling names its descriptor, so that go::any's
// implicit constructor boxes it correctly: predeclared basic types, and
// slices, arrays and pointers of them (go::type_of).
bool boxesImplicitly(const types::Type* t) {
  if (const auto* s = t->as<types::Slice>()) return boxesImplicitly(s->elem);
  if (const auto* a = t->as<types::Array>()) return boxesImplicitly(a->elem);
  if (const auto* p = t->as<types::Pointer>()) return boxesImplicitly(p->elem);
  const auto* b = t->as<types::Basic>();
  if (!b) return false;
  switch (b->basic) {
    case types::BasicKind::Uintptr: case types::BasicKind::UnsafePointer: case types::BasicKind::UntypedNil: case types::BasicKind::Invalid:
      return false;
    default: return true;
  }
}

}  // namespace

void Emitter::interfaceDefinition(const types::Object* obj, const std::string& name) {
  interfaceStruct(obj->type, name, obj->pos);
}

void Emitter::interfaceStruct(const types::Type* t, const std::string& name, diag::Pos pos) {
  std::vector<const types::Object*> methods = interfaceMethods(t);
  if (methods.empty()) {
    out->write("using " + name + " = go::any;");
    return;
  }
  std::string desc = typeDesc(t, pos);
  // A method named like a type of the package (Kind() Kind) hides the type
  // inside the struct: spell types with the namespace.
  bool savedQualify = qualifyTypes;
  for (const types::Object* m : methods)
    if (const types::Object* o = pkg->scope->lookupLocal(m->name); o && o->kind == types::ObjectKind::TypeName) qualifyTypes = true;
  out->write("struct " + name + " : go::iface {");
  out->indent();
  out->line("using go::iface::iface;");
  out->line(name + "() = default;");
  out->line("explicit " + name + "(const go::any& v) : go::iface(" + desc + ", v) {}");
  out->line("explicit " + name + "(const go::iface& v) : go::iface(" + desc + ", go::any(v)) {}");
  if (t->kind == types::TypeKind::Interface && isDependent(t)) dependentInterfaceConversions(name);  // (generic_unnamed.cpp)
  if (t->kind == types::TypeKind::Interface && !isDependent(t)) {
    // Each package that spells interface{ M() } declares its own struct of
    // one name (the name tells the Go types apart: unnamed_types.hpp); a
    // value of one converts to another's, as Go's types are identical.
    out->line("static constexpr std::string_view go_unnamed_identity = \"" + name + "\";");
    out->line("template <class O>");
    out->line("  requires(!std::is_same_v<O, " + name + "> && O::go_unnamed_identity == go_unnamed_identity)");
    out->line(name + "(const O& o) : go::iface(static_cast<const go::iface&>(o)) {}");
  }
  for (size_t i = 0; i < methods.size(); i++) {
    const types::Object* m = methods[i];
    const auto* sig = m->type->as<types::Signature>();
    std::string result = sig->results && sig->results->size() > 0 ? cppType(sig->results, m->pos) : "void";
    std::string params, args, targs = result;
    for (size_t k = 0; sig->params && k < sig->params->size(); k++) {
      std::string type = cppType(sig->params->at(k), m->pos);
      std::string p = sig->params->vars[k]->name.empty() || sig->params->vars[k]->name == "_"
                          ? "p" + std::to_string(k)
                          : cppName(sig->params->vars[k]->name);
      params += (k ? ", " : "") + type + " " + p;
      args += ", " + p;
      targs += ", " + type;
    }
    std::string body = "{ return call<" + targs + ">(" + std::to_string(i) + args + "); }";
    out->at(m->pos);
    bool headerLevel = t->kind == types::TypeKind::Named ? t->as<types::Named>()->obj->isPackageLevel() : !isDependent(t);
    if (headerLevel && needsOutOfLineDefinition(m)) {
      // Defined after every type of the package (see typeDecls).
      out->write(result + " " + memberName(t, m->name) + "(" + params + ") const;");
      const auto* named = t->as<types::Named>();
      std::string head = "inline", owner = name;
      if (named && named->isGeneric()) {  // a class template's member (generic.cpp)
        head = templateHead(named->typeParams) + " inline";
        owner = cppType(t, pos);
      }
      outOfLineIfaceMethods.push_back(head + " " + result + " " + owner + "::" + memberName(t, m->name) + "(" + params + ") const " + body);
      continue;
    }
    out->write(result + " " + memberName(t, m->name) + "(" + params + ") const " + body);
  }
  out->dedent();
  out->line("};");
  qualifyTypes = savedQualify;
}

bool Emitter::needsOutOfLineDefinition(const types::Object* method) const {
  const auto* sig = method->type->as<types::Signature>();
  // Whether t holds by value a class this package defines (a struct, or
  // an interface: type I1 interface{ M() I2 } before I2 is complete).
  std::function<bool(const types::Type*)> holdsClass = [&](const types::Type* t) {
    if (const auto* a = t->as<types::Array>()) return holdsClass(a->elem);
    // Unnamed ones are classes too (unnamed_types.cpp).
    if (t->kind == types::TypeKind::Interface) return !interfaceMethods(t).empty();
    if (t->kind == types::TypeKind::Struct) return !t->as<types::Struct>()->fields.empty();
    const auto* n = t->as<types::Named>();
    if (!n || n->obj->pkg != pkg || !n->obj->isPackageLevel()) return false;
    const types::Type* u = types::underlying(const_cast<types::Type*>(t));
    return u->kind == types::TypeKind::Struct || u->kind == types::TypeKind::Interface ||
           (u->kind == types::TypeKind::Array && holdsClass(u));
  };
  for (const types::Tuple* tuple : {sig->params, sig->results})
    for (size_t k = 0; tuple && k < tuple->size(); k++)
      if (holdsClass(tuple->at(k))) return true;
  return false;
}

std::string Emitter::toInterface(const std::string& v, const types::Type* from, const types::Type* to, diag::Pos at) {
  bool toEmpty = interfaceMethods(to).empty();
  if (isInterfaceType(from)) {
    if (types::identical(from, to)) return v;
    return toEmpty ? "go::any(" + v + ")" : cppType(to, at) + "(" + v + ")";
  }
  std::string boxed = toEmpty && boxesImplicitly(from) ? v : "go::box(" + typeDesc(from, at) + ", " + v + ")";
  return toEmpty ? boxed : cppType(to, at) + "(" + boxed + ")";
}

std::string Emitter::valueAs(const syntax::Expr* e, const types::Type* to) {
  if (!to || !isInterfaceType(to)) {
    if (needsStructCast(typeOf(e), to)) return structCast(value(e), to, e->pos);
    return value(e);
  }
  if (hoisted.count(e)) {
    const types::Type* from = typeOf(e);
    return from && !isInterfaceType(from) ? toInterface(hoisted.at(e), from, to, e->pos) : hoisted.at(e);
  }
  const types::Type* from = typeOf(e);
  if (!from || isUntypedNil(from)) return cppType(to, e->pos) + "{}";
  if (types::isUntyped(from)) {
    // An untyped constant takes its default type: expr prints it typed.
    if (!interfaceMethods(to).empty()) unsupported(e->pos, "this conversion to an interface");
    return expr(e);
  }
  return toInterface(expr(e), from, to, e->pos);
}

std::string Emitter::tupleValue(const syntax::Expr* e) {
  if (const auto* ta = unparen(e)->as<syntax::TypeAssertExpr>()) return typeAssert(ta, true);
  if (const auto* recv = asReceive(e)) return receive(recv, true);  // v, ok := <-ch
  return expr(e);
}

std::string Emitter::tupleAs(const syntax::Expr* e, const std::vector<const types::Type*>& targets) {
  std::string v = tupleValue(e);
  const types::Type* t = typeOf(e);
  const auto* from = t ? t->as<types::Tuple>() : nullptr;
  if (!from || from->size() != targets.size()) return v;
  // (r Reader, ok bool) = h() with h's *Buffer: each element converted.
  bool converts = false;
  std::string types, elems;
  for (size_t i = 0; i < targets.size(); i++) {
    const types::Type* to = targets[i] ? targets[i] : from->at(i);
    std::string elem = "std::get<" + std::to_string(i) + ">(t)";
    if (targets[i] && isInterfaceType(to) && !types::identical(from->at(i), to)) {
      elem = toInterface(elem, from->at(i), to, e->pos);
      converts = true;
    }
    types += (i ? ", " : "") + cppType(to, e->pos);
    elems += (i ? ", " : "") + elem;
  }
  if (!converts) return v;
  return "[](const auto& t) { return std::tuple<" + types + ">(" + elems + "); }(" + v + ")";
}

std::string Emitter::typeAssert(const syntax::TypeAssertExpr* e, bool commaOk) {
  if (!e->type) unsupported(e->pos, "x.(type) outside a type switch");
  const types::Type* src = typeOf(e->x);
  const types::Type* want = typeOf(e->type);
  if (!src || !want) unsupported(e->pos, "this type assertion");
  std::string x = expr(e->x);
  std::string T = cppType(want, e->pos);
  if (want->kind == types::TypeKind::TypeParam) {  // (generic.cpp)
    if (commaOk) return "go::assert_type_param_ok<" + T + ">(" + x + ", " + typeDesc(want, e->pos) + ")";
    return "go::assert_type_param<" + T + ">(" + x + ", " + typeDesc(want, e->pos) + ", " + typeDesc(src, e->pos) + ")";
  }
  if (isInterfaceType(want)) {
    return std::string(commaOk ? "go::assert_iface_ok<" : "go::assert_iface<") + T + ">(" + x + ", " + typeDesc(want, e->pos) + ")";
  }
  if (commaOk) return "go::assert_type_ok<" + T + ">(" + x + ", " + typeDesc(want, e->pos) + ")";
  return "go::assert_type<" + T + ">(" + x + ", " + typeDesc(want, e->pos) + ", " + typeDesc(src, e->pos) + ")";
}

std::string Emitter::interfaceCompare(const syntax::BinaryExpr* e) {
  std::string eq = interfaceEqual(expr(e->x), typeOf(e->x), expr(e->y), typeOf(e->y), e->pos);
  return std::string(e->op == syntax::Token::Eql ? "" : "!") + eq;
}

std::string Emitter::interfaceEqual(const std::string& x, const types::Type* xt, const std::string& y,
                                    const types::Type* yt, diag::Pos at) {
  // A concrete operand is boxed; the comparison is then between interfaces.
  auto side = [&](const std::string& v, const types::Type* vt, const types::Type* other) {
    if (isInterfaceType(vt)) return v;
    std::string boxed = types::isUntyped(vt) ? v : toInterface(v, vt, other, at);
    return boxed.rfind("go::box(", 0) == 0 ? boxed : "go::any(" + boxed + ")";
  };
  return "go::equal(" + side(x, xt, yt) + ", " + side(y, yt, xt) + ")";
}

void Emitter::typeSwitchStmt(const syntax::TypeSwitchStmt* s, const std::string& goLabel) {
  Target t;
  t.goLabel = goLabel;
  t.breakLabel = "break_" + (goLabel.empty() ? std::to_string(++counter) : cppName(goLabel));
  out->at(s->pos);
  out->write("{");
  out->indent();
  if (s->init) stmt(s->init);
  const types::Type* xt = typeOf(s->guard->x);
  std::string x = fresh("x");
  sequenceCalls({s->guard->x}, s->guard->pos);
  out->at(s->guard->pos);
  out->write(cppType(xt, s->pos) + " " + x + " = " + expr(s->guard->x) + ";");

  std::vector<const syntax::CaseClause*> order;
  const syntax::CaseClause* deflt = nullptr;
  for (const syntax::CaseClause* c : s->clauses) {
    if (c->isDefault) deflt = c;
    else order.push_back(c);
  }
  if (deflt) order.push_back(deflt);

  targets.push_back(t);
  bool first = true;
  for (const syntax::CaseClause* c : order) {
    std::string cond;
    const types::Type* single = nullptr;
    for (const syntax::Expr* te : c->list) {
      const types::Type* ct = typeOf(te);
      std::string one;
      if (!ct || isUntypedNil(ct)) one = "go::is_nil(" + x + ")";
      else if (ct->kind == types::TypeKind::TypeParam)  // an interface or not, by the type argument (generic.cpp)
        one = "go::is_type_param<" + cppType(ct, te->pos) + ">(" + x + ", " + typeDesc(ct, te->pos) + ")";
      else if (isInterfaceType(ct)) one = "go::implements(" + x + ", " + typeDesc(ct, te->pos) + ")";
      else one = "go::is_type(" + x + ", " + typeDesc(ct, te->pos) + ")";
      cond += (cond.empty() ? "" : " || ") + one;
      if (c->list.size() == 1 && ct && !isUntypedNil(ct)) single = ct;
    }
    out->at(c->pos);
    if (c->isDefault) out->write(first ? "{" : "} else {");
    else out->write(std::string(first ? "" : "} else ") + "if (" + cond + ") {");
    first = false;
    out->indent();
    if (auto it = info.implicits.find(c); s->binding && it != info.implicits.end() && s->binding->name != "_") {
      const types::Object* v = it->second;
      std::string init = x;
      if (single && single->kind == types::TypeKind::TypeParam) init = "go::type_param_value<" + cppType(single, c->pos) + ">(" + x + ")";
      else if (single && !isInterfaceType(single)) init = "go::unbox<" + cppType(single, c->pos) + ">(" + x + ")";
      else if (single && !types::identical(single, xt))
        init = interfaceMethods(single).empty() ? "go::any(" + x + ")"
                                                : "go::assert_iface<" + cppType(single, c->pos) + ">(" + x + ", " + typeDesc(single, c->pos) + ")";
      std::string name = declareLocal(v);
      // case t: with a local type t under the binding t: C++ would take
      // the t of unbox<t> for the variable being declared.
      for (const syntax::Expr* te : c->list)
        forEachNodeDeep(te, [&](const syntax::Node* n) {
          if (const auto* id = n->as<syntax::Ident>(); id && cppName(id->name) == name) name = localNames[v] = fresh(name);
        });
      out->at(s->binding->pos);
      out->write("[[maybe_unused]] " + varDecl(v, name, init, s->binding->pos) + ";");
    }
    stmtList(c->body);
    out->dedent();
  }
  if (!first) {
    out->line();
    out->write("}");
  }
  t = targets.back();
  targets.pop_back();
  out->dedent();
  out->line("}");
  closeTarget(t);
}

std::string Emitter::methodTableReceiver(const types::Type* t, const std::string& baseType) const {
  const types::Type* u = t->kind == types::TypeKind::Pointer ? nullptr : types::underlying(const_cast<types::Type*>(t));
  bool pointerShaped = u && (u->kind == types::TypeKind::Map || u->kind == types::TypeKind::Chan);
  if (pointerShaped) return "reinterpret_cast<" + baseType + "*>(&data)";
  return "static_cast<" + baseType + "*>(data)";
}

}  // namespace emit
