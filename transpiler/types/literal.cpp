// This file implements composite literals (spec: "Composite literals") and
// function literals.
#include "types/checker.hpp"

namespace types {

using namespace syntax;

void Checker::compositeLit(Operand& x, const CompositeLit* e, Type* hint) {
  Type* elidedPointer = nullptr;
  Type* t = nullptr;
  if (e->type) {
    if (auto* at = e->type->as<ArrayType>(); at && at->len && at->len->is<Ellipsis>()) {
      // [...]T{...}: the length is the literal's.
      Type* elem = typExpr(at->elem);
      int64_t max = 0, idx = 0;
      for (const Expr* el : e->elts) {
        if (auto* kv = el->as<KeyValueExpr>()) {
          int64_t k = -1;
          if (index(kv->key, -1, &k) && k >= 0) idx = k;
          Operand v;
          rawExpr(v, kv->value, elem);
          if (!v.invalid()) assignment(v, elem, "array or slice literal");
        } else {
          Operand v;
          rawExpr(v, el, elem);
          if (!v.invalid()) assignment(v, elem, "array or slice literal");
        }
        ++idx;
        max = std::max(max, idx);
      }
      t = ctx.types().make<Array>(elem, max);
      info.types[e->type] = TypeAndValue{Mode::TypeExpr, t, {}};
      x.mode = Mode::Value;
      x.type = t;
      x.expr = e;
      record(x);
      return;
    }
    t = typExpr(e->type);
  } else if (hint) {
    t = hint;
    // &T elided in []*T{{...}}: checked as a T literal, typed *T (as go/types).
    if (auto* p = coreType(hint)->as<Pointer>()) {
      t = p->elem;
      elidedPointer = hint;
    }
  } else {
    error(e->pos, "invalid composite literal type: missing type");
    x.mode = Mode::Invalid;
    return;
  }
  Type* u = coreType(t);
  switch (u->kind) {
    case TypeKind::Struct: {
      auto* st = u->as<Struct>();
      if (!e->elts.empty() && e->elts[0]->is<KeyValueExpr>()) {
        for (const Expr* el : e->elts) {
          auto* kv = el->as<KeyValueExpr>();
          auto* key = kv ? kv->key->as<Ident>() : nullptr;
          if (!key) {
            error(el->pos, "mixture of field:value and value elements in struct literal");
            continue;
          }
          const Field* field = nullptr;
          for (auto& f : st->fields)
            if (f.var->name == key->name) field = &f;
          if (!field) {
            error(key->pos, "unknown field " + key->name + " in struct literal of type " + typeString(t));
            continue;
          }
          info.uses[key] = field->var;
          Operand v;
          rawExpr(v, kv->value, field->var->type);
          if (!v.invalid()) assignment(v, field->var->type, "struct literal");
        }
      } else {
        for (size_t i = 0; i < e->elts.size(); ++i) {
          if (e->elts[i]->is<KeyValueExpr>()) {
            error(e->elts[i]->pos, "mixture of field:value and value elements in struct literal");
            continue;
          }
          if (i >= st->fields.size()) {
            error(e->elts[i]->pos, "too many values in struct literal of type " + typeString(t));
            break;
          }
          Operand v;
          rawExpr(v, e->elts[i], st->fields[i].var->type);
          if (!v.invalid()) assignment(v, st->fields[i].var->type, "struct literal");
        }
        if (!e->elts.empty() && e->elts.size() < st->fields.size())
          error(e->rbrace.isKnown() ? e->rbrace : e->pos, "too few values in struct literal of type " + typeString(t));
      }
      break;
    }
    case TypeKind::Array:
    case TypeKind::Slice: {
      Type* elem = u->kind == TypeKind::Array ? u->as<Array>()->elem : u->as<Slice>()->elem;
      int64_t len = u->kind == TypeKind::Array ? u->as<Array>()->len : -1;
      int64_t idx = 0;
      for (const Expr* el : e->elts) {
        const Expr* val = el;
        if (auto* kv = el->as<KeyValueExpr>()) {
          int64_t k = -1;
          if (index(kv->key, len, &k) && k >= 0) idx = k;
          val = kv->value;
        } else if (len >= 0 && idx >= len) {
          error(el->pos, "index " + std::to_string(idx) + " out of bounds [0:" + std::to_string(len) + "]");
        }
        Operand v;
        rawExpr(v, val, elem);
        if (!v.invalid()) assignment(v, elem, "array or slice literal");
        ++idx;
      }
      break;
    }
    case TypeKind::Map: {
      auto* m = u->as<Map>();
      for (const Expr* el : e->elts) {
        auto* kv = el->as<KeyValueExpr>();
        if (!kv) {
          error(el->pos, "missing key in map literal");
          continue;
        }
        Operand k, v;
        rawExpr(k, kv->key, m->key);
        if (!k.invalid()) assignment(k, m->key, "map literal");
        rawExpr(v, kv->value, m->elem);
        if (!v.invalid()) assignment(v, m->elem, "map literal");
      }
      break;
    }
    default:
      if (!isBasic(u, BasicKind::Invalid)) error(e->pos, "invalid composite literal type " + typeString(t));
      x.mode = Mode::Invalid;
      return;
  }
  x.mode = Mode::Value;
  x.type = elidedPointer ? elidedPointer : t;
  x.expr = e;
  record(x);
}

void Checker::funcLit(Operand& x, const FuncLit* e) {
  Scope* s = ctx.newScope(scope);
  s->isFunc = true;
  info.scopes[e->type] = s;
  Signature* sig = funcType(e->type, nullptr, s);
  if (e->body) funcBody(nullptr, sig, e->body, s);
  x.mode = Mode::Value;
  x.type = sig;
  x.expr = e;
  record(x);
}

}  // namespace types
