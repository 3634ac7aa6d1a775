// This file implements index and slice expressions (spec: "Index
// expressions", "Slice expressions"), with the constant-index checks gc
// reports at compile time.
#include "types/checker.hpp"

namespace types {

using namespace syntax;

// Checks an index operand: an integer (or untyped constant representable as
// int), not negative, below max when max >= 0. Sets *value for constants.
bool Checker::index(const Expr* e, int64_t max, int64_t* value) {
  Operand x;
  expr(x, e);
  if (x.invalid()) return false;
  if (x.mode == Mode::Constant && isUntyped(x.type)) {
    std::string cause;
    Operand probe = x;
    if (!representable(probe, ctx.basic(BasicKind::Int)->as<Basic>(), &cause)) {
      if (cause == "truncated") error(e->pos, operandString(x) + " truncated to int");
      else if (cause == "overflows") error(e->pos, operandString(x) + " overflows int");
      else error(e->pos, "invalid argument: index " + operandString(x) + " must be integer");
      return false;
    }
    convertUntyped(x, ctx.basic(BasicKind::Int));
  } else if (isUntyped(x.type)) {
    // An untyped non-constant (a[1.<<s]) becomes an int, as types2 does.
    convertUntyped(x, ctx.basic(BasicKind::Int));
    if (x.invalid()) return false;
  }
  if (!isInteger(x.type)) {
    error(e->pos, "invalid argument: index " + operandString(x) + " must be integer");
    return false;
  }
  if (x.mode == Mode::Constant) {
    auto v = x.val.int64Val();
    if (!v) {
      error(e->pos, "invalid argument: index " + operandString(x) + " overflows int");
      return false;
    }
    if (*v < 0) {
      Operand shown = x;
      shown.type = isUntyped(x.type) ? ctx.basic(BasicKind::Int) : x.type;
      error(e->pos, "invalid argument: index " + exprString(e) + " (constant of type " + typeString(shown.type) +
                        ") must not be negative");
      return false;
    }
    if (max >= 0 && *v >= max) {
      error(e->pos, "invalid argument: index " + exprString(e) + " out of bounds [0:" + std::to_string(max) + "]");
      return false;
    }
    if (value) *value = *v;
  }
  return true;
}

void Checker::indexExpr(Operand& x, const IndexExpr* e) {
  exprOrType(x, e->x);
  if (x.invalid()) return;
  if (x.mode == Mode::TypeExpr) {
    auto* n = x.type->as<Named>();
    if (!n || !n->isGeneric()) {
      error(e->x->pos, exprString(e->x) + " is not a generic type");
      x.mode = Mode::Invalid;
      return;
    }
    x.type = instantiatedType(e, n);
    x.mode = isBasic(x.type, BasicKind::Invalid) ? Mode::Invalid : Mode::TypeExpr;
    x.expr = e;
    if (!x.invalid()) record(x);
    return;
  }
  if (auto* sig = x.type ? x.type->as<Signature>() : nullptr; sig && !sig->typeParams.empty()) {
    instantiateFunc(x, e);
    return;
  }
  if (e->indices.size() != 1) {
    error(e->pos, "unexpected comma; expecting ]");
    x.mode = Mode::Invalid;
    return;
  }
  const Expr* ie = e->indices[0];
  Type* u = coreType(x.type);
  if (auto* p = u->as<Pointer>()) {
    if (auto* a = underlying(p->elem)->as<Array>()) {
      index(ie, a->len, nullptr);
      x.mode = Mode::Variable;
      x.type = a->elem;
      x.expr = e;
      record(x);
      return;
    }
  }
  switch (u->kind) {
    case TypeKind::Basic:
      if (isString(u)) {
        int64_t max = x.mode == Mode::Constant ? static_cast<int64_t>(x.val.stringVal().size()) : -1;
        int64_t i = -1;
        if (!index(ie, max, &i)) { x.mode = Mode::Invalid; return; }
        // Even a constant index of a constant string yields a byte value,
        // not a constant (spec: "Index expressions"; -"abc"[1] is valid).
        (void)i;
        x.mode = Mode::Value;
        x.val = Constant();
        x.type = ctx.universe()->lookupLocal("byte")->type;
        x.expr = e;
        record(x);
        return;
      }
      break;
    case TypeKind::Array: {
      index(ie, u->as<Array>()->len, nullptr);
      if (x.mode != Mode::Variable) x.mode = Mode::Value;
      x.type = u->as<Array>()->elem;
      x.expr = e;
      record(x);
      return;
    }
    case TypeKind::Slice:
      index(ie, -1, nullptr);
      x.mode = Mode::Variable;
      x.type = u->as<Slice>()->elem;
      x.expr = e;
      record(x);
      return;
    case TypeKind::Map: {
      auto* m = u->as<Map>();
      Operand k;
      rawExpr(k, ie, m->key);
      if (!k.invalid()) assignment(k, m->key, "map index");
      x.mode = Mode::MapIndex;
      x.type = m->elem;
      x.expr = e;
      record(x);
      return;
    }
    default: break;
  }
  if (indexTypeParam(x, e)) return;
  error(e->pos, "invalid operation: cannot index " + operandString(x));
  x.mode = Mode::Invalid;
}

// x[i] where x's type is a type parameter without a core type (go/types'
// rule): every type of its set must be indexable with the same element
// type; maps cannot mix with the others and need identical keys.
bool Checker::indexTypeParam(Operand& x, const IndexExpr* e) {
  Interface* it = x.type->as<TypeParam>() ? interfaceOf(x.type) : nullptr;
  if (!it || it->allTypes || it->terms.empty()) return false;
  Type *key = nullptr, *elem = nullptr;
  int64_t length = -1;
  Mode mode = Mode::Variable;
  bool first = true;
  for (const Term& term : it->terms) {
    Type* u = underlying(term.type);
    Type *k = nullptr, *el = nullptr;
    int64_t l = -1;
    if (isString(u)) {
      el = ctx.universe()->lookupLocal("byte")->type;
      mode = Mode::Value;
    } else if (auto* a = u->as<Array>()) {
      l = a->len;
      el = a->elem;
      if (x.mode != Mode::Variable) mode = Mode::Value;
    } else if (auto* p = u->as<Pointer>(); p && underlying(p->elem)->as<Array>()) {
      l = underlying(p->elem)->as<Array>()->len;
      el = underlying(p->elem)->as<Array>()->elem;
    } else if (auto* sl = u->as<Slice>()) {
      el = sl->elem;
    } else if (auto* m = u->as<Map>()) {
      k = m->key;
      el = m->elem;
    }
    if (!el) return false;
    if (first) {
      first = false;
      length = l;
      key = k;
      elem = el;
      continue;
    }
    if ((key == nullptr) != (k == nullptr) || (key && !identical(key, k)) || !identical(elem, el)) return false;
    if (l >= 0 && l < length) length = l;
  }
  if (e->indices.size() != 1) return false;
  const Expr* ie = e->indices[0];
  if (key) {
    Operand k;
    expr(k, ie);
    if (!k.invalid()) assignment(k, key, "map index");
    x.mode = Mode::MapIndex;
  } else {
    index(ie, length, nullptr);
    x.mode = mode;
  }
  x.type = elem;
  x.val = Constant();
  x.expr = e;
  record(x);
  return true;
}

void Checker::sliceExpr(Operand& x, const SliceExpr* e) {
  expr(x, e->x);
  if (x.invalid()) return;
  Type* u = coreType(x.type);
  int64_t length = -1;
  Type* result = nullptr;
  if (isString(u)) {
    if (e->slice3) {
      error(e->max ? startPosOf(e->max) : e->rbrack, "invalid operation: 3-index slice of string");
      x.mode = Mode::Invalid;
      return;
    }
    if (x.mode == Mode::Constant) length = static_cast<int64_t>(x.val.stringVal().size());
    result = isUntyped(x.type) ? ctx.basic(BasicKind::String) : x.type;
  } else if (auto* a = u->as<Array>()) {
    if (x.mode != Mode::Variable) {
      error(e->pos, "invalid operation: " + exprString(e->x) + " (slice of unaddressable value)");
      x.mode = Mode::Invalid;
      return;
    }
    length = a->len;
    result = ctx.types().make<Slice>(a->elem);
  } else if (auto* p = u->as<Pointer>(); p && underlying(p->elem)->as<Array>()) {
    auto* arr = underlying(p->elem)->as<Array>();
    length = arr->len;
    result = ctx.types().make<Slice>(arr->elem);
  } else if (u->as<Slice>()) {
    result = x.type;
  } else {
    error(e->pos, "cannot slice " + operandString(x));
    x.mode = Mode::Invalid;
    return;
  }
  int64_t bound = length >= 0 ? length + 1 : -1;
  int64_t vals[3] = {-1, -1, -1};
  const Expr* parts[3] = {e->lo, e->hi, e->max};
  for (int i = 0; i < 3; ++i)
    if (parts[i]) index(parts[i], bound, &vals[i]);
  // Constant indices must be in order.
  for (int i = 0; i < 3; ++i)
    for (int j = i + 1; j < 3; ++j)
      if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j])
        error(parts[j]->pos, "invalid slice indices: " + std::to_string(vals[j]) + " < " + std::to_string(vals[i]));
  x.mode = Mode::Value;
  x.type = result;
  x.val = Constant();
  x.expr = e;
  record(x);
}

}  // namespace types
