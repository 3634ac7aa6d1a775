// This file implements loops, switches, labels and branches.
//
// A three-clause for loop stays a C++ for loop when its init and post
// clauses are single C++ expressions; otherwise (i, j = i+1, j-1) it is a
// block with the init, a for (; cond;) and the post at the end of the body,
// where `continue` reaches it through a goto. Ranges over slices, arrays
// and strings become counted loops over a copy of the ranged value (Go
// evaluates it once). A switch becomes an if/else chain in source order
// with default last; `break` out of a switch is a goto to a label after it
// (so that `continue` inside still reaches the enclosing loop), and
// `fallthrough` a goto to a label at the top of the next clause's body.
// Labeled break/continue are gotos to labels after the loop and before its
// post statement.
#include "emit/emitter.hpp"
#include "emit/names.hpp"
#include "emit/types.hpp"
#include "emit/walk.hpp"

namespace emit {

using syntax::Token;

void Emitter::closeTarget(const Target& t) {
  if (t.breakUsed) out->line(t.breakLabel + ":;");
}

void Emitter::labeledStmt(const syntax::LabeledStmt* s) {
  const std::string& label = s->label->name;
  if (gotoLabels.count(label)) {
    out->at(s->pos);
    out->write(cppName(label) + ":;");
  }
  switch (s->stmt->kind) {
    case syntax::NodeKind::ForStmt: return forStmt(s->stmt->as<syntax::ForStmt>(), label);
    case syntax::NodeKind::RangeStmt: return rangeStmt(s->stmt->as<syntax::RangeStmt>(), label);
    case syntax::NodeKind::SwitchStmt: return switchStmt(s->stmt->as<syntax::SwitchStmt>(), label);
    case syntax::NodeKind::TypeSwitchStmt: return typeSwitchStmt(s->stmt->as<syntax::TypeSwitchStmt>(), label);
    case syntax::NodeKind::SelectStmt: return selectStmt(s->stmt->as<syntax::SelectStmt>(), label);
    default: return stmt(s->stmt);
  }
}

void Emitter::branchStmt(const syntax::BranchStmt* s) {
  out->at(s->pos);
  auto find = [&](bool loopsOnly) -> Target& {
    for (auto it = targets.rbegin(); it != targets.rend(); ++it) {
      if (s->label ? it->goLabel == s->label->name : (!loopsOnly || it->isLoop)) return *it;
    }
    unsupported(s->pos, "this branch statement");
  };
  switch (s->tok) {
    case Token::Break: {
      Target& t = find(false);
      if (t.isLoop && !s->label) {
        out->write("break;");
      } else {
        t.breakUsed = true;
        out->write("goto " + t.breakLabel + ";");
      }
      return;
    }
    case Token::Continue: {
      Target& t = find(true);
      if (t.continueViaGoto) out->write("goto " + t.continueLabel + ";");
      else out->write("continue;");
      return;
    }
    case Token::Goto: out->write("goto " + cppName(s->label->name) + ";"); return;
    case Token::Fallthrough:
      if (fallthroughLabel.empty()) unsupported(s->pos, "this fallthrough");
      out->write("goto " + fallthroughLabel + ";");
      return;
    default: unsupported(s->pos, "this branch statement");
  }
}

// The body of a loop, with the continue label (and post statement) at its
// end when continues must reach them by goto.
void Emitter::loopBody(const syntax::BlockStmt* body, Target& t, const std::string& post, diag::Pos postPos) {
  targets.push_back(t);
  if (!t.continueViaGoto && post.empty()) {
    block(body);
  } else {
    out->write("{");
    out->indent();
    if (t.continueViaGoto) {
      out->line();
      block(body);  // its own block: the goto must not jump over its declarations
      out->line(t.continueLabel + ":;");
    } else {
      stmtList(body->stmts);
    }
    if (!post.empty()) {
      out->at(postPos);
      out->write(post + ";");
    }
    out->dedent();
    out->line();  // a closing brace needs no #line
    out->write("}");
  }
  t = targets.back();
  targets.pop_back();
}

void Emitter::forStmt(const syntax::ForStmt* s, const std::string& goLabel) {
  Target t;
  t.isLoop = true;
  t.goLabel = goLabel;
  t.breakLabel = "break_" + (goLabel.empty() ? std::to_string(++counter) : cppName(goLabel));
  t.continueLabel = "continue_" + (goLabel.empty() ? std::to_string(++counter) : cppName(goLabel));

  // The init clause as C++'s: a single new variable or an expression.
  std::string init;
  bool simpleInit = !s->init;
  if (const auto* a = s->init ? s->init->as<syntax::AssignStmt>() : nullptr;
      a && a->tok == Token::Define && a->lhs.size() == 1 && a->rhs.size() == 1) {
    const auto* id = a->lhs[0]->as<syntax::Ident>();
    const types::Object* obj = id ? info.objectOf(id) : nullptr;
    if (obj && id->name != "_" && !shadowsOuter(obj, a->rhs) && !heapVars.count(obj)) {
      init = cppType(obj->type, a->pos) + " " + declareLocal(obj) + " = " + value(a->rhs[0]);
      simpleInit = true;
    }
  } else if (s->init) {
    init = simpleStmtText(s->init);
    simpleInit = !init.empty();
  }
  std::string post = s->post ? simpleStmtText(s->post) : "";
  bool simplePost = !s->post || !post.empty();
  // The condition runs before every iteration: calls C++ could reorder are
  // sequenced in place, their temporaries declared before the loop.
  auto condition = [&] {
    std::string temps;
    std::string cond = s->cond ? sequencedCondition(s->cond, temps) : "";
    if (!temps.empty()) {
      out->at(s->pos);
      out->write(temps);
    }
    return cond;
  };

  if (simpleInit && simplePost) {
    std::string cond = condition();
    out->at(s->pos);
    bool labeledContinue = !goLabel.empty() && continuesLoop(s->body, goLabel);
    t.continueViaGoto = labeledContinue;
    if (!s->init && !s->post) out->write(s->cond ? "while (" + cond + ") " : "for (;;) ");
    else out->write("for (" + init + "; " + cond + "; " + post + ") ");
    // A labeled continue jumps to the end of the body, where C++ runs the post.
    loopBody(s->body, t, "", {});
    closeTarget(t);
    return;
  }
  // The general form: init and post as statements of their own.
  out->at(s->pos);
  out->write("{");
  out->indent();
  if (s->init) {
    if (simpleInit) {
      out->at(s->init->pos);
      out->write(init + ";");
    } else {
      stmt(s->init);
    }
  }
  // Printed after the init, which may have renamed its variables.
  std::string cond = condition();
  post = s->post ? simpleStmtText(s->post) : "";
  out->at(s->pos);
  out->write("for (; " + cond + ";) ");
  t.continueViaGoto = s->post && continuesLoop(s->body, goLabel);
  if (s->post && post.empty()) {
    // A tuple assignment: print it through the statement printer.
    targets.push_back(t);
    out->write("{");
    out->indent();
    if (t.continueViaGoto) {
      out->line();
      block(s->body);
      out->line(t.continueLabel + ":;");
    } else {
      stmtList(s->body->stmts);
    }
    stmt(s->post);
    out->dedent();
    out->line();  // a closing brace needs no #line
    out->write("}");
    t = targets.back();
    targets.pop_back();
  } else {
    loopBody(s->body, t, post, s->post ? s->post->pos : diag::Pos{});
  }
  out->dedent();
  out->line("}");
  closeTarget(t);
}

// The braced body of a range loop: the per-iteration bindings, then the
// Go body, with t as the innermost break/continue target meanwhile (t
// comes back with what the body used).
void Emitter::rangeBody(const syntax::BlockStmt* body, Target& t, const std::vector<std::string>& binds) {
  targets.push_back(t);
  out->write("{");
  out->indent();
  for (const auto& b : binds) out->line(b);
  if (t.continueViaGoto) {
    out->line();
    block(body);
    out->line(t.continueLabel + ":;");
  } else {
    stmtList(body->stmts);
  }
  out->dedent();
  out->line();  // a closing brace needs no #line
  out->write("}");
  t = targets.back();
  targets.pop_back();
}

void Emitter::rangeStmt(const syntax::RangeStmt* s, const std::string& goLabel) {
  Target t;
  t.isLoop = true;
  t.goLabel = goLabel;
  t.breakLabel = "break_" + (goLabel.empty() ? std::to_string(++counter) : cppName(goLabel));
  t.continueLabel = "continue_" + (goLabel.empty() ? std::to_string(++counter) : cppName(goLabel));
  t.continueViaGoto = !goLabel.empty() && continuesLoop(s->body, goLabel);

  const types::Type* xt = typeOf(s->x);
  const types::Type* u = xt ? types::coreType(const_cast<types::Type*>(xt)) : nullptr;
  if (!u) unsupported(s->x->pos, "this range loop");
  if (u->kind == types::TypeKind::Map) return mapRange(s, t);
  if (u->kind == types::TypeKind::Chan) return chanRange(s, t);
  bool isString = types::isString(u);
  bool viaPointer = u->kind == types::TypeKind::Pointer;
  if (viaPointer) u = types::underlying(u->as<types::Pointer>()->elem);
  if (!isString && u->kind != types::TypeKind::Slice && u->kind != types::TypeKind::Array) {
    unsupported(s->x->pos, "range over this type");
  }

  auto isBlank = [](const syntax::Expr* e) { return !e || syntax::isBlank(e); };
  bool define = s->tok == Token::Define;
  // The loop's index variable: the key itself when it is declared here.
  std::string idx;
  // An address-taken key lives on the heap: one variable for the whole
  // loop (Go 1.19), declared before it and assigned at each iteration.
  const types::Object* heapKey = nullptr;
  std::string heapKeyName;
  if (define && !isBlank(s->key)) {
    const types::Object* key = info.objectOf(s->key->as<syntax::Ident>());
    if (heapVars.count(key)) {
      heapKey = key;
      heapKeyName = declareLocal(key);
      idx = fresh("i");
    } else {
      idx = declareLocal(key);
    }
  }
  else idx = fresh("i");
  auto declareHeapKey = [&] {
    out->at(s->key->pos);
    out->write(varDecl(heapKey, heapKeyName, "", s->key->pos) + ";");
  };

  // Over an array (or a pointer to one) with no value variable, len is a
  // constant and Go does not evaluate x at all (a nil *[N]T is fine).
  if (u->kind == types::TypeKind::Array && isBlank(s->value)) {
    std::string n = std::to_string(u->as<types::Array>()->len);
    // ... unless x holds calls or receives: then it is evaluated once.
    std::vector<const syntax::Expr*> calls;
    collectCalls(s->x, calls);
    if (!calls.empty()) {
      sequenceCalls({s->x}, s->x->pos);
      out->at(s->x->pos);
      out->write("static_cast<void>(" + expr(s->x) + ");");
    }
    if (heapKey) {
      out->at(s->pos);
      out->write("{");
      out->indent();
      declareHeapKey();
    }
    out->at(s->pos);
    out->write("for (go::int_ " + idx + " = 0; " + idx + " < " + n + "; " + idx + "++) ");
    targets.push_back(t);
    out->write("{");
    out->indent();
    if (!define && !isBlank(s->key)) out->line(lvalue(s->key) + " = " + idx + ";");
    if (heapKey) out->line(heapKeyName + " = " + idx + ";");
    if (t.continueViaGoto) {
      out->line();
      block(s->body);
      out->line(t.continueLabel + ":;");
    } else {
      stmtList(s->body->stmts);
    }
    out->dedent();
    out->line("}");
    if (heapKey) {
      out->dedent();
      out->line("}");
    }
    t = targets.back();
    targets.pop_back();
    closeTarget(t);
    return;
  }
  out->at(s->pos);
  out->write("{");
  out->indent();
  std::string range = fresh("range");
  if (heapKey) declareHeapKey();
  out->at(s->x->pos);
  std::string rangeType = viaPointer ? cppType(types::coreType(const_cast<types::Type*>(xt))->as<types::Pointer>()->elem, s->x->pos) + "&"
                                     : cppType(xt, s->x->pos);
  out->write(rangeType + " " + range + " = " + (viaPointer ? "go::deref(" + expr(s->x) + ")" : expr(s->x)) + ";");

  // What each iteration binds before the body: the value, and for `=`
  // ranges the assignment of key and value to existing variables.
  std::vector<std::string> binds;
  std::string elemText;
  std::string next;
  if (define && !isBlank(s->value)) {
    // Like the key: an address-taken value is one heap variable for the
    // whole loop (Go 1.19), assigned at each iteration.
    const types::Object* obj = info.objectOf(s->value->as<syntax::Ident>());
    if (obj && heapVars.count(obj)) {
      out->at(s->value->pos);
      out->write(varDecl(obj, declareLocal(obj), "", s->value->pos) + ";");
    }
  }
  out->at(s->pos);
  if (isString) {
    next = fresh("next");
    std::string rune = fresh("rune");
    out->write("for (go::int_ " + idx + " = 0, " + next + " = 0; " + idx + " < go::len(" + range + "); " + idx + " = " +
               next + ") ");
    binds.push_back("go::decoded_rune " + rune + " = go::decode_rune(" + range + ", " + idx + ");");
    binds.push_back(next + " = " + idx + " + " + rune + ".width;");
    elemText = rune + ".r";
  } else {
    out->write("for (go::int_ " + idx + " = 0; " + idx + " < go::len(" + range + "); " + idx + "++) ");
    elemText = range + (u->kind == types::TypeKind::Array ? ".v[" : ".ptr[") + idx + "]";
  }
  // for i, x[i] = range: both targets are found before either is assigned.
  // A plain variable as the value needs no such care (the key is assigned
  // first, its place found then).
  bool locateFirst = !define && !isBlank(s->key) && !isBlank(s->value) && !s->value->is<syntax::Ident>();
  if (locateFirst) {
    std::string k = fresh("key"), v = fresh("value");
    binds.push_back("auto& " + k + " = " + lvalue(s->key) + "; auto& " + v + " = " + lvalue(s->value) + ";");
    binds.push_back(k + " = " + idx + "; " + v + " = " + elemText + ";");
  } else if (!define && !isBlank(s->key)) {
    binds.push_back(lvalue(s->key) + " = " + idx + ";");
  }
  if (heapKey) binds.push_back(heapKeyName + " = " + idx + ";");
  if (!isBlank(s->value) && !locateFirst) {
    if (define) {
      const types::Object* obj = info.objectOf(s->value->as<syntax::Ident>());
      if (heapVars.count(obj)) {
        binds.push_back(nameOf(obj) + " = " + elemText + ";");  // declared before the loop
      } else {
        binds.push_back(varDecl(obj, declareLocal(obj), elemText, s->value->pos) + ";");
      }
    } else {
      binds.push_back(lvalue(s->value) + " = " + elemText + ";");
    }
  }
  rangeBody(s->body, t, binds);
  out->dedent();
  out->line("}");
  closeTarget(t);
}

void Emitter::switchStmt(const syntax::SwitchStmt* s, const std::string& goLabel) {
  Target t;
  t.goLabel = goLabel;
  t.breakLabel = "break_" + (goLabel.empty() ? std::to_string(++counter) : cppName(goLabel));

  // The tag is evaluated once: a variable is used as is, anything else
  // goes into a temporary, which with the init needs a block of its own.
  std::string tag;
  bool plain = true;
  if (s->tag) {
    const auto* id = s->tag->as<syntax::Ident>();
    const auto* ttv = tv(s->tag);
    plain = (id && info.objectOf(id) && info.objectOf(id)->kind == types::ObjectKind::Var) ||
            (ttv && ttv->mode == types::Mode::Constant);
  }
  bool sequenced = false;
  for (const syntax::CaseClause* c : s->clauses)
    for (const syntax::Expr* x : c->list) sequenced = sequenced || needsSequencing(x);
  bool ownBlock = s->init || !plain || sequenced;
  if (ownBlock) {
    out->at(s->pos);
    out->write("{");
    out->indent();
  }
  if (s->init) stmt(s->init);
  if (s->tag) {
    if (plain) {
      tag = expr(s->tag);
    } else {
      tag = fresh("tag");
      out->at(s->tag->pos);
      out->write(cppType(typeOf(s->tag), s->tag->pos) + " " + tag + " = " + expr(s->tag) + ";");
    }
  }
  // Labels at the top of clauses that a fallthrough enters.
  std::vector<std::string> entry(s->clauses.size());
  for (size_t i = 0; i + 1 < s->clauses.size(); i++) {
    const auto& body = s->clauses[i]->body;
    const auto* last = body.empty() ? nullptr : body.back()->as<syntax::BranchStmt>();
    if (last && last->tok == Token::Fallthrough) entry[i + 1] = fresh("fallthrough");
  }
  std::vector<size_t> order;
  const syntax::CaseClause* deflt = nullptr;
  size_t defaultIndex = 0;
  for (size_t i = 0; i < s->clauses.size(); i++) {
    if (s->clauses[i]->isDefault) {
      deflt = s->clauses[i];
      defaultIndex = i;
    } else {
      order.push_back(i);
    }
  }
  if (deflt) order.push_back(defaultIndex);

  // The case conditions, in the order they are tried; calls in them that
  // C++ could reorder are sequenced in place (temporaries declared here).
  std::vector<std::string> conds(s->clauses.size());
  std::string temps;
  for (size_t i : order) {
    const syntax::CaseClause* c = s->clauses[i];
    for (size_t k = 0; k < c->list.size(); k++) {
      std::string one;
      const types::Type* caseType = typeOf(c->list[k]);
      bool viaInterface = s->tag && (isInterfaceType(typeOf(s->tag)) || isInterfaceType(caseType));
      if (viaInterface) {
        // An interface on either side: Go compares dynamic types and values.
        std::string v = needsSequencing(c->list[k]) ? sequencedCondition(c->list[k], temps) : expr(c->list[k]);
        one = interfaceEqual(tag, typeOf(s->tag), v, caseType, c->list[k]->pos);
      } else if (!s->tag && isInterfaceType(caseType)) {
        // switch { case i: } compares true == i.
        const types::Scope* universe = pkg->scope;
        while (universe->parent) universe = universe->parent;
        std::string v = needsSequencing(c->list[k]) ? sequencedCondition(c->list[k], temps) : expr(c->list[k]);
        one = interfaceEqual("true", universe->lookupLocal("bool")->type, v, caseType, c->list[k]->pos);
      } else if (s->tag && isNilIdent(c->list[k])) {
        // case nil on a slice, map or func: the only comparison they have.
        one = nilComparison(tag, typeOf(s->tag), true, c->list[k]->pos);
      } else if (needsSequencing(c->list[k])) {
        std::string v = sequencedCondition(c->list[k], temps);
        one = s->tag ? "(" + tag + " == " + v + ")" : v;
      } else if (s->tag) {
        one = tag + " == " + operandNextTo(c->list[k], s->tag, typeOf(s->tag));
      } else {
        one = c->list.size() == 1 ? expr(c->list[k]) : operand(c->list[k]);
      }
      conds[i] += (k ? " || " : "") + one;
    }
  }
  if (!temps.empty()) {
    out->at(s->pos);
    out->write(temps);
  }

  targets.push_back(t);
  bool first = true;
  for (size_t i : order) {
    const syntax::CaseClause* c = s->clauses[i];
    const std::string& cond = conds[i];
    out->at(c->pos);
    if (c->isDefault) out->write(first ? "{" : "} else {");
    else out->write(std::string(first ? "" : "} else ") + "if (" + cond + ") {");
    first = false;
    out->indent();
    if (!entry[i].empty()) out->line(entry[i] + ":;");
    fallthroughLabel = i + 1 < entry.size() ? entry[i + 1] : "";
    stmtList(c->body);
    fallthroughLabel.clear();
    out->dedent();
  }
  if (!first) {
    out->line();  // a closing brace needs no #line
    out->write("}");
  } else if (s->tag) {
    out->line("static_cast<void>(" + tag + ");");
  }
  t = targets.back();
  targets.pop_back();
  if (ownBlock) {
    out->dedent();
    out->line("}");
  }
  closeTarget(t);
}

}  // namespace emit
