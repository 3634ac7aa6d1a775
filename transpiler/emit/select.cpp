// This file implements the printing of select statements (runtime:
// go/sched/select.hpp). Go evaluates every case's channel and every value
// to send once, in source order, before choosing; the runtime then picks
// one ready case at random (or default, or parks until one is ready) and
// reports which, with `ok` for a receive. The chosen clause runs in a C++
// switch:
//
//     select {                      {
//     case v := <-in:                 go::int_ recv_2{};
//         use(v)                      go::string send_3 = "x";
//     case out <- "x":                bool ok_4 = false;
//     default:                        go::select_case cases_5[] = {go::recv_case(in, &recv_2),
//         idle()                                                   go::send_case(out, send_3)};
//     }                               switch (go::select(cases_5, 2, true, &ok_4)) {
//                                       case 0: { go::int_ v = recv_2; use(v); break; }
//                                       case 1: { break; }
//                                       default: { idle(); break; }
//                                     }
//                                   }
//
// `break` leaves the select through a goto to a label after it (the C++
// switch would catch a plain break, but a labeled one must get out of
// enclosing blocks too); `continue` reaches the enclosing loop. When an
// operand calls a function, every channel is evaluated into a temporary
// too, to keep Go's order. `select {}` blocks forever.
#include "emit/emitter.hpp"
#include "emit/names.hpp"

namespace emit {

namespace {

// The parts of one communication clause.
struct CommCase {
  const syntax::CommClause* clause = nullptr;
  const syntax::SendStmt* send = nullptr;
  const syntax::UnaryExpr* recv = nullptr;
  const syntax::AssignStmt* assign = nullptr;  // v [, ok] = / := <-ch
  std::string chan;   // the channel as the case list names it
  std::string value;  // send: the temporary holding the value; receive: the destination or ""
};

}  // namespace

void Emitter::selectStmt(const syntax::SelectStmt* s, const std::string& goLabel) {
  if (s->clauses.empty()) {
    out->at(s->pos);
    out->write("go::select_forever();");
    return;
  }
  Target t;
  t.goLabel = goLabel;
  t.breakLabel = "break_" + (goLabel.empty() ? std::to_string(++counter) : cppName(goLabel));

  std::vector<CommCase> cases;
  const syntax::CommClause* deflt = nullptr;
  bool calls = false;
  for (const syntax::CommClause* c : s->clauses) {
    if (!c->comm) {
      deflt = c;
      continue;
    }
    CommCase k;
    k.clause = c;
    if (const auto* send = c->comm->as<syntax::SendStmt>()) {
      k.send = send;
      std::vector<const syntax::Expr*> found;
      collectCalls(send->chan, found);
      collectCalls(send->value, found);
      calls = calls || !found.empty();
    } else {
      const syntax::Expr* x = nullptr;
      if (const auto* es = c->comm->as<syntax::ExprStmt>()) x = es->x;
      if (const auto* a = c->comm->as<syntax::AssignStmt>()) {
        k.assign = a;
        x = a->rhs.size() == 1 ? a->rhs[0] : nullptr;
      }
      k.recv = x ? asReceive(x) : nullptr;
      if (!k.recv) unsupported(c->pos, "this select case");
      std::vector<const syntax::Expr*> found;
      collectCalls(k.recv->x, found);
      calls = calls || !found.empty();
    }
    cases.push_back(k);
  }
  out->at(s->pos);
  out->write("{");
  out->indent();
  if (cases.empty()) {
    // Only a default: it runs at once.
    targets.push_back(t);
    stmtList(deflt->body);
    t = targets.back();
    targets.pop_back();
    out->dedent();
    out->line("}");
    closeTarget(t);
    return;
  }

  // The operands, in source order.
  bool usesOk = false;
  for (CommCase& k : cases) {
    const syntax::Expr* ch = k.send ? k.send->chan : k.recv->x;
    const types::Type* elem = chanElem(ch);
    if (!elem) unsupported(ch->pos, "this select case");
    // A local variable no function can reach keeps its value while the
    // operands' calls run; anything else (a package variable, a captured
    // one, an expression) is read into a temporary in source order
    // (fixedbugs/issue43111.go: a later case's call sets ch = nil).
    const auto* id = ch->as<syntax::Ident>();
    const types::Object* obj = id ? info.objectOf(id) : nullptr;
    bool stable = obj && obj->kind == types::ObjectKind::Var && !obj->isPackageLevel() && !heapVars.count(obj);
    // An operand that may panic (<-t.c with a nil t) panics on its own
    // case's line, as in gc (fixedbugs/bug347.go): it gets a temporary too.
    if ((calls && !stable) || !id) {
      k.chan = fresh("chan");
      out->at(ch->pos);
      out->write(cppType(typeOf(ch), ch->pos) + " " + k.chan + " = " + expr(ch) + ";");
    } else {
      k.chan = expr(ch);
    }
    if (k.send) {
      // The runtime reads the value through a pointer: it needs a name.
      k.value = fresh("send");
      out->at(k.send->value->pos);
      out->write(cppType(elem, k.send->pos) + " " + k.value + " = " + valueAs(k.send->value, elem) + ";");
    } else if (k.assign && !syntax::isBlank(k.assign->lhs[0])) {
      k.value = fresh("recv");
      out->at(k.clause->pos);
      out->write(cppType(elem, k.clause->pos) + " " + k.value + "{};");
    }
    usesOk = usesOk || (k.assign && k.assign->lhs.size() == 2 && !syntax::isBlank(k.assign->lhs[1]));
  }
  std::string ok = usesOk ? fresh("ok") : "";
  if (usesOk) out->line("bool " + ok + " = false;");
  std::string list = fresh("cases");
  std::string items;
  for (size_t i = 0; i < cases.size(); i++) {
    const CommCase& k = cases[i];
    items += i ? ", " : "";
    if (k.send) items += "go::send_case(" + k.chan + ", " + k.value + ")";
    else if (!k.value.empty()) items += "go::recv_case(" + k.chan + ", &" + k.value + ")";
    else items += "go::recv_case(" + k.chan + ")";
  }
  out->at(s->pos);
  out->write("go::select_case " + list + "[] = {" + items + "};");
  out->at(s->pos);
  out->write("switch (go::select(" + list + ", " + std::to_string(cases.size()) + ", " + (deflt ? "true" : "false") + ", " +
             (usesOk ? "&" + ok : "nullptr") + ")) {");
  out->indent();
  targets.push_back(t);
  for (size_t i = 0; i < s->clauses.size(); i++) {
    const syntax::CommClause* c = s->clauses[i];
    const CommCase* k = nullptr;
    size_t index = 0;
    for (size_t j = 0; j < cases.size(); j++)
      if (cases[j].clause == c) k = &cases[j], index = j;
    out->at(c->pos);
    out->write(k ? "case " + std::to_string(index) + ": {" : "default: {");
    out->indent();
    if (k && k->assign) {
      // The received value (and ok) go to the clause's variables.
      const syntax::AssignStmt* a = k->assign;
      const types::Type* elem = chanElem(k->recv->x);
      std::vector<std::string> sources{k->value, ok};
      for (size_t v = 0; v < a->lhs.size() && v < 2; v++) {
        if (syntax::isBlank(a->lhs[v])) continue;
        out->at(a->pos);
        if (a->tok == syntax::Token::Define) {
          const types::Object* obj = info.objectOf(a->lhs[v]->as<syntax::Ident>());
          out->write(varDecl(obj, declareLocal(obj), sources[v], a->lhs[v]->pos) + ";");
        } else {
          const types::Type* to = typeOf(a->lhs[v]);
          const types::Type* from = v == 0 ? elem : nullptr;
          // Converted as any assignment: boxed, or I2 to I1 (valueAs).
          std::string value = sources[v];
          if (from && to && isInterfaceType(to) && !types::identical(from, to)) value = toInterface(value, from, to, a->pos);
          else if (from && to && needsStructCast(from, to)) value = structCast(value, to, a->pos);
          out->write(lvalue(a->lhs[v]) + " = " + value + ";");
        }
      }
    }
    stmtList(c->body);
    out->line("break;");
    out->dedent();
    out->line("}");
  }
  t = targets.back();
  targets.pop_back();
  out->dedent();
  out->line("}");
  out->dedent();
  out->line("}");
  closeTarget(t);
}

}  // namespace emit
