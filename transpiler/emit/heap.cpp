// This file implements the printer's stand-in for escape analysis: local
// variables whose address is taken live on the heap.
//
// A Go variable may outlive its function once its address is taken (&x, a
// slice of a local array, a pointer-receiver method call on it). Until the
// escape stage decides which of those really escape, every such variable is
// "moved to heap" as gc would do for an escaping one: it is declared as a
// reference to a GC-allocated object,
//
//     go::int_& x = *go::new_<go::int_>(1);
//
// so that the rest of the code uses x exactly like any other variable and
// &x stays valid for as long as the program holds it.
#include "emit/emitter.hpp"
#include "emit/walk.hpp"

namespace emit {

using syntax::NodeKind;

namespace {

// Whether t names a type declared inside a function: a slot declared at
// the function's start would come before that type's declaration.
bool usesLocalType(const types::Type* t) {
  if (!t) return false;
  switch (t->kind) {
    case types::TypeKind::Named: {
      const auto* n = t->as<types::Named>();
      if (n->obj && n->obj->parent && n->obj->pkg && n->obj->parent != n->obj->pkg->scope) return true;
      for (const types::Type* a : n->typeArgs)
        if (usesLocalType(a)) return true;
      return false;  // a package-level type holds no local one
    }
    case types::TypeKind::Pointer: return usesLocalType(t->as<types::Pointer>()->elem);
    case types::TypeKind::Array: return usesLocalType(t->as<types::Array>()->elem);
    case types::TypeKind::Slice: return usesLocalType(t->as<types::Slice>()->elem);
    case types::TypeKind::Map: return usesLocalType(t->as<types::Map>()->key) || usesLocalType(t->as<types::Map>()->elem);
    case types::TypeKind::Chan: return usesLocalType(t->as<types::Chan>()->elem);
    case types::TypeKind::Struct:
      for (const types::Field& f : t->as<types::Struct>()->fields)
        if (usesLocalType(f.var->type)) return true;
      return false;
    case types::TypeKind::Signature: {
      const auto* s = t->as<types::Signature>();
      for (const types::Tuple* tu : {s->params, s->results})
        if (tu)
          for (const types::Object* v : tu->vars)
            if (usesLocalType(v->type)) return true;
      return false;
    }
    default: return false;
  }
}

}  // namespace

const types::Object* Emitter::addressedVariable(const syntax::Expr* e) const {
  // &x, &x.f, &x[i] on arrays: x itself must be addressable memory. Paths
  // through a pointer or a slice already point into the heap.
  for (e = unparen(e);; e = unparen(e)) {
    if (const auto* id = e->as<syntax::Ident>()) {
      const types::Object* obj = info.objectOf(id);
      return obj && obj->kind == types::ObjectKind::Var && !obj->isPackageLevel() ? obj : nullptr;
    }
    const syntax::Expr* next = nullptr;
    if (const auto* sel = e->as<syntax::SelectorExpr>()) next = sel->x;
    else if (const auto* ix = e->as<syntax::IndexExpr>()) next = ix->x;
    else if (const auto* sl = e->as<syntax::SliceExpr>()) next = sl->x;
    if (!next) return nullptr;
    const types::Type* t = typeOf(next);
    const types::Type* u = t ? types::coreType(const_cast<types::Type*>(t)) : nullptr;
    // Through a field or element of a value: the same variable.
    bool sameVariable = u && (u->kind == types::TypeKind::Struct || u->kind == types::TypeKind::Array);
    if (!sameVariable) return nullptr;
    e = next;
  }
}

void Emitter::findHeapVariables(const syntax::FuncDecl* decl) {
  heapVars.clear();
  scanHeapVariables(decl->body, decl->type);
}

void Emitter::scanHeapVariables(const syntax::Node* body, const syntax::FuncType* type) {
  auto visitExpr = [&](const syntax::Expr* e) {
    if (const auto* u = e->as<syntax::UnaryExpr>(); u && u->op == syntax::Token::And) {
      if (const types::Object* v = addressedVariable(u->x)) heapVars.insert(v);
    } else if (const auto* s = e->as<syntax::SliceExpr>()) {
      const types::Type* t = typeOf(s->x);
      const types::Type* u = t ? types::coreType(const_cast<types::Type*>(t)) : nullptr;
      if (u && u->kind == types::TypeKind::Array)
        if (const types::Object* v = addressedVariable(s->x)) heapVars.insert(v);
    } else if (const auto* sel = e->as<syntax::SelectorExpr>()) {
      // v.M() and the method value v.M with a pointer receiver take &v.
      const types::Object* m = info.objectOf(sel->sel);
      if (m && m->kind == types::ObjectKind::Func && m->decl && m->decl->recv) {
        const auto* sig = m->type->as<types::Signature>();
        bool pointerRecv = sig && sig->recv && sig->recv->type->kind == types::TypeKind::Pointer;
        const types::Type* xt = typeOf(sel->x);
        bool valueOperand = xt && types::coreType(const_cast<types::Type*>(xt))->kind != types::TypeKind::Pointer;
        if (pointerRecv && valueOperand)
          if (const types::Object* v = addressedVariable(sel->x)) heapVars.insert(v);
      }
    }
  };
  // Function literals included: their variables are this function's too.
  forEachNodeDeep(body, [&](const syntax::Node* n) {
    if (const auto* e = dynamic_cast<const syntax::Expr*>(n)) visitExpr(e);
  });
  findSharedVariables(body, type);
}

bool Emitter::staysOnStack(const types::Object* var) const { return opts.escape && opts.escape->keepsOnStack(var); }

void Emitter::declareStackSlots(const syntax::BlockStmt* body) {
  if (!opts.escape || !body) return;
  auto visit = [&](const syntax::Expr* e) {
    if (!opts.escape->allocatesOnStack(e) || stackSlots.count(e)) return;
    const types::Type* t = nullptr;
    if (const auto* u = e->as<syntax::UnaryExpr>()) t = typeOf(unparen(u->x));
    else if (const auto* c = e->as<syntax::CallExpr>(); c && c->args.size() == 1) t = typeOf(c->args[0]);
    if (!t || usesLocalType(t)) return;  // a heap allocation instead
    std::string slot = fresh("stack");
    prologue.push_back(cppType(t, e->pos) + " " + slot + "{};");
    stackSlots[e] = slot;
  };
  // Function literals' sites get slots in their own frames (lambda()).
  forEachStmt(body, [&](const syntax::Stmt* s) {
    forEachExprOf(s, visit);
    return true;
  });
}

std::string Emitter::stackAllocation(const syntax::Expr* site, const std::string& value) {
  auto it = stackSlots.find(site);
  if (it == stackSlots.end()) return "";
  // The pointer never outlives this call (escape::analyze), and one slot
  // serves every iteration of a loop: a pointer kept across iterations
  // would have been declared outside the loop, which makes it escape.
  return "(" + it->second + " = " + value + ", &" + it->second + ")";
}

std::string Emitter::varDecl(const types::Object* obj, const std::string& name, const std::string& init,
                             diag::Pos at) {
  std::string type = cppType(obj->type, at);
  if (heapVars.count(obj) && !staysOnStack(obj)) return type + "& " + name + " = *go::new_<" + type + ">(" + init + ")";
  return type + " " + name + (init.empty() ? "{}" : " = " + init);
}

}  // namespace emit
