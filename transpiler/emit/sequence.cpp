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
// Calls under the right operand of && and || run conditionally and stay
// where they are. Conversions and built-ins are not calls here (they have no
// side effects of their own), but the calls inside them are.
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
      const types::Object* fn = calledFunc(c->fun);
      bool isBuiltin = fn && fn->kind == types::ObjectKind::Builtin;
      // len and cap of a channel read state that other goroutines and
      // earlier calls change: ordered like calls (as gc does).
      bool chanLength = isBuiltin && (fn->builtin == types::BuiltinId::Len || fn->builtin == types::BuiltinId::Cap) &&
                        c->args.size() == 1 && chanElem(c->args[0]);
      if ((!isConversion && !isBuiltin) || chanLength) calls.push_back(c);
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

void Emitter::sequenceCalls(const std::vector<const syntax::Expr*>& roots, diag::Pos at) {
  std::vector<const syntax::Expr*> calls;
  for (const syntax::Expr* e : roots) collectCalls(e, calls);
  if (roots.size() == 1) dropEnclosingCalls(calls);
  if (calls.size() < 2) return;
  std::string line;  // all temporaries on one line: one Go line, few directives
  for (size_t i = 0; i + 1 < calls.size(); i++) {
    const syntax::Expr* c = calls[i];
    const types::Type* t = typeOf(c);
    // A call without a value cannot be an operand; nothing to reorder.
    if (!t || (t->kind == types::TypeKind::Tuple && t->as<types::Tuple>()->size() == 0)) continue;
    std::string text = expr(c);
    std::string name = fresh("call");
    line += (line.empty() ? "" : " ") + cppType(t, c->pos) + " " + name + " = " + text + ";";
    hoisted[c] = name;
  }
  if (!line.empty()) {
    out->at(at);
    out->write(line);
  }
}

}  // namespace emit
