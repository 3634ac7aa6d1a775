// This file implements the escape graph's expressions: where each kind of
// expression's value comes from (gc's escape/expr.go). expr(k, e) sends the
// value of e into the hole k; &x shifts the hole one dereference up
// (k.addr()), *p one down (k.deref()).
#include "escape/builder.hpp"

namespace escape {

using syntax::NodeKind;
using types::TypeKind;

bool hasPointers(const types::Type* t) {
  t = t ? types::underlying(const_cast<types::Type*>(t)) : nullptr;
  if (!t) return true;
  switch (t->kind) {
    case TypeKind::Basic: {
      auto k = t->as<types::Basic>()->basic;
      return k == types::BasicKind::String || k == types::BasicKind::UnsafePointer ||
             k == types::BasicKind::UntypedString || k == types::BasicKind::UntypedNil;
    }
    case TypeKind::Array: return t->as<types::Array>()->len > 0 && hasPointers(t->as<types::Array>()->elem);
    case TypeKind::Struct:
      for (const types::Field& f : t->as<types::Struct>()->fields)
        if (hasPointers(f.var->type)) return true;
      return false;
    default: return true;
  }
}

bool isPointerShaped(const types::Type* t) {
  t = t ? types::underlying(const_cast<types::Type*>(t)) : nullptr;
  if (!t) return false;
  switch (t->kind) {
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature: return true;
    case TypeKind::Basic: return t->as<types::Basic>()->basic == types::BasicKind::UnsafePointer;
    default: return false;
  }
}

const types::Type* Builder::typeOf(const syntax::Expr* e) const {
  const types::TypeAndValue* tv = info_.typeOf(e);
  return tv ? tv->type : nullptr;
}

const types::Type* Builder::coreOf(const syntax::Expr* e) const {
  const types::Type* t = typeOf(e);
  return t ? types::coreType(const_cast<types::Type*>(t)) : nullptr;
}

Location* Builder::varLoc(const types::Object* var) {
  auto it = vars_.find(var);
  if (it != vars_.end()) return it->second;
  Location* l = g_.newLocation(Location::Var, fn_, loopDepth_);
  l->var = var;
  vars_[var] = l;
  return l;
}

Location* Builder::use(const types::Object* var) {
  Location* l = varLoc(var);
  // A variable of an enclosing function used in a function literal: the
  // closure may outlive the frame, and it reaches the variable by address.
  if (l->fn != fn_) g_.flow(heapHole().addr(), l);
  return l;
}

Location* Builder::allocation(const syntax::Expr* site, std::string text) {
  Location* l = g_.newLocation(Location::Alloc, fn_, loopDepth_);
  l->site = site;
  l->siteText = std::move(text);
  allocs_.push_back(l);
  return l;
}

void Builder::expr(Hole k, const syntax::Expr* e) {
  if (!e) return;
  const types::TypeAndValue* tv = info_.typeOf(e);
  if (tv && (tv->mode == types::Mode::Constant || tv->mode == types::Mode::TypeExpr)) return;
  // A value without pointers carries no address anywhere (gc does the same).
  if (k.dst && k.derefs >= 0 && tv && tv->type && tv->type->kind != TypeKind::Tuple && !hasPointers(tv->type))
    k = discard();
  switch (e->kind) {
    case NodeKind::ParenExpr: return expr(k, e->as<syntax::ParenExpr>()->x);
    case NodeKind::Ident: {
      const types::Object* obj = info_.objectOf(e->as<syntax::Ident>());
      // Package variables are the heap already; functions and nil hold nothing.
      if (obj && obj->kind == types::ObjectKind::Var && !obj->isPackageLevel() && !obj->isField)
        g_.flow(k, use(obj));
      return;
    }
    case NodeKind::CompositeLit: return compositeLit(k, e->as<syntax::CompositeLit>());
    case NodeKind::FuncLit: return closure(k, e->as<syntax::FuncLit>());
    case NodeKind::SelectorExpr: return selector(k, e->as<syntax::SelectorExpr>());
    case NodeKind::IndexExpr: {
      const auto* ix = e->as<syntax::IndexExpr>();
      for (const syntax::Expr* i : ix->indices) expr(discard(), i);
      const types::Type* u = coreOf(ix->x);
      if (!u) return expr(heapHole(), ix->x);
      switch (u->kind) {
        case TypeKind::Array: return expr(k, ix->x);               // part of the array value
        case TypeKind::Pointer:                                    // p[i] on *[N]T
        case TypeKind::Slice: return expr(k.deref(), ix->x);       // the backing array
        case TypeKind::Signature: return;                          // F[int]: an instance
        default: return expr(discard(), ix->x);                    // strings, maps: from the heap
      }
    }
    case NodeKind::SliceExpr: {
      const auto* s = e->as<syntax::SliceExpr>();
      for (const syntax::Expr* i : {s->lo, s->hi, s->max}) expr(discard(), i);
      const types::Type* u = coreOf(s->x);
      // a[i:j] of an array value points into the array: its address.
      if (u && u->kind == TypeKind::Array) return expr(k.addr(), s->x);
      return expr(k, s->x);
    }
    case NodeKind::TypeAssertExpr: {
      // x.(T) for a T stored boxed is the box's content: one dereference.
      const types::Type* t = typeOf(e);
      bool boxed = t && !isPointerShaped(t) && !types::isInterface(t);
      return expr(boxed ? k.deref() : k, e->as<syntax::TypeAssertExpr>()->x);
    }
    case NodeKind::CallExpr: {
      std::vector<Hole> ks;
      const types::Type* t = typeOf(e);
      if (t && t->kind == TypeKind::Tuple) {
        // Only the first result is used here (f() as a statement: none).
        ks.assign(t->as<types::Tuple>()->vars.size(), discard());
        if (!ks.empty()) ks[0] = k;
      } else {
        ks.push_back(k);
      }
      return call(ks, e->as<syntax::CallExpr>());
    }
    case NodeKind::StarExpr: return expr(k.deref(), e->as<syntax::StarExpr>()->x);
    case NodeKind::UnaryExpr: {
      const auto* u = e->as<syntax::UnaryExpr>();
      if (u->op != syntax::Token::And) return expr(discard(), u->x);  // -x, !x, <-ch: no pointers kept
      if (const auto* lit = unparen(u->x)->as<syntax::CompositeLit>()) {
        const types::Type* t = typeOf(lit);
        Location* a = allocation(e, "&" + (t ? types::typeString(t) : std::string("T")) + "{...}");
        compositeLit(Hole{a, 0}, lit);
        return g_.flow(k.addr(), a);
      }
      return expr(k.addr(), u->x);
    }
    case NodeKind::BinaryExpr:
      // Comparisons, arithmetic and string concatenation keep no pointer
      // into their operands.
      expr(discard(), e->as<syntax::BinaryExpr>()->x);
      return expr(discard(), e->as<syntax::BinaryExpr>()->y);
    case NodeKind::KeyValueExpr: return expr(k, e->as<syntax::KeyValueExpr>()->value);
    default: return;  // literals, type expressions
  }
}

void Builder::valueTo(Hole k, const syntax::Expr* e, const types::Type* target) {
  const types::Type* t = typeOf(e);
  if (!target || !t || !types::isInterface(target) || types::isInterface(t) || isPointerShaped(t) ||
      t->kind == TypeKind::Tuple || (t->kind == TypeKind::Basic && t->as<types::Basic>()->basic == types::BasicKind::UntypedNil))
    return expr(k, e);
  // An implicit conversion to an interface: the value is copied into a box
  // (for constants too, which gc reports although it boxes them statically).
  Location* box = allocation(e, "");
  expr(Hole{box, 0}, e);
  g_.flow(k.addr(), box);
}

void Builder::multi(const std::vector<Hole>& ks, const syntax::Expr* e) {
  e = unparen(e);
  if (const auto* c = e->as<syntax::CallExpr>()) return call(ks, c);
  // v, ok = x.(T) / m[k] / <-ch: the first value as a single one.
  expr(ks.empty() ? discard() : ks[0], e);
}

void Builder::element(Hole k, const syntax::Expr* elt, const types::Type* elemType) {
  const syntax::Expr* v = unparen(elt);
  const auto* lit = v->as<syntax::CompositeLit>();
  const types::Type* u = elemType ? types::underlying(const_cast<types::Type*>(elemType)) : nullptr;
  if (lit && !lit->type && u && u->kind == TypeKind::Pointer) {
    // {...} for a *T element: an implicit &T{...}.
    Location* a = allocation(lit, "&" + types::typeString(u->as<types::Pointer>()->elem) + "{...}");
    compositeLit(Hole{a, 0}, lit);
    return g_.flow(k.addr(), a);
  }
  valueTo(k, elt, elemType);
}

void Builder::compositeLit(Hole k, const syntax::CompositeLit* lit) {
  const types::Type* t = typeOf(lit);
  const types::Type* u = t ? types::coreType(const_cast<types::Type*>(t)) : nullptr;
  if (!u) {
    for (const syntax::Expr* elt : lit->elts) expr(heapHole(), elt);
    return;
  }
  auto value = [](const syntax::Expr* elt) {
    const auto* kv = elt->as<syntax::KeyValueExpr>();
    return kv ? kv->value : elt;
  };
  switch (u->kind) {
    case TypeKind::Struct: {
      const auto& fields = u->as<types::Struct>()->fields;
      for (size_t i = 0; i < lit->elts.size(); i++) {
        const types::Type* ft = nullptr;
        if (const auto* kv = lit->elts[i]->as<syntax::KeyValueExpr>()) {
          if (const auto* id = kv->key->as<syntax::Ident>())
            for (const types::Field& f : fields)
              if (f.var->name == id->name) ft = f.var->type;
        } else if (i < fields.size()) {
          ft = fields[i].var->type;
        }
        element(k, value(lit->elts[i]), ft);
      }
      return;
    }
    case TypeKind::Array:
      for (const syntax::Expr* elt : lit->elts) element(k, value(elt), u->as<types::Array>()->elem);
      return;
    case TypeKind::Slice: {
      Location* a = allocation(lit, types::typeString(t) + "{...}");
      for (const syntax::Expr* elt : lit->elts) element(Hole{a, 0}, value(elt), u->as<types::Slice>()->elem);
      return g_.flow(k.addr(), a);
    }
    case TypeKind::Map: {
      Location* a = allocation(lit, types::typeString(t) + "{...}");
      for (const syntax::Expr* elt : lit->elts) {
        if (const auto* kv = elt->as<syntax::KeyValueExpr>()) {
          element(heapHole(), kv->key, u->as<types::Map>()->key);
          element(heapHole(), kv->value, u->as<types::Map>()->elem);
        } else {
          expr(heapHole(), elt);
        }
      }
      return g_.flow(k.addr(), a);
    }
    default:
      for (const syntax::Expr* elt : lit->elts) expr(heapHole(), value(elt));
      return;
  }
}

void Builder::selector(Hole k, const syntax::SelectorExpr* e) {
  const types::Selection* s = info_.selectionOf(e);
  if (!s) return;  // pkg.Name: a package variable is the heap, a function holds nothing
  switch (s->kind) {
    case types::SelectionKind::FieldVal:
      // x.f is part of x's value; through a pointer, one dereference away
      // (several embedded pointers count as one: fewer is the safe side).
      return expr(s->indirect ? k.deref() : k, e->x);
    case types::SelectionKind::MethodVal:
      // A method value binds its receiver in a closure nobody tracks.
      return receiverTo(heapHole(), e);
    case types::SelectionKind::MethodExpr: return;
  }
}

void Builder::closure(Hole k, const syntax::FuncLit* lit) {
  Location* c = allocation(lit, "func literal");
  g_.flow(k.addr(), c);
  auto inner = std::make_unique<FuncInfo>();
  inner->lit = lit;
  inner->outer = fn_;
  FuncInfo* saved = fn_;
  int savedDepth = loopDepth_;
  fn_ = inner.get();
  g_.funcs.push_back(std::move(inner));
  // The literal's parameters get values from callers nobody tracks (which
  // hold no pointer into this frame); its results go to the heap.
  for (const syntax::FieldList* fl : {lit->type->params, lit->type->results}) {
    if (!fl) continue;
    for (const syntax::Field* f : fl->list)
      for (const syntax::Ident* id : f->names)
        if (const types::Object* obj = info_.objectOf(id)) {
          Location* l = varLoc(obj);
          if (fl == lit->type->results) g_.flow(heapHole(), l);
        }
  }
  body(fn_);
  fn_ = saved;
  loopDepth_ = savedDepth;
}

}  // namespace escape
