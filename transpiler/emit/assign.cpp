// This file implements assignments: =, :=, and the op-assignments.
//
// Go assigns tuples in two phases (all right-hand sides are evaluated, then
// stored), so `a, b = b, a` becomes `std::tie(a, b) = std::tuple{b, a};`,
// which builds the tuple of values before storing any. `a, b := f()`
// declares a and b with their Go types and then takes f's std::tuple apart
// with std::tie, which also serves re-assigned variables.
#include <functional>

#include "emit/emitter.hpp"
#include "emit/names.hpp"
#include "emit/types.hpp"

namespace emit {

using syntax::Token;

namespace {

using syntax::isBlank;

}  // namespace

std::string Emitter::lvalue(const syntax::Expr* e) {
  if (isBlank(e)) return "std::ignore";
  if (isMapIndex(e)) return mapElementRef(e);
  return expr(e);
}

std::string Emitter::tupleOf(const std::vector<syntax::Expr*>& values, const std::vector<const types::Type*>& targets) {
  std::string s = "std::tuple{";
  for (size_t i = 0; i < values.size(); i++) {
    // Only conversions the tuple cannot make itself (boxing into an
    // interface, a struct cast); a raw literal would make the tuple's
    // element a const char*.
    const types::Type* to = i < targets.size() ? targets[i] : nullptr;
    bool convert = to && (isInterfaceType(to) || needsStructCast(typeOf(values[i]), to));
    s += (i ? ", " : "") + (convert ? valueAs(values[i], to) : expr(values[i]));
  }
  return s + "}";
}

std::string Emitter::opAssignText(const syntax::Expr* lhs, Token op, const syntax::Expr* rhs, diag::Pos at) {
  const types::Type* t = typeOf(lhs);
  if (!t) unsupported(at, "this assignment");
  std::string l = lvalue(lhs);
  // go::string has no +=; checked operations need the runtime's functions.
  if (types::isString(t) || needsRuntimeOp(op, rhs, t)) return l + " = " + arithmetic(op, lhs, rhs, t, at);
  if (op == Token::AndNot) return l + " &= ~" + operand(rhs);
  if (op == Token::Shl || op == Token::Shr)
    return l + (op == Token::Shl ? " <<= " : " >>= ") + std::to_string(*types::Constant::makeFloat(tv(rhs)->value.ratVal()).toInt()->uint64Val());
  // C++'s compound assignment converts the int result of 8- and 16-bit
  // arithmetic back to the variable's type, which wraps as Go does.
  return l + " " + syntax::tokenString(op) + "= " + value(rhs);
}

// *p = *q on arrays: p and q may overlap (both made from one slice, as
// (*[4]T)(s[1:]) and (*[4]T)(s[:4])), and Go stores the value *q had. C++
// assumes distinct objects never overlap (g++ copies straight from *q even
// through a temporary), so such assignments go through memmove
// (go::assign_overlapping).
bool Emitter::mayOverlapArray(const syntax::Expr* rhs) const {
  const types::Type* t = typeOf(rhs);
  const types::Type* u = t ? types::underlying(const_cast<types::Type*>(t)) : nullptr;
  if (!u || u->kind != types::TypeKind::Array) return false;
  while (const auto* p = rhs->as<syntax::ParenExpr>()) rhs = p->x;
  return rhs->kind == syntax::NodeKind::StarExpr;
}

// a, *p, s[i], m[k] = x, y, z, w: Go first evaluates the operands of the
// left side's indirections and index expressions and the right side, then
// assigns from left to right, so a nil p panics after a is assigned and
// before s[i] is checked. std::tie would dereference and check every target
// before assigning any, so such statements are printed as the two phases:
// the operands that later assignments could change and the values go to
// temporaries, then one plain assignment a target:
//     go::int_ v_1 = x; ...; a = v_1; go::deref(p) = v_2; ...
bool Emitter::sequentialAssign(const syntax::AssignStmt* s) {
  if (s->lhs.size() < 2 || s->rhs.size() != s->lhs.size()) return false;
  // Targets whose address computation can panic: indirections (explicit,
  // or implicit in p.f) and index expressions.
  std::function<bool(const syntax::Expr*)> mayPanic = [&](const syntax::Expr* l) {
    l = unparen(l);
    if (l->is<syntax::StarExpr>() || l->is<syntax::IndexExpr>()) return true;
    const auto* sel = l->as<syntax::SelectorExpr>();
    if (!sel || !tv(sel->x) || tv(sel->x)->mode == types::Mode::TypeExpr || !typeOf(sel->x)) return false;
    if (types::underlying(const_cast<types::Type*>(typeOf(sel->x)))->kind == types::TypeKind::Pointer) return true;
    return mayPanic(sel->x);
  };
  bool checked = false;
  for (const syntax::Expr* l : s->lhs) checked = checked || mayPanic(l);
  if (!checked) return false;
  std::string line = hoistTargetOperands({s->lhs.begin(), s->lhs.end()});
  std::vector<std::string> values;
  for (size_t i = 0; i < s->rhs.size(); i++) {
    const types::Type* to = isBlank(s->lhs[i]) ? typeOf(s->rhs[i]) : typeOf(s->lhs[i]);
    std::string name = fresh("v");
    line += cppType(to, s->rhs[i]->pos) + " " + name + " = " + (isBlank(s->lhs[i]) ? expr(s->rhs[i]) : valueAs(s->rhs[i], to)) + "; ";
    values.push_back(name);
  }
  for (size_t i = 0; i < s->lhs.size(); i++)
    if (!isBlank(s->lhs[i])) line += lvalue(s->lhs[i]) + " = " + values[i] + "; ";
  line.pop_back();
  out->at(s->pos);
  out->write(line);
  return true;
}

// The first phase of a tuple assignment to lhs: the operands of its
// indirections and index expressions that a later assignment of the same
// statement could change go to temporaries (recorded in hoisted, so that
// lvalue() then prints them); returns their declarations.
std::string Emitter::hoistTargetOperands(const std::vector<const syntax::Expr*>& lhs) {
  std::set<const types::Object*> assigned;  // variables the statement assigns
  for (const syntax::Expr* l : lhs)
    if (const auto* id = unparen(l)->as<syntax::Ident>()) assigned.insert(info.objectOf(id));
  // An operand no assignment of the statement can change: a constant, or a
  // local variable not assigned here whose address is never taken.
  auto stable = [&](const syntax::Expr* x) {
    if (tv(x) && tv(x)->mode == types::Mode::Constant) return true;
    const auto* id = unparen(x)->as<syntax::Ident>();
    const types::Object* obj = id ? info.objectOf(id) : nullptr;
    return obj && obj->kind == types::ObjectKind::Var && !obj->isPackageLevel() && !heapVars.count(obj) && !assigned.count(obj);
  };
  std::string line;
  auto capture = [&](const syntax::Expr* x, const std::string& base) {
    if (stable(x) || hoisted.count(x)) return;
    std::string name = fresh(base);
    line += cppType(typeOf(x), x->pos) + " " + name + " = " + value(x) + "; ";
    hoisted[x] = name;
  };
  std::function<void(const syntax::Expr*)> operandsOf = [&](const syntax::Expr* l) {
    l = unparen(l);
    if (const auto* star = l->as<syntax::StarExpr>()) return capture(star->x, "ptr");
    if (const auto* sel = l->as<syntax::SelectorExpr>()) {
      if (tv(sel->x) && tv(sel->x)->mode == types::Mode::TypeExpr) return;
      if (const auto* id = unparen(sel->x)->as<syntax::Ident>(); id && info.objectOf(id) && info.objectOf(id)->kind == types::ObjectKind::PkgName) return;
      const types::Type* xt = typeOf(sel->x);
      if (xt && types::underlying(const_cast<types::Type*>(xt))->kind == types::TypeKind::Pointer) return capture(sel->x, "ptr");
      return operandsOf(sel->x);
    }
    if (const auto* ix = l->as<syntax::IndexExpr>()) {
      const types::Type* xt = typeOf(ix->x);
      const types::Type* u = xt ? types::underlying(const_cast<types::Type*>(xt)) : nullptr;
      if (u && u->kind == types::TypeKind::Array) operandsOf(ix->x);
      else capture(ix->x, u && u->kind == types::TypeKind::Map ? "map" : u && u->kind == types::TypeKind::Pointer ? "ptr" : "slice");
      capture(ix->indices[0], u && u->kind == types::TypeKind::Map ? "key" : "idx");
    }
  };
  for (const syntax::Expr* l : lhs) operandsOf(l);
  return line;
}

void Emitter::assignStmt(const syntax::AssignStmt* s) {
  if (mapTupleAssign(s)) return;
  std::vector<const syntax::Expr*> operands(s->lhs.begin(), s->lhs.end());
  operands.insert(operands.end(), s->rhs.begin(), s->rhs.end());
  sequenceCalls(operands, s->pos, s->lhs.size());
  if (sequentialAssign(s)) return;
  out->at(s->pos);
  if (s->lhs.size() == 1 && s->rhs.size() == 1) {
    if (isBlank(s->lhs[0])) out->write("static_cast<void>(" + expr(s->rhs[0]) + ");");
    else if (mayOverlapArray(s->rhs[0])) out->write("go::assign_overlapping(" + lvalue(s->lhs[0]) + ", " + expr(s->rhs[0]) + ");");
    else out->write(lvalue(s->lhs[0]) + " = " + valueAs(s->rhs[0], typeOf(s->lhs[0])) + ";");
    return;
  }
  std::string ties;
  for (size_t i = 0; i < s->lhs.size(); i++) ties += (i ? ", " : "") + lvalue(s->lhs[i]);
  std::vector<const types::Type*> targets;
  for (const syntax::Expr* l : s->lhs) targets.push_back(isBlank(l) ? nullptr : typeOf(l));
  // *h, v = s[:n], s[n] with v an interface: each value converts as in a
  // single assignment (a std::tuple would not box a pointer into v).
  std::string values = s->rhs.size() == 1 ? tupleAs(s->rhs[0], targets) : tupleOf(s->rhs, targets);
  out->write("std::tie(" + ties + ") = " + values + ";");
}

void Emitter::defineStmt(const syntax::AssignStmt* s) {
  // Which left-hand names are new (defs) and which are re-assigned.
  std::vector<const types::Object*> newObj(s->lhs.size(), nullptr);
  bool allNew = true;
  for (size_t i = 0; i < s->lhs.size(); i++) {
    const auto* id = s->lhs[i]->as<syntax::Ident>();
    if (auto it = info.defs.find(id); id && id->name != "_" && it != info.defs.end() && it->second) newObj[i] = it->second;
    else allNew = false;
  }
  // Names are chosen before the initializers are printed; a new variable
  // that an initializer reads under the same name (x := x + 1 in an inner
  // block) gets a C++ name of its own.
  sequenceCalls({s->rhs.begin(), s->rhs.end()}, s->pos);
  std::vector<std::string> names(s->lhs.size());
  for (size_t i = 0; i < s->lhs.size(); i++) {
    if (!newObj[i]) continue;
    bool rename = shadowsOuter(newObj[i], s->rhs);
    names[i] = declareLocal(newObj[i]);
    if (rename) localNames[newObj[i]] = names[i] = fresh(newObj[i]->name);
  }
  if (allNew && s->rhs.size() == s->lhs.size()) {
    // One Go line, one C++ line: i, j := 0, 10 → go::int_ i = 0; go::int_ j = 10;
    std::string line;
    for (size_t i = 0; i < s->lhs.size(); i++)
      line += (i ? " " : "") + varDecl(newObj[i], names[i], value(s->rhs[i]), s->pos) + ";";
    out->at(s->pos);
    out->write(line);
    return;
  }
  // The new variables, zero for now; neighbours of one type share a line
  // (go::int_ q{}, r{};).
  std::string decls, lastType;
  for (size_t i = 0; i < s->lhs.size(); i++) {
    if (!newObj[i]) continue;
    std::string type = cppType(newObj[i]->type, s->pos);
    if (heapVars.count(newObj[i])) {
      decls += (decls.empty() ? "" : "; ") + varDecl(newObj[i], names[i], "", s->pos);
      lastType.clear();
      continue;
    }
    if (type == lastType && sharesDeclaration(type)) {
      decls += ", " + names[i] + "{}";
      continue;
    }
    if (!decls.empty()) decls += "; ";
    decls += type + " " + names[i] + "{}";
    lastType = type;
  }
  // Declarations and the assignment share the statement's line.
  out->at(s->pos);
  if (!decls.empty()) out->write(decls + "; ");
  std::string ties;
  for (size_t i = 0; i < s->lhs.size(); i++) ties += (i ? ", " : "") + (newObj[i] ? names[i] : lvalue(s->lhs[i]));
  if (s->lhs.size() == 1) {
    out->write(ties == "std::ignore" ? "static_cast<void>(" + expr(s->rhs[0]) + ");"
                                     : ties + " = " + valueAs(s->rhs[0], typeOf(s->lhs[0])) + ";");
    return;
  }
  std::vector<const types::Type*> targets;
  for (size_t i = 0; i < s->lhs.size(); i++) targets.push_back(newObj[i] || isBlank(s->lhs[i]) ? nullptr : typeOf(s->lhs[i]));
  std::string values = s->rhs.size() == 1 ? tupleValue(s->rhs[0]) : tupleOf(s->rhs, targets);
  out->write("std::tie(" + ties + ") = " + values + ";");
}

}  // namespace emit
