// This file implements the printing of `go` statements (runtime:
// go/sched/sched.hpp). As for a deferred call, the function value (or the
// method's receiver) and the arguments are evaluated in the calling
// goroutine, into the captures of a lambda that makes the call
// (evaluatedCall, defer.cpp); the new goroutine runs that lambda:
//
//     go worker(i, jobs)        go::spawn([i, jobs] { worker(i, jobs); }, true);
//     go func() {...}()         go::spawn([&done] {...}, false);
//
// The flag tells tracebacks whether the goroutine's first frame is such a
// wrapper, which gc has not (it shows worker itself), or the program's own
// function literal (gc's main.main.func1).
#include "emit/emitter.hpp"

namespace emit {

void Emitter::goStmt(const syntax::GoStmt* s) {
  const syntax::CallExpr* c = s->call;
  const syntax::Expr* fun = c->fun;
  while (const auto* p = fun->as<syntax::ParenExpr>()) fun = p->x;
  bool literal = fun->is<syntax::FuncLit>() && c->args.empty();
  // `go recover()`: no deferred call calls it, so it returns nil and
  // does nothing (and the new goroutine has no recover frame to ask).
  const types::Object* callee = calledFunc(c->fun);
  bool recovers = callee && callee->kind == types::ObjectKind::Builtin && callee->builtin == types::BuiltinId::Recover;
  std::string thunk = recovers ? "[] {}" : evaluatedCall(c, s->pos);
  out->at(s->pos);
  out->write("go::spawn(" + thunk + ", " + (literal ? "false" : "true") + ");");
}

}  // namespace emit
