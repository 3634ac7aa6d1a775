// This file implements the printing of channel operations (runtime:
// go/sched/chan.hpp). A channel of any direction is a go::chan<T>, a
// pointer to the runtime's channel (nil by default): the checker has
// enforced direction, so conversions between directions change nothing.
//
//     ch := make(chan int, 3)     go::chan<go::int_> ch = go::make_chan<go::int_>(3);
//     ch <- v                     ch.send(v);
//     x := <-ch                   go::int_ x = ch.recv();
//     x, ok := <-ch               std::tie(x, ok) = ch.recv_ok();
//     close(ch); len(ch)          go::close(ch); go::len(ch)
//     for v := range ch {...}     for (go::chan<go::int_> range_1 = ch;;) {
//                                   auto [elem_2, ok_3] = range_1.recv_ok();
//                                   if (!ok_3) break;
//                                   go::int_ v = elem_2;
//                                   ...
//                                 }
//
// A receive is a communication operation: Go orders it with the calls of
// its statement (sequence.cpp hoists it like a call).
#include "emit/emitter.hpp"
#include "emit/types.hpp"
#include "emit/walk.hpp"

namespace emit {

// A type parameter's channel operations use its core type (T ~chan E).
const types::Type* Emitter::chanElem(const syntax::Expr* ch) const {
  const types::Type* u = coreOf(typeOf(ch));
  if (!u || u->kind != types::TypeKind::Chan) return nullptr;
  return u->as<types::Chan>()->elem;
}

std::string Emitter::makeChan(const syntax::CallExpr* e) {
  const types::Type* u = coreOf(typeOf(e->args[0]));
  if (!u || u->kind != types::TypeKind::Chan) unsupported(e->pos, "make of this channel type");
  std::string elem = cppType(u->as<types::Chan>()->elem, e->pos);
  return "go::make_chan<" + elem + ">(" + (e->args.size() > 1 ? value(e->args[1]) : "") + ")";
}

std::string Emitter::receive(const syntax::UnaryExpr* e, bool commaOk) {
  if (!chanElem(e->x)) unsupported(e->pos, "this receive");
  return operand(e->x) + (commaOk ? ".recv_ok()" : ".recv()");
}

const syntax::UnaryExpr* Emitter::asReceive(const syntax::Expr* e) const {
  while (const auto* p = e->as<syntax::ParenExpr>()) e = p->x;
  const auto* u = e->as<syntax::UnaryExpr>();
  return u && u->op == syntax::Token::Arrow ? u : nullptr;
}

void Emitter::sendStmt(const syntax::SendStmt* s) {
  const types::Type* elem = chanElem(s->chan);
  if (!elem) unsupported(s->pos, "this send");
  sequenceCalls({s->chan, s->value}, s->pos);
  out->at(s->pos);
  out->write(operand(s->chan) + ".send(" + valueAs(s->value, elem) + ");");
}

void Emitter::chanRange(const syntax::RangeStmt* s, Target& t) {
  const types::Type* elemType = chanElem(s->x);
  std::string range = fresh("range");
  out->at(s->pos);
  out->write("for (" + cppType(typeOf(s->x), s->x->pos) + " " + range + " = " + expr(s->x) + ";;) ");
  // The one iteration variable of a channel range is the element.
  const syntax::Expr* var = s->key;
  bool blank = !var || syntax::isBlank(var);
  std::vector<std::string> binds;
  if (blank) {
    binds.push_back("if (!" + range + ".recv_ok().second) break;");
  } else {
    std::string elem = fresh("elem");
    std::string ok = fresh("ok");
    binds.push_back("auto [" + elem + ", " + ok + "] = " + range + ".recv_ok();");
    binds.push_back("if (!" + ok + ") break;");
    if (s->tok == syntax::Token::Define) {
      const types::Object* obj = info.objectOf(var->as<syntax::Ident>());
      binds.push_back(varDecl(obj, declareLocal(obj), elem, var->pos) + ";");
    } else {
      const types::Type* to = typeOf(var);
      bool box = to && isInterfaceType(to) && !isInterfaceType(elemType);
      binds.push_back(lvalue(var) + " = " + (box ? toInterface(elem, elemType, to, var->pos) : elem) + ";");
    }
  }
  rangeBody(s->body, t, binds);
  closeTarget(t);
}

}  // namespace emit
