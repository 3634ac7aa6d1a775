// This file implements the printing of simple statements, blocks, if,
// return and local declarations. Loops, switches and branches are in
// control.cpp, assignments in assign.cpp.
//
// Every statement starts with out->at(pos), which keeps the output mapped to
// the statement's Go line through #line directives.
#include "emit/constants.hpp"
#include "emit/emitter.hpp"
#include "emit/names.hpp"
#include "emit/types.hpp"

namespace emit {

using syntax::NodeKind;
using syntax::Token;

void Emitter::stmtList(const std::vector<syntax::Stmt*>& list) {
  for (const syntax::Stmt* s : list) stmt(s);
}

void Emitter::blockBody(const std::vector<syntax::Stmt*>& list) {
  out->write("{");
  out->indent();
  stmtList(list);
  out->dedent();
  // A closing brace runs no code: it needs no #line of its own (the next
  // statement gets one if the mapping drifted).
  (void)close;
  out->line();
  out->write("}");
}

void Emitter::block(const syntax::BlockStmt* b) { blockBody(b->stmts); }

void Emitter::stmt(const syntax::Stmt* s) {
  struct StmtScope {  // restores the enclosing statement's (function literals nest)
    diag::Pos& at;
    diag::Pos saved;
    ~StmtScope() { at = saved; }
  } scope{stmtPos, stmtPos};
  stmtPos = s->pos;
  switch (s->kind) {
    case NodeKind::EmptyStmt: return;  // nothing to run, nothing to print
    case NodeKind::BlockStmt:
      out->at(s->pos);
      block(s->as<syntax::BlockStmt>());
      return;
    case NodeKind::ExprStmt: {
      const syntax::Expr* x = s->as<syntax::ExprStmt>()->x;
      sequenceCalls({x}, s->pos);
      out->at(s->pos);
      statementCall = x;
      out->write(expr(x) + ";");
      statementCall = nullptr;
      return;
    }
    case NodeKind::IncDecStmt:
    case NodeKind::AssignStmt: {
      const auto* a = s->as<syntax::AssignStmt>();
      if (a && a->tok == Token::Define) return defineStmt(a);
      if (a && a->tok == Token::Assign) return assignStmt(a);
      if (a) sequenceCalls({a->lhs[0], a->rhs[0]}, s->pos, 1);
      if (a && isMapIndex(a->lhs[0])) hoistMapOperands(a->lhs[0], s->pos);
      out->at(s->pos);
      out->write(simpleStmtText(s) + ";");
      return;
    }
    case NodeKind::DeclStmt: return declStmt(s->as<syntax::DeclStmt>());
    case NodeKind::ReturnStmt: return returnStmt(s->as<syntax::ReturnStmt>());
    case NodeKind::IfStmt: return ifStmt(s->as<syntax::IfStmt>());
    case NodeKind::ForStmt: return forStmt(s->as<syntax::ForStmt>(), "");
    case NodeKind::RangeStmt: return rangeStmt(s->as<syntax::RangeStmt>(), "");
    case NodeKind::SwitchStmt: return switchStmt(s->as<syntax::SwitchStmt>(), "");
    case NodeKind::LabeledStmt: return labeledStmt(s->as<syntax::LabeledStmt>());
    case NodeKind::BranchStmt: return branchStmt(s->as<syntax::BranchStmt>());
    case NodeKind::GoStmt: return goStmt(s->as<syntax::GoStmt>());
    case NodeKind::DeferStmt: return deferStmt(s->as<syntax::DeferStmt>());
    case NodeKind::SendStmt: return sendStmt(s->as<syntax::SendStmt>());
    case NodeKind::SelectStmt: return selectStmt(s->as<syntax::SelectStmt>(), "");
    case NodeKind::TypeSwitchStmt: return typeSwitchStmt(s->as<syntax::TypeSwitchStmt>(), "");
    default: unsupported(s->pos, "this statement");
  }
}

// The statements that C++ can write as one expression: x++, x += y, x = y,
// f(). Used for for-loop init and post clauses. "" when there is none.
std::string Emitter::simpleStmtText(const syntax::Stmt* s) {
  if (const auto* inc = s->as<syntax::IncDecStmt>()) {
    // go::complex128 has no ++: x += 1 in the operand's type.
    const types::Type* t = typeOf(inc->x);
    if (t && (types::isComplex(t) || mayBeComplex(t))) {
      types::Constant one = types::Constant::makeInt64(1);
      std::string c = t->kind == types::TypeKind::TypeParam ? typeParamConstant(one, t, inc->pos) : typedConstant(one, t, pkg, inc->pos);
      return lvalue(inc->x) + (inc->tok == Token::Inc ? " += " : " -= ") + c;
    }
    return lvalue(inc->x) + (inc->tok == Token::Inc ? "++" : "--");
  }
  if (const auto* es = s->as<syntax::ExprStmt>()) return expr(es->x);
  if (const auto* a = s->as<syntax::AssignStmt>()) {
    if (a->lhs.size() != 1 || a->rhs.size() != 1) return "";
    if (a->tok == Token::Assign) {
      if (syntax::isBlank(a->lhs[0])) return "";
      return lvalue(a->lhs[0]) + " = " + valueAs(a->rhs[0], typeOf(a->lhs[0]));
    }
    if (a->tok == Token::Define) return "";
    return opAssignText(a->lhs[0], syntax::binaryOpOfAssign(a->tok), a->rhs[0], a->pos);
  }
  return "";
}

void Emitter::ifStmt(const syntax::IfStmt* s) {
  // if init; cond {...}: the init's variables live until the end of the
  // else chain, so the whole statement goes in a block.
  if (s->init) {
    out->at(s->pos);
    out->write("{");
    out->indent();
    stmt(s->init);
  }
  sequenceCalls({s->cond}, s->pos);
  out->at(s->pos);
  out->write("if (" + expr(s->cond) + ") ");
  block(s->body);
  if (s->else_) {
    // An else-if whose condition needs calls hoisted is printed nested,
    // as `else { temporaries; if ... }`, like one with an init statement.
    auto chains = [&](const syntax::IfStmt* x) { return x && !x->init && !needsHoisting(x->cond); };
    if (const auto* elif = s->else_->as<syntax::IfStmt>(); chains(elif)) {
      out->write(" else ");
      // Print the chained if on this line; its own at() would open a new one.
      out->write("if (" + expr(elif->cond) + ") ");
      block(elif->body);
      const syntax::Stmt* rest = elif->else_;
      while (rest) {
        const auto* next = rest->as<syntax::IfStmt>();
        if (chains(next)) {
          out->write(" else if (" + expr(next->cond) + ") ");
          block(next->body);
          rest = next->else_;
        } else if (next) {
          out->write(" else {");
          out->indent();
          ifStmt(next);
          out->dedent();
          out->line("}");
          rest = nullptr;
        } else {
          out->write(" else ");
          block(rest->as<syntax::BlockStmt>());
          rest = nullptr;
        }
      }
    } else if (elif) {
      out->write(" else {");
      out->indent();
      ifStmt(elif);
      out->dedent();
      out->line("}");
    } else {
      out->write(" else ");
      block(s->else_->as<syntax::BlockStmt>());
    }
  }
  if (s->init) {
    out->dedent();
    out->line("}");
  }
}

void Emitter::returnStmt(const syntax::ReturnStmt* s) {
  sequenceCalls({s->results.begin(), s->results.end()}, s->pos);
  out->at(s->pos);
  if (!deferStack.empty()) return returnWithDefers(s);
  size_t nresults = currentSig && currentSig->results ? currentSig->results->size() : 0;
  if (s->results.empty()) {
    if (nresults == 0) {
      out->write("return;");
    } else if (nresults == 1) {
      out->write("return " + resultNames[0] + ";");
    } else {
      // A bare return with named results returns their current values.
      std::string list;
      for (size_t i = 0; i < resultNames.size(); i++) list += (i ? ", " : "") + resultNames[i];
      out->write("return {" + list + "};");
    }
    return;
  }
  if (s->results.size() == 1 && nresults > 1) {
    std::vector<const types::Type*> targets;
    for (size_t i = 0; i < nresults; i++) targets.push_back(currentSig->results->at(i));
    out->write("return " + tupleAs(s->results[0], targets) + ";");
    return;
  }
  if (s->results.size() == 1) {
    const types::Type* rt = currentSig && currentSig->results && nresults == 1 ? currentSig->results->at(0) : nullptr;
    out->write("return " + valueAs(s->results[0], rt) + ";");
    return;
  }
  std::string list;
  for (size_t i = 0; i < s->results.size(); i++)
    list += (i ? ", " : "") + valueAs(s->results[i], i < nresults ? currentSig->results->at(i) : nullptr);
  out->write("return {" + list + "};");
}

void Emitter::declStmt(const syntax::DeclStmt* s) {
  const syntax::GenDecl* d = s->decl;
  for (const syntax::Spec* spec : d->specs) {
    if (d->tok == Token::Const) continue;  // every use is printed as the constant's value
    if (d->tok == Token::Type) {
      typeSpec(spec->as<syntax::TypeSpec>(), true);
      continue;
    }
    localVarSpec(spec->as<syntax::ValueSpec>());
  }
}

void Emitter::localVarSpec(const syntax::ValueSpec* spec) {
  sequenceCalls({spec->values.begin(), spec->values.end()}, spec->pos);
  out->at(spec->pos);
  bool fromCall = spec->values.size() == 1 && spec->names.size() > 1;
  std::vector<const types::Object*> objs;
  for (const syntax::Ident* id : spec->names) objs.push_back(info.objectOf(id));
  // var a, b = f(): declare, then take the tuple apart.
  bool first = true;
  for (size_t i = 0; i < spec->names.size(); i++) {
    const types::Object* obj = objs[i];
    if (!first) out->at(spec->pos);
    first = false;
    if (spec->names[i]->name == "_" || !obj) {
      if (!fromCall && i < spec->values.size()) out->write("static_cast<void>(" + expr(spec->values[i]) + ");");
      continue;
    }
    // Rename before declaring if the initializer reads an outer variable
    // of the same name (var x = x + 1 in an inner block).
    bool rename = !fromCall && i < spec->values.size() && shadowsOuter(obj, {spec->values[i]});
    std::string name = declareLocal(obj);
    if (rename) {
      name = fresh(obj->name);
      localNames[obj] = name;
    }
    std::string init = fromCall || spec->values.empty() ? "" : valueAs(spec->values[i], obj->type);
    out->write(varDecl(obj, name, init, spec->pos) + ";");
  }
  if (fromCall) {
    std::string ties;
    for (size_t i = 0; i < spec->names.size(); i++) ties += (i ? ", " : "") + lvalue(spec->names[i]);
    out->at(spec->pos);
    // var r, _ io.Reader = f(): each element converted to its variable's type.
    std::vector<const types::Type*> targets;
    for (const types::Object* obj : objs) targets.push_back(obj && obj->name != "_" ? obj->type : nullptr);
    out->write("std::tie(" + ties + ") = " + tupleAs(spec->values[0], targets) + ";");
  }
}

}  // namespace emit
