// This file implements the printing of `defer` statements, of the body of
// a function that has them, and of recover() (runtime: go/defer.hpp).
//
// A function with defer statements gets a go::defer_stack, variables for
// all its results, and its statements inside a try block; a return
// assigns the results, runs the deferred calls and returns the variables,
// so a deferred call may change named results:
//
//     func f() (n int) {            go::int_ f() {
//         defer inc(&n)               go::int_ n{};
//         return 1                    go::defer_stack defers_1;
//     }                               try {
//                                       defers_1.push(go::deferred_call{[arg_2 = &n] { inc(arg_2); }});
//                                       n = 1;
//                                       defers_1.run();
//                                       return n;
//                                     } catch (const go::panic_error& panic) {
//                                       defers_1.run_panicking(panic);
//                                     }
//                                     return n;
//                                   }
//
// A defer statement evaluates the function value and the arguments where
// it stands: they become the lambda's captures (a local variable by its
// own name, anything else under a fresh one); constants stay in the call.
//
// recover() stops a panic only when called by a deferred call directly. A
// function that calls recover() opens with a go::recover_frame, and a
// deferred call of it is pushed with push_recovering, which lets the
// runtime hand the frame the panic being run.
#include <algorithm>

#include "emit/emitter.hpp"
#include "emit/walk.hpp"

namespace emit {

using types::ObjectKind;

namespace {

bool isBuiltin(const types::Object* fn, types::BuiltinId id) {
  return fn && fn->kind == ObjectKind::Builtin && fn->builtin == id;
}

// Calls visit on every call expression of body, not inside function
// literals (those are functions of their own).
template <class F>
void forEachCall(const syntax::BlockStmt* body, const F& visit) {
  forEachStmt(body, [&](const syntax::Stmt* s) {
    forEachExprOf(s, [&](const syntax::Expr* e) {
      if (const auto* c = e->as<syntax::CallExpr>()) visit(c);
    });
    return true;
  });
}

}  // namespace

bool Emitter::hasDefer(const syntax::BlockStmt* body) const {
  bool found = false;
  forEachStmt(body, [&](const syntax::Stmt* s) {
    found = found || s->is<syntax::DeferStmt>();
    return !found;
  });
  return found;
}

bool Emitter::callsRecover(const syntax::BlockStmt* body) const {
  if (!body) return false;
  auto cached = recoverCallers.find(body);
  if (cached != recoverCallers.end()) return cached->second;
  bool found = false;
  forEachCall(body, [&](const syntax::CallExpr* c) {
    found = found || isBuiltin(calledFunc(c->fun), types::BuiltinId::Recover);
  });
  recoverCallers[body] = found;
  return found;
}

bool Emitter::calleeRecovers(const syntax::CallExpr* call) const {
  const syntax::Expr* fun = unparen(call->fun);
  if (const auto* lit = fun->as<syntax::FuncLit>()) return callsRecover(lit->body);  // defer func() {...}()
  const types::Object* fn = calledFunc(fun);
  if (!fn) {
    if (const auto* sel = fun->as<syntax::SelectorExpr>()) fn = info.objectOf(sel->sel);
  }
  // A func value or an interface method: which function runs is known
  // only then, so the panic is armed for it. (Imprecise in one case: a
  // target that does not call recover() itself but first calls one that
  // does lets that one recover, where gc would not.)
  if (!fn) return true;
  if (fn->kind == ObjectKind::Func && !fn->decl && fn->pkg == pkg) return true;  // interface method
  // Functions of other packages never call recover() (rtlib's do not).
  if (fn->kind != ObjectKind::Func || fn->pkg != pkg || !fn->decl) return false;
  return callsRecover(fn->decl->body);
}

void Emitter::functionBody(const syntax::BlockStmt* body, const syntax::FuncType* type, diag::Pos pos) {
  if (callsRecover(body)) {
    recoverFrame = fresh("recover_frame");
    out->at(pos);
    // A plain function names itself: a deferred call of a func value takes
    // the panic only into the function it calls (go/defer.hpp).
    std::string self = recoverSelf.empty() ? "" : "(" + recoverSelf + ")";
    out->write("go::recover_frame " + recoverFrame + self + ";  // recover() works if a deferred call called us");
  }
  // Named results are variables of the function, zero at entry.
  if (type->results) {
    for (const syntax::Field* field : type->results->list)
      for (const syntax::Ident* id : field->names) {
        const types::Object* obj = info.objectOf(id);
        if (!obj) continue;
        std::string name = declareLocal(obj);
        resultNames.push_back(name);
        out->at(id->pos);
        out->write(varDecl(obj, name, "", id->pos) + ";");
      }
  }
  size_t nresults = currentSig && currentSig->results ? currentSig->results->size() : 0;
  if (!hasDefer(body)) {
    stmtList(body->stmts);
    bool returns = !body->stmts.empty() && body->stmts.back()->is<syntax::ReturnStmt>();
    // Go proved the end unreachable (a terminating statement); tell C++.
    if (nresults > 0 && !returns) out->line("__builtin_unreachable();");
    return;
  }
  // Unnamed results need variables too: a deferred call runs between the
  // return's evaluation and the function's end.
  resultVars = resultNames;
  if (resultVars.empty()) {
    for (size_t i = 0; i < nresults; i++) {
      resultVars.push_back(fresh("result"));
      out->at(pos);
      out->write(cppType(currentSig->results->at(i), pos) + " " + resultVars.back() + "{};");
    }
  }
  deferStack = fresh("defers");
  out->at(pos);
  out->write("go::defer_stack " + deferStack + ";");
  out->line("try {");
  out->indent();
  stmtList(body->stmts);
  bool returns = !body->stmts.empty() && body->stmts.back()->is<syntax::ReturnStmt>();
  // Deferred calls run at the end of the body (gc's deferreturn): the
  // function's frame is at its closing brace then, also after a recover.
  auto atClosingBrace = [&](const std::string& text) {
    if (body->rbrace.isKnown()) out->at(body->rbrace);
    else out->line();
    out->write(text);
  };
  if (!returns) atClosingBrace(deferStack + ".run();");
  out->dedent();
  out->line("} catch (const go::panic_error& panic) {");
  out->indent();
  atClosingBrace(deferStack + ".run_panicking(panic);");
  out->dedent();
  out->line("}");
  // Reached after a return or when a deferred call recovered a panic.
  if (nresults == 1) out->line("return " + resultVars[0] + ";");
  if (nresults > 1) out->line("return {" + resultList() + "};");
  deferStack.clear();
  resultVars.clear();
}

std::string Emitter::resultList() const {
  std::string list;
  for (size_t i = 0; i < resultVars.size(); i++) list += (i ? ", " : "") + resultVars[i];
  return list;
}

void Emitter::returnWithDefers(const syntax::ReturnStmt* s) {
  size_t n = resultVars.size();
  // Each value converts to its result's type, as in a plain return
  // (return c, cancel with c a *T and the result an interface).
  auto resultType = [&](size_t i) { return currentSig && currentSig->results && i < currentSig->results->size() ? currentSig->results->at(i) : nullptr; };
  if (s->results.size() == 1 && n == 1) {
    out->write(resultVars[0] + " = " + valueAs(s->results[0], resultType(0)) + ";");
    out->at(s->pos);
  } else if (s->results.size() == 1 && n > 1) {
    std::vector<const types::Type*> targets;
    for (size_t i = 0; i < n; i++) targets.push_back(resultType(i));
    out->write("std::tie(" + resultList() + ") = " + tupleAs(s->results[0], targets) + ";");  // return f()
    out->at(s->pos);
  } else if (!s->results.empty()) {
    // All operands are evaluated before any result changes (return b, a).
    std::string values;
    for (size_t i = 0; i < s->results.size(); i++) values += (i ? ", " : "") + valueAs(s->results[i], resultType(i));
    out->write("std::tie(" + resultList() + ") = " + cppType(currentSig->results, s->pos) + "{" + values + "};");
    out->at(s->pos);
  }
  out->write(deferStack + ".run();");
  out->at(s->pos);
  if (n == 0) out->write("return;");
  else if (n == 1) out->write("return " + resultVars[0] + ";");
  else out->write("return {" + resultList() + "};");
}

void Emitter::deferStmt(const syntax::DeferStmt* s) {
  const syntax::CallExpr* c = s->call;
  const syntax::Expr* fun = unparen(c->fun);
  const types::Object* fn = calledFunc(fun);

  if (isBuiltin(fn, types::BuiltinId::Recover)) {
    // The function's own recover, run at its return (see push_recover).
    out->at(s->pos);
    out->write(deferStack + ".push_recover(" + recoverFrame + ");");
    return;
  }

  // A lambda made to hold the evaluated operands is a wrapper, not a Go
  // function (a literal called without arguments is the literal itself).
  bool recovers = calleeRecovers(c);
  const auto* lit = fun->as<syntax::FuncLit>();
  deferredLiteral = lit;
  std::string thunk = evaluatedCall(c, s->pos, recovers);
  deferredLiteral = nullptr;
  if (!(lit && c->args.empty())) thunk = "go::deferred_call{" + thunk + "}";
  out->at(s->pos);
  out->write(deferStack + (recovers ? ".push_recovering(" : ".push(") + thunk + ");");
}

// A lambda that makes call c later with what Go evaluates now (defer and
// go statements): the function value or the method's receiver and the
// arguments (calls among them in Go's order, first).
std::string Emitter::evaluatedCall(const syntax::CallExpr* c, diag::Pos pos, bool aimsRecover) {
  const syntax::Expr* fun = unparen(c->fun);
  // func() {...}() with no arguments: the literal's lambda is the call.
  if (const auto* lit = fun->as<syntax::FuncLit>(); lit && c->args.empty()) return lambda(lit);
  const types::Object* fn = calledFunc(fun);
  std::vector<const syntax::Expr*> operands;
  const syntax::SelectorExpr* method = nullptr;
  const syntax::Expr* funcValue = nullptr;  // a func value called (not a declared function)
  if (!fn) {
    const auto* sel = fun->as<syntax::SelectorExpr>();
    const types::Object* m = sel ? info.objectOf(sel->sel) : nullptr;
    bool methodExpr = sel && tv(sel->x) && tv(sel->x)->mode == types::Mode::TypeExpr;
    if (m && m->kind == ObjectKind::Func && !methodExpr) {  // a method: concrete, promoted or of an interface
      method = sel;
      operands.push_back(sel->x);
    } else {
      funcValue = c->fun;
      if (!fun->is<syntax::FuncLit>()) operands.push_back(c->fun);
    }
  }
  operands.insert(operands.end(), c->args.begin(), c->args.end());
  // (A receiver stays in place: a pointer method takes its address.)
  sequenceCalls(operands, pos, 0, false);

  std::vector<std::string> captures;
  bool mutableCaptures = false;
  auto capture = [&](const syntax::Expr* e) {
    const types::TypeAndValue* t = tv(e);
    if (t && t->mode == types::Mode::Constant) return;  // printed as a literal in the call
    if (const auto* id = unparen(e)->as<syntax::Ident>()) {
      const types::Object* obj = info.objectOf(id);
      if (obj && obj->kind == ObjectKind::Nil) return;
      if (obj && obj->kind == ObjectKind::Var && localNames.count(obj) && !hoisted.count(e)) {
        // A local is captured by copy under its own name.
        std::string name = nameOf(obj);
        if (std::find(captures.begin(), captures.end(), name) == captures.end()) captures.push_back(name);
        return;
      }
    }
    std::string name = fresh("arg");
    captures.push_back(name + " = " + value(e));
    hoisted[e] = name;
  };
  if (method) {
    // The receiver is evaluated now: a value receiver is copied (through
    // a pointer too), a pointer receiver is the pointer or &x.
    const types::Object* m = info.objectOf(method->sel);
    const types::Type* xt = typeOf(method->x);
    const types::Type* xu = xt ? types::underlying(const_cast<types::Type*>(xt)) : nullptr;
    bool viaPointer = xu && xu->kind == types::TypeKind::Pointer;
    std::string recv = fresh("recv");
    if (isPointerMethod(m)) {
      captures.push_back(recv + " = " + (viaPointer ? expr(method->x) : "&" + operand(method->x)));
      hoisted[method->x] = viaPointer ? recv : "(*" + recv + ")";
    } else if (isInterfaceType(xt)) {
      // defer i.M() with a nil i panics at the defer statement, as in Go.
      captures.push_back(recv + " = go::non_nil(" + expr(method->x) + ")");
      hoisted[method->x] = recv;
      mutableCaptures = true;
    } else {
      captures.push_back(recv + " = " + (viaPointer ? "go::deref(" + expr(method->x) + ")" : expr(method->x)));
      hoisted[method->x] = viaPointer ? "&" + recv : recv;
      mutableCaptures = true;  // value methods are non-const member functions
    }
  }
  std::string funcName;  // the capture holding the func value
  if (funcValue) {
    // The func value is evaluated now too; a literal is its lambda.
    std::string name = fresh("fn");
    funcName = name;
    const auto* lit = fun->as<syntax::FuncLit>();
    captures.push_back(name + " = " + (lit ? lambda(lit) : value(funcValue)));
    hoisted[funcValue] = name;
    mutableCaptures = true;  // a lambda holding copies has a non-const operator()
  }
  for (const syntax::Expr* a : c->args) capture(a);

  statementCall = c;
  std::string callText = expr(c);
  statementCall = nullptr;
  std::string list;
  for (size_t i = 0; i < captures.size(); i++) list += (i ? ", " : "") + captures[i];
  // A deferred func value that may recover: recover() works in the code it
  // calls, not in what that calls (go/defer.hpp's aim_recover).
  if (aimsRecover && funcValue && !fun->is<syntax::FuncLit>()) callText = "go::aim_recover(" + funcName + "); " + callText;
  return "[" + list + "]" + (mutableCaptures ? "() mutable" : "") + " { " + callText + "; }";
}

std::string Emitter::recoverCall(const syntax::CallExpr* e) {
  // The value is an interface{}: go::any, nil when there is nothing to recover.
  return recoverFrame + ".recover()";
}

const types::Type* Emitter::universeAny() const {
  const types::Scope* universe = pkg->scope;
  while (universe->parent) universe = universe->parent;
  const types::Object* any = universe->lookupLocal("any");
  return any ? any->type : nullptr;
}

std::string Emitter::panicCall(const syntax::CallExpr* e) {
  // Any value: boxed into the interface{} that recover() returns.
  return "go::panic(" + valueAs(e->args.at(0), universeAny()) + ")";
}

}  // namespace emit
