// This file implements the printing of maps (go/map.hpp is the runtime):
//
//   map[string]int               go::map<go::string, go::int_>
//   make(map[K]V, n)             go::make_map<K, V>(n)
//   map[K]V{"a": 1}              go::map<K, V>{{"a", 1}}
//   m[k]  /  v, ok := m[k]       m.get(k)  /  std::tie(v, ok) = m.get_ok(k)
//   m[k] = v, m[k] += v, m[k]++  m[k] = v, m[k] += v, m[k]++
//   delete(m, k)                 go::delete_(m, k)
//   for k, v := range m {...}    for (auto it_1 = go::iterate(m); it_1.next();) { K k = it_1.key(); ... }
//
// m[k] is a value (get) everywhere except as the target of an assignment,
// where operator[] inserts the key and returns a reference to its value.
// C++17 evaluates the right side of = and op= before the left, so the
// entry is inserted only once the value exists, as in Go; the reference is
// used at once, before anything else can grow the map. Statements with two
// map entries as targets (a, m[k] = ...) store them one after the other.
#include "emit/maps.hpp"

#include <functional>

#include "emit/emitter.hpp"
#include "emit/names.hpp"
#include "emit/types.hpp"
#include "emit/walk.hpp"

namespace emit {

using syntax::Token;

namespace {

const types::Map* mapTypeOf(const types::Type* t) {
  const types::Type* u = t ? types::coreType(const_cast<types::Type*>(t)) : nullptr;
  return u ? u->as<types::Map>() : nullptr;
}

}  // namespace

namespace {

bool hashable(const types::Type* t) {
  const types::Type* u = t ? types::coreType(const_cast<types::Type*>(t)) : nullptr;
  if (!u) return false;
  switch (u->kind) {
    case types::TypeKind::Basic: return !types::isUntyped(u);
    case types::TypeKind::Pointer:
    case types::TypeKind::Chan: return true;
    case types::TypeKind::Array: return hashable(u->as<types::Array>()->elem);
    case types::TypeKind::Struct:
      for (const auto& f : u->as<types::Struct>()->fields)
        if (!hashable(f.var->type)) return false;
      return true;
    // Interface keys hash and compare through the dynamic type (go::any,
    // go::iface), also inside arrays and structs (go/map_hash.hpp's
    // hash_of, iface.hpp's ==).
    case types::TypeKind::Interface: return true;
    // A comparable type parameter: its type arguments are (generic.cpp).
    case types::TypeKind::TypeParam: return true;
    default: return false;
  }
}

}  // namespace

bool isHashable(const types::Type* t) { return hashable(t); }

bool Emitter::isMapIndex(const syntax::Expr* e) const {
  const auto* ix = unparen(e)->as<syntax::IndexExpr>();
  return ix && mapTypeOf(typeOf(ix->x));
}

std::string Emitter::mapIndex(const syntax::IndexExpr* e) {
  const auto* t = tv(e);
  bool commaOk = t && t->mode == types::Mode::CommaOk;
  const types::Map* m = mapTypeOf(typeOf(e->x));
  return operand(e->x) + (commaOk ? ".get_ok(" : ".get(") + valueAs(e->indices[0], m->key) + ")";
}

std::string Emitter::mapElementRef(const syntax::Expr* e) {
  const auto* ix = unparen(e)->as<syntax::IndexExpr>();
  const types::Map* m = mapTypeOf(typeOf(ix->x));
  return operand(ix->x) + "[" + valueAs(ix->indices[0], m->key) + "]";
}

std::string Emitter::makeMap(const syntax::CallExpr* e) {
  const types::Type* t = typeOf(e->args[0]);
  const types::Map* m = mapTypeOf(t);
  cppType(t, e->pos);  // refuses keys it cannot hash
  std::string args = "<" + cppType(m->key, e->pos) + ", " + cppType(m->elem, e->pos) + ">(";
  return "go::make_map" + args + (e->args.size() > 1 ? value(e->args[1]) : "") + ")";
}

std::string Emitter::mapLiteral(const syntax::CompositeLit* e, const types::Type* t) {
  const types::Map* m = mapTypeOf(t);
  std::string type = cppType(t, e->pos);
  // An empty literal is a new map, never nil.
  if (e->elts.empty()) return "go::make_map<" + cppType(m->key, e->pos) + ", " + cppType(m->elem, e->pos) + ">()";
  // Braced lists run left to right: Go's order for keys and values.
  std::string s = type + "{";
  for (size_t i = 0; i < e->elts.size(); i++) {
    const auto* kv = e->elts[i]->as<syntax::KeyValueExpr>();
    if (!kv) unsupported(e->elts[i]->pos, "this map literal");
    s += std::string(i ? ", " : "") + "{" + valueAs(kv->key, m->key) + ", " + valueAs(kv->value, m->elem) + "}";
  }
  return s + "}";
}

std::string Emitter::deleteCall(const syntax::CallExpr* e) {
  const types::Type* key = deleteKeyType(typeOf(e->args[0]));
  if (!key) unsupported(e->pos, "delete on this map type");
  return "go::delete_(" + expr(e->args[0]) + ", " + valueAs(e->args[1], key) + ")";
}

// A type parameter's maps may differ in their element types and then have
// no core type, but never in their key types (the spec's rule for delete).
const types::Type* Emitter::deleteKeyType(const types::Type* t) const {
  if (const types::Map* m = mapTypeOf(t)) return m->key;
  const auto* tp = t ? t->as<types::TypeParam>() : nullptr;
  const types::Type* c = tp && tp->constraint ? types::underlying(tp->constraint) : nullptr;
  const auto* iface = c ? c->as<types::Interface>() : nullptr;
  if (!iface || !iface->complete || iface->allTypes || iface->terms.empty()) return nullptr;
  const types::Map* first = mapTypeOf(iface->terms.front().type);
  return first ? first->key : nullptr;
}

// x op= y and x++ on m[k] evaluate m[k]'s operands once in Go. Where the
// printed statement names m[k] twice (m[k] = m.get(k) + s for strings, and
// the checked division and shifts), operands that call functions are
// evaluated first into temporaries.
void Emitter::hoistMapOperands(const syntax::Expr* lhs, diag::Pos at) {
  const auto* ix = unparen(lhs)->as<syntax::IndexExpr>();
  for (const syntax::Expr* x : {ix->x, ix->indices[0]}) {
    std::vector<const syntax::Expr*> calls;
    collectCalls(x, calls);
    bool pending = false;
    for (const auto* c : calls) pending = pending || !hoisted.count(c);
    if (!pending || hoisted.count(x)) continue;
    std::string name = fresh(x == ix->x ? "map" : "key");
    out->at(at);
    out->write(cppType(typeOf(x), at) + " " + name + " = " + value(x) + ";");
    hoisted[x] = name;
  }
}

bool Emitter::mapTupleAssign(const syntax::AssignStmt* s) {
  int targets = 0;
  for (const syntax::Expr* l : s->lhs) targets += isMapIndex(l);
  if (targets < 2) return false;
  // a, m[i], m[j] = x, y, z: every operand first (Go's phase one), then
  // the stores from left to right, each entry inserted just before its store.
  std::vector<const syntax::Expr*> operands(s->lhs.begin(), s->lhs.end());
  operands.insert(operands.end(), s->rhs.begin(), s->rhs.end());
  sequenceCalls(operands, s->pos, s->lhs.size());
  out->at(s->pos);
  out->write("{");
  out->indent();
  // Operands that a store could change before they are used need a
  // temporary; constants, variables this statement does not assign, and
  // literals and arithmetic of those do not.
  std::function<bool(const syntax::Expr*)> stable = [&](const syntax::Expr* x) -> bool {
    x = unparen(x);
    if (const auto* xtv = tv(x); xtv && xtv->mode == types::Mode::Constant) return true;
    if (const auto* id = x->as<syntax::Ident>()) {
      for (const syntax::Expr* l : s->lhs)
        if (const auto* lid = l->as<syntax::Ident>(); lid && info.objectOf(lid) == info.objectOf(id)) return false;
      return true;
    }
    if (const auto* lit = x->as<syntax::CompositeLit>()) {
      for (const syntax::Expr* e : lit->elts) {
        const auto* kv = e->as<syntax::KeyValueExpr>();
        if (kv ? !stable(kv->value) || (!kv->key->is<syntax::Ident>() && !stable(kv->key)) : !stable(e)) return false;
      }
      return true;
    }
    if (const auto* b = x->as<syntax::BinaryExpr>()) return stable(b->x) && stable(b->y);
    if (const auto* u = x->as<syntax::UnaryExpr>()) return u->op != Token::And && u->op != Token::Arrow && stable(u->x);
    return false;
  };
  auto temp = [&](const syntax::Expr* x) {
    if (hoisted.count(x) || stable(x)) return;
    std::string name = fresh(x->is<syntax::Ident>() ? unparen(x)->as<syntax::Ident>()->name : "operand");
    out->line(cppType(typeOf(x), x->pos) + " " + name + " = " + expr(x) + ";");
    hoisted[x] = name;
  };
  for (const syntax::Expr* l : s->lhs) {
    if (const auto* ix = unparen(l)->as<syntax::IndexExpr>()) {
      temp(ix->x);
      for (const syntax::Expr* i : ix->indices) temp(i);
    }
  }
  std::vector<std::string> values;
  if (s->rhs.size() == 1) {
    std::string tuple = fresh("tuple");
    out->line("auto " + tuple + " = " + expr(s->rhs[0]) + ";");
    for (size_t i = 0; i < s->lhs.size(); i++) values.push_back("std::get<" + std::to_string(i) + ">(" + tuple + ")");
  } else {
    for (size_t i = 0; i < s->rhs.size(); i++) {
      std::string name = fresh("value");
      const types::Type* t = typeOf(s->lhs[i]);
      if (!t || types::isUntyped(t)) t = typeOf(s->rhs[i]);  // the blank identifier
      out->line(cppType(t, s->rhs[i]->pos) + " " + name + " = " + value(s->rhs[i]) + ";");
      values.push_back(name);
    }
  }
  for (size_t i = 0; i < s->lhs.size(); i++) {
    if (syntax::isBlank(s->lhs[i])) continue;
    out->line(lvalue(s->lhs[i]) + " = " + values[i] + ";");
  }
  out->dedent();
  out->line("}");
  return true;
}

// `for k := range m { delete(m, k) }` empties m, NaN keys included: gc
// compiles this loop to one call of mapclear, and so do we.
bool Emitter::isMapClearLoop(const syntax::RangeStmt* s) const {
  if (s->tok != Token::Define || !s->key || s->value || s->body->stmts.size() != 1) return false;
  const auto* es = s->body->stmts[0]->as<syntax::ExprStmt>();
  const auto* call = es ? unparen(es->x)->as<syntax::CallExpr>() : nullptr;
  const types::Object* fn = call ? calledFunc(call->fun) : nullptr;
  if (!fn || fn->kind != types::ObjectKind::Builtin || fn->builtin != types::BuiltinId::Delete) return false;
  const auto* m = unparen(s->x)->as<syntax::Ident>();
  const auto* dm = unparen(call->args[0])->as<syntax::Ident>();
  const auto* dk = unparen(call->args[1])->as<syntax::Ident>();
  const auto* k = s->key->as<syntax::Ident>();
  return m && dm && dk && k && info.objectOf(m) == info.objectOf(dm) && info.objectOf(dk) == info.objectOf(k) &&
         info.objectOf(m)->kind == types::ObjectKind::Var;
}

void Emitter::mapRange(const syntax::RangeStmt* s, Target& t) {
  auto isBlank = [](const syntax::Expr* e) { return !e || syntax::isBlank(e); };
  if (isMapClearLoop(s) && !isBlank(s->key)) {
    out->at(s->pos);
    out->write("go::clear(" + expr(s->x) + ");");
    return;
  }
  const types::Map* m = mapTypeOf(typeOf(s->x));
  bool define = s->tok == Token::Define;
  // go::iterate evaluates the range expression once.
  sequenceCalls({s->x}, s->pos);
  std::string it = fresh("it");
  out->at(s->pos);
  out->write("for (auto " + it + " = go::iterate(" + expr(s->x) + "); " + it + ".next();) ");
  std::vector<std::string> binds;
  // With `=`, two targets (k, a[k] = ...) or a map entry take two phases.
  if (!define && ((!isBlank(s->key) && !isBlank(s->value)) || (s->key && isMapIndex(s->key)) ||
                  (s->value && isMapIndex(s->value)))) {
    rangeAssignMapEntries(s, it, binds);
  } else {
    auto bind = [&](const syntax::Expr* var, const std::string& from) {
      if (isBlank(var)) return;
      if (!define) {
        binds.push_back(lvalue(var) + " = " + from + ";");
        return;
      }
      const types::Object* obj = info.objectOf(var->as<syntax::Ident>());
      binds.push_back(varDecl(obj, declareLocal(obj), from, var->pos) + ";");
    };
    bind(s->key, it + ".key()");
    bind(s->value, it + ".value()");
  }
  (void)m;
  rangeBody(s->body, t, binds);
  closeTarget(t);
}

// for k, m2[k] = range m: an assignment, so the operands of both targets
// are evaluated first (m2[k] and a[k] use the k of before this iteration),
// then the stores run left to right, a map entry inserted at its store and
// an index checked at its own (after k is assigned, as in gc):
//   go::string key_1 = k; k = it.key(); m2[key_1] = it.value();
void Emitter::rangeAssignMapEntries(const syntax::RangeStmt* s, const std::string& it, std::vector<std::string>& binds) {
  std::vector<const syntax::Expr*> targets;
  std::vector<std::string> from;
  auto target = [&](const syntax::Expr* var, const std::string& value) {
    if (!var || syntax::isBlank(var)) return;
    targets.push_back(var);
    from.push_back(value);
  };
  target(s->key, it + ".key()");
  target(s->value, it + ".value()");
  std::string operands = hoistTargetOperands(targets);
  if (!operands.empty()) binds.push_back(operands.substr(0, operands.size() - 1));
  for (size_t i = 0; i < targets.size(); i++) binds.push_back(lvalue(targets[i]) + " = " + from[i] + ";");
}

}  // namespace emit
