// This file implements Go's order of evaluation for calls.
//
// Go evaluates the function calls and receive operations of an expression
// (and of a statement's operands) in lexical left-to-right order; C++ leaves the operands of most
// operators and the arguments of a call unsequenced (g++ often evaluates
// arguments right to left). So when a statement holds more than one call
// that C++ might reorder, every call but the last is hoisted into a
// temporary printed before the statement, in Go's order:
//
//     if f() < g() {...}     →    go::int_ call_1 = f();
//                                 if (call_1 < g()) {...}
//
// gc then evaluates the remaining operands left to right: when one of them
// reads memory a call could change (a package variable, a shared local, a
// pointer's target, an element) or may panic, the last call is hoisted too;
// and when several may panic (a nil dereference, an index out of range),
// all but the last are held in temporaries in Go's order, so that the
// first to fail is Go's (nil dereferences alone panic alike):
//
//     _ = *l == r[0]         →    go::any deref_1 = go::deref(l);
//                                 static_cast<void>(go::equal(deref_1, ...));
//
// Calls under the right operand of && and || run conditionally and stay
// where they are. Conversions are not calls here (they have no side effects
// of their own), but the calls inside them are; built-in calls are.
#include "emit/emitter.hpp"

namespace emit {

using syntax::NodeKind;

void Emitter::collectCalls(const syntax::Expr* e, std::vector<const syntax::Expr*>& calls) const {
  if (!e) return;
  if (const auto* t = tv(e); t && t->mode == types::Mode::Constant) return;
  switch (e->kind) {
    case NodeKind::ParenExpr: return collectCalls(e->as<syntax::ParenExpr>()->x, calls);
    case NodeKind::SelectorExpr: return collectCalls(e->as<syntax::SelectorExpr>()->x, calls);
    case NodeKind::StarExpr: return collectCalls(e->as<syntax::StarExpr>()->x, calls);
    case NodeKind::TypeAssertExpr: return collectCalls(e->as<syntax::TypeAssertExpr>()->x, calls);  // f().(T)
    case NodeKind::UnaryExpr: {
      // A receive (<-ch) is ordered like a call: it may block and wake
      // another goroutine that changes what later operands read.
      const auto* u = e->as<syntax::UnaryExpr>();
      size_t before = calls.size();
      collectCalls(u->x, calls);
      if (u->op == syntax::Token::Arrow) {
        callsInside[e] = calls.size() - before;
        calls.push_back(e);
      }
      return;
    }
    case NodeKind::BinaryExpr: {
      const auto* b = e->as<syntax::BinaryExpr>();
      collectCalls(b->x, calls);
      if (b->op != syntax::Token::LAnd && b->op != syntax::Token::LOr) collectCalls(b->y, calls);
      return;
    }
    case NodeKind::KeyValueExpr:
      // A map literal's keys are expressions too (struct keys are field names).
      collectCalls(e->as<syntax::KeyValueExpr>()->key, calls);
      return collectCalls(e->as<syntax::KeyValueExpr>()->value, calls);
    case NodeKind::IndexExpr:
      collectCalls(e->as<syntax::IndexExpr>()->x, calls);
      for (const auto* i : e->as<syntax::IndexExpr>()->indices) collectCalls(i, calls);
      return;
    case NodeKind::SliceExpr: {
      const auto* s = e->as<syntax::SliceExpr>();
      for (const syntax::Expr* x : {s->x, s->lo, s->hi, s->max}) collectCalls(x, calls);
      return;
    }
    case NodeKind::CompositeLit:
      for (const auto* x : e->as<syntax::CompositeLit>()->elts) collectCalls(x, calls);
      return;
    case NodeKind::CallExpr: {
      const auto* c = e->as<syntax::CallExpr>();
      size_t before = calls.size();
      collectCalls(c->fun, calls);
      for (const auto* a : c->args) collectCalls(a, calls);
      callsInside[c] = calls.size() - before;
      const types::TypeAndValue* funTv = tv(c->fun);
      bool isConversion = funTv && funTv->mode == types::Mode::TypeExpr;
      // Built-in calls are ordered like calls (gc's order; fixedbugs/bug491:
      // `len(x), f(), len(x)` reads x before and after f changes it), and
      // recover() changes what a later recover() returns.
      if (!isConversion) calls.push_back(c);
      return;
    }
    default: return;
  }
}

std::string Emitter::sequencedCondition(const syntax::Expr* cond, std::string& decls) {
  std::vector<const syntax::Expr*> calls;
  collectCalls(cond, calls);
  dropEnclosingCalls(calls);
  if (calls.size() < 2) return expr(cond);
  // A condition evaluated again and again (a loop's, a later case's) has
  // no statement before it: its temporaries are declared ahead, and
  // assigned in order through the comma operator, which C++ sequences:
  //     (call_1 = f(1), tag == call_1 + f(2))
  std::string assigns;
  for (size_t i = 0; i + 1 < calls.size(); i++) {
    const syntax::Expr* c = calls[i];
    const types::Type* t = typeOf(c);
    if (!t || (t->kind == types::TypeKind::Tuple && t->as<types::Tuple>()->size() == 0)) continue;
    std::string text = expr(c);
    std::string name = fresh("call");
    decls += (decls.empty() ? "" : " ") + cppType(t, c->pos) + " " + name + "{};";
    assigns += name + " = " + text + ", ";
    hoisted[c] = name;
  }
  return "(" + assigns + expr(cond) + ")";
}

std::string Emitter::sequencedOperand(const syntax::Expr* e) {
  std::vector<const syntax::Expr*> calls;
  collectCalls(e, calls);
  dropEnclosingCalls(calls);
  // The right operand of && and || runs only when needed: its own calls
  // are ordered inside a lambda called in place.
  std::string body;
  for (size_t i = 0; i + 1 < calls.size(); i++) {
    const syntax::Expr* c = calls[i];
    const types::Type* t = typeOf(c);
    if (!t || (t->kind == types::TypeKind::Tuple && t->as<types::Tuple>()->size() == 0)) continue;
    std::string text = expr(c);
    std::string name = fresh("call");
    body += cppType(t, c->pos) + " " + name + " = " + text + "; ";
    hoisted[c] = name;
  }
  return "[&] { " + body + "return " + expr(e) + "; }()";
}

// An outermost call whose arguments hold every other call runs after them
// in C++ as in Go: only the calls inside it can be reordered.
void Emitter::dropEnclosingCalls(std::vector<const syntax::Expr*>& calls) const {
  while (!calls.empty()) {
    auto it = callsInside.find(calls.back());
    if (it == callsInside.end() || it->second != calls.size() - 1) break;
    calls.pop_back();
  }
}

bool Emitter::needsSequencing(const syntax::Expr* e) const {
  std::vector<const syntax::Expr*> calls;
  collectCalls(e, calls);
  dropEnclosingCalls(calls);
  return calls.size() >= 2;
}

void Emitter::collectLaterOperands(const syntax::Expr* e, const std::set<const syntax::Expr*>& calls, bool reads,
                                   std::vector<const syntax::Expr*>& out) const {
  if (!e || hoisted.count(e) || calls.count(e)) return;
  if (const auto* t = tv(e); t && (t->mode == types::Mode::Constant || t->mode == types::Mode::TypeExpr)) return;
  auto kindOf = [&](const syntax::Expr* x) {
    const types::Type* t = typeOf(x);
    const types::Type* u = t ? types::underlying(const_cast<types::Type*>(t)) : nullptr;
    return u ? u->kind : types::TypeKind::Tuple;  // (Tuple: none of the kinds below)
  };
  switch (e->kind) {
    case NodeKind::ParenExpr: return collectLaterOperands(e->as<syntax::ParenExpr>()->x, calls, reads, out);
    case NodeKind::Ident: {
      // A variable a call can assign: a package's, or a local that closures
      // share or whose address is taken.
      const types::Object* obj = info.objectOf(e->as<syntax::Ident>());
      if (reads && obj && obj->kind == types::ObjectKind::Var && (obj->isPackageLevel() || heapVars.count(obj)))
        out.push_back(e);
      return;
    }
    case NodeKind::StarExpr:
      out.push_back(e);
      return;
    case NodeKind::IndexExpr: {
      const auto* ix = e->as<syntax::IndexExpr>();
      switch (kindOf(ix->x)) {
        case types::TypeKind::Slice: case types::TypeKind::Array: case types::TypeKind::Pointer:
          out.push_back(e);
          return;
        case types::TypeKind::Basic:  // a string's byte
          out.push_back(e);
          return;
        case types::TypeKind::Map:
          if (reads) out.push_back(e);
          return;
        default: return;  // F[int]: an instantiation
      }
    }
    case NodeKind::SliceExpr:
      // A read; its bounds panics stay unordered (slicing an array needs
      // the array in place, and a copy would slice something else).
      if (reads) out.push_back(e);
      return;
    case NodeKind::SelectorExpr: {
      const auto* sel = e->as<syntax::SelectorExpr>();
      const types::Selection* s = info.selectionOf(sel);
      if (!s) {  // pkg.Name
        const types::Object* obj = info.objectOf(sel->sel);
        if (reads && obj && obj->kind == types::ObjectKind::Var) out.push_back(e);
        return;
      }
      if (s->kind != types::SelectionKind::FieldVal) return;  // a method value binds its receiver
      if (kindOf(sel->x) == types::TypeKind::Pointer) {
        out.push_back(e);
        return;
      }
      return collectLaterOperands(sel->x, calls, reads, out);
    }
    case NodeKind::UnaryExpr: {
      const auto* u = e->as<syntax::UnaryExpr>();
      if (u->op == syntax::Token::And || u->op == syntax::Token::Arrow) return;  // &x names x; <-ch is a call
      return collectLaterOperands(u->x, calls, reads, out);
    }
    case NodeKind::BinaryExpr: {
      const auto* b = e->as<syntax::BinaryExpr>();
      collectLaterOperands(b->x, calls, reads, out);
      if (b->op != syntax::Token::LAnd && b->op != syntax::Token::LOr) collectLaterOperands(b->y, calls, reads, out);
      return;
    }
    case NodeKind::KeyValueExpr:
      collectLaterOperands(e->as<syntax::KeyValueExpr>()->key, calls, reads, out);
      return collectLaterOperands(e->as<syntax::KeyValueExpr>()->value, calls, reads, out);
    case NodeKind::CompositeLit:
      for (const auto* x : e->as<syntax::CompositeLit>()->elts) collectLaterOperands(x, calls, reads, out);
      return;
    case NodeKind::CallExpr: {
      // A call that stays in place (conversions, built-ins, the outermost
      // call): its arguments are operands. Its callee and receiver are
      // left alone (a pointer method needs its receiver in place).
      const auto* c = e->as<syntax::CallExpr>();
      const types::Object* fn = calledFunc(c->fun);
      if (fn && fn->kind == types::ObjectKind::Builtin && fn->builtin != types::BuiltinId::Len &&
          fn->builtin != types::BuiltinId::Cap && fn->builtin != types::BuiltinId::Append)
        return;
      for (const auto* a : c->args) collectLaterOperands(a, calls, reads, out);
      return;
    }
    default: return;  // function literals, type assertions (their own checks)
  }
}

std::vector<Emitter::Hoist> Emitter::plannedHoists(const std::vector<const syntax::Expr*>& roots, size_t targets,
                                                   bool orderPanics) const {
  std::vector<const syntax::Expr*> calls;
  for (const syntax::Expr* e : roots) collectCalls(e, calls);
  // A statement's own call f(...) runs after its arguments in C++ too.
  auto unparen = [](const syntax::Expr* e) {
    while (const auto* p = e->as<syntax::ParenExpr>()) e = p->x;
    return e;
  };
  if (roots.size() == 1 && !calls.empty() && calls.back() == unparen(roots[0])) calls.pop_back();
  // The operands gc evaluates after every call (assignment targets are
  // stored after their right-hand side in C++ too).
  std::vector<const syntax::Expr*> later;
  std::set<const syntax::Expr*> called(calls.begin(), calls.end());
  for (size_t i = targets; i < roots.size(); i++) collectLaterOperands(roots[i], called, true, later);
  // Without such operands, only the calls' order matters: the calls that
  // enclose all others run last in C++ as in Go, and the last call can stay.
  if (later.empty()) dropEnclosingCalls(calls);
  size_t ncalls = later.empty() ? (calls.empty() ? 0 : calls.size() - 1) : calls.size();
  called = std::set<const syntax::Expr*>(calls.begin(), calls.begin() + static_cast<std::ptrdiff_t>(ncalls));

  // Each hoisted call is a full expression: the operands that may panic in
  // its arguments, and then those of the rest, are ordered among themselves.
  std::vector<Hoist> hoists;
  auto orderGroup = [&](const std::vector<const syntax::Expr*>& group) {
    // Nil dereferences all panic alike: their order shows only next to an
    // index, whose message names the index and the length.
    bool indexes = false;
    for (const syntax::Expr* x : group) indexes = indexes || x->is<syntax::IndexExpr>();
    if (!indexes) return;
    for (size_t i = 0; i + 1 < group.size(); i++) {
      const syntax::Expr* x = group[i];
      hoists.push_back({x, x->is<syntax::IndexExpr>() ? "elem" : "deref"});
    }
  };
  for (size_t i = 0; i < ncalls; i++) {
    const syntax::Expr* c = calls[i];
    if (orderPanics) {
      std::vector<const syntax::Expr*> group;
      if (const auto* call = c->as<syntax::CallExpr>())
        for (const auto* a : call->args) collectLaterOperands(a, called, false, group);
      orderGroup(group);
    }
    const types::Type* t = typeOf(c);
    // A call without a value cannot be an operand; nothing to reorder.
    if (!t || (t->kind == types::TypeKind::Tuple && t->as<types::Tuple>()->size() == 0)) continue;
    hoists.push_back({c, "call"});
  }
  if (orderPanics) {
    std::vector<const syntax::Expr*> group;
    for (size_t i = targets; i < roots.size(); i++) collectLaterOperands(roots[i], called, false, group);
    orderGroup(group);
  }
  return hoists;
}

void Emitter::sequenceCalls(const std::vector<const syntax::Expr*>& roots, diag::Pos at, size_t targets, bool orderPanics) {
  std::string line;  // all temporaries on one line: one Go line, few directives
  for (const Hoist& h : plannedHoists(roots, targets, orderPanics)) {
    std::string text = expr(h.x);
    std::string name = fresh(h.base);
    line += (line.empty() ? "" : " ") + cppType(typeOf(h.x), h.x->pos) + " " + name + " = " + text + ";";
    hoisted[h.x] = name;
  }
  if (!line.empty()) {
    out->at(at);
    out->write(line);
  }
}

bool Emitter::needsHoisting(const syntax::Expr* e) const { return !plannedHoists({e}, 0, true).empty(); }

}  // namespace emit
