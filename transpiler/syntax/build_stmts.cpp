// This file implements the AST builder for statements: blocks, simple
// statements (assignment, send, inc/dec, short declarations, range
// clauses), if/switch/select/for with their headers, labels and branches.
// The grammar parses a header's simple statement without knowing its role;
// here it becomes an init statement, a condition, a tag, a type-switch
// guard or a range clause, with gc's errors when it can be none of them.
#include "syntax/builder.hpp"

namespace syntax {

namespace {

Token assignToken(size_t tokenType) {
  switch (tokenType) {
    case P::ASSIGN: return Token::Assign;
    case P::DEFINE: return Token::Define;
    case P::ADD_ASSIGN: return Token::AddAssign;
    case P::SUB_ASSIGN: return Token::SubAssign;
    case P::MUL_ASSIGN: return Token::MulAssign;
    case P::QUO_ASSIGN: return Token::QuoAssign;
    case P::REM_ASSIGN: return Token::RemAssign;
    case P::AND_ASSIGN: return Token::AndAssign;
    case P::OR_ASSIGN: return Token::OrAssign;
    case P::XOR_ASSIGN: return Token::XorAssign;
    case P::SHL_ASSIGN: return Token::ShlAssign;
    case P::SHR_ASSIGN: return Token::ShrAssign;
    case P::AND_NOT_ASSIGN: return Token::AndNotAssign;
  }
  return Token::None;
}

// x.(type), possibly bound by `v := x.(type)`: the guard of a type switch.
TypeAssertExpr* typeSwitchGuard(Stmt* s, Ident*& binding) {
  binding = nullptr;
  if (!s) return nullptr;
  if (auto* es = s->as<ExprStmt>()) {
    auto* ta = es->x->as<TypeAssertExpr>();
    return ta && !ta->type ? ta : nullptr;
  }
  if (auto* as = s->as<AssignStmt>()) {
    if (as->tok != Token::Define || as->lhs.size() != 1 || as->rhs.size() != 1) return nullptr;
    auto* ta = as->rhs[0]->as<TypeAssertExpr>();
    auto* id = as->lhs[0]->as<Ident>();
    if (!ta || ta->type || !id) return nullptr;
    binding = id;
    return ta;
  }
  return nullptr;
}

}  // namespace

BlockStmt* Builder::transformBlock(P::BlockContext& ctx) {
  BlockStmt* block = file_.make<BlockStmt>(pos(ctx.L_CURLY()));
  block->stmts = transformStatementList(*ctx.statementList());
  block->rbrace = pos(ctx.R_CURLY());
  return block;
}

// Empty statements between semicolons are not kept.
std::vector<Stmt*> Builder::transformStatementList(P::StatementListContext& ctx) {
  std::vector<Stmt*> list;
  for (auto* s : ctx.statement()) list.push_back(transformStatement(*s));
  return list;
}

CallExpr* Builder::callOf(Expr* x, const char* keyword, Pos at) {
  if (x->is<ParenExpr>()) {
    error(x->pos, std::string("expression in ") + keyword + " must not be parenthesized");
    while (auto* p = x->as<ParenExpr>()) x = p->x;
  }
  if (auto* call = x->as<CallExpr>()) return call;
  error(x->pos, std::string("expression in ") + keyword + " must be function call");
  CallExpr* call = file_.make<CallExpr>(at);
  call->fun = x;
  return call;
}

Stmt* Builder::transformStatement(P::StatementContext& ctx) {
  if (auto* decl = dynamic_cast<P::DeclStmtContext*>(&ctx)) {
    DeclStmt* s = file_.make<DeclStmt>(pos(ctx));
    s->decl = transformDeclaration(*decl->declaration());
    return s;
  }
  if (auto* labeled = dynamic_cast<P::LabeledStmtContext*>(&ctx)) {
    LabeledStmt* s = file_.make<LabeledStmt>(pos(ctx));
    s->label = makeIdent(labeled->IDENTIFIER());
    if (labeled->statement()) {
      s->stmt = transformStatement(*labeled->statement());
    } else {
      // gc: a label must be followed by a statement, which may be empty
      // only before ';' or '}' (`L: case 1:` is an error).
      antlr4::Token* colon = labeled->COLON()->getSymbol();
      size_t next = tokens_.get(colon->getTokenIndex() + 1)->getType();
      if (next != P::SEMI && next != P::R_CURLY) {
        error(pos(colon), "syntax error: missing statement after label");
        return file_.make<BadStmt>(s->pos);  // as gc: no label, so no "defined and not used" too
      }
      EmptyStmt* empty = file_.make<EmptyStmt>(pos(labeled->COLON()));
      empty->implicit = true;
      s->stmt = empty;
    }
    return s;
  }
  if (auto* simple = dynamic_cast<P::SimpleStatementContext*>(&ctx)) return transformSimpleStmt(*simple->simpleStmt());
  if (auto* go = dynamic_cast<P::GoStmtContext*>(&ctx)) {
    GoStmt* s = file_.make<GoStmt>(pos(ctx));
    s->call = callOf(transformExpression(*go->expression()), "go", s->pos);
    return s;
  }
  if (auto* defer = dynamic_cast<P::DeferStmtContext*>(&ctx)) {
    DeferStmt* s = file_.make<DeferStmt>(pos(ctx));
    s->call = callOf(transformExpression(*defer->expression()), "defer", s->pos);
    return s;
  }
  if (auto* ret = dynamic_cast<P::ReturnStmtContext*>(&ctx)) {
    ReturnStmt* s = file_.make<ReturnStmt>(pos(ctx));
    if (ret->expressionList()) s->results = transformExpressionList(*ret->expressionList());
    return s;
  }
  auto branch = [&](Token tok, antlr4::tree::TerminalNode* label) {
    BranchStmt* s = file_.make<BranchStmt>(pos(ctx));
    s->tok = tok;
    if (label) s->label = makeIdent(label);
    return s;
  };
  if (auto* b = dynamic_cast<P::BreakStmtContext*>(&ctx)) return branch(Token::Break, b->IDENTIFIER());
  if (auto* c = dynamic_cast<P::ContinueStmtContext*>(&ctx)) return branch(Token::Continue, c->IDENTIFIER());
  if (auto* g = dynamic_cast<P::GotoStmtContext*>(&ctx)) return branch(Token::Goto, g->IDENTIFIER());
  if (dynamic_cast<P::FallthroughStmtContext*>(&ctx)) return branch(Token::Fallthrough, nullptr);
  if (auto* block = dynamic_cast<P::BlockStmtContext*>(&ctx)) return transformBlock(*block->block());
  if (auto* ifs = dynamic_cast<P::IfStatementContext*>(&ctx)) return transformIfStmt(*ifs->ifStmt());
  if (auto* sw = dynamic_cast<P::SwitchStmtContext*>(&ctx)) return transformSwitchStmt(*sw);
  if (auto* sel = dynamic_cast<P::SelectStmtContext*>(&ctx)) return transformSelectStmt(*sel);
  return transformForStmt(static_cast<P::ForStmtContext&>(ctx));
}

// SimpleStmt = ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
Stmt* Builder::transformSimpleStmt(P::SimpleStmtContext& ctx) {
  std::vector<Expr*> lhs = transformExpressionList(*ctx.expressionList());
  return makeSimpleStmt(pos(ctx), std::move(lhs), ctx.simpleTail());
}

// Builds the statement for `lhs tail`, where tail is one of the simpleTail
// or headerSimpleTail alternatives (or null for an expression statement).
Stmt* Builder::makeSimpleStmt(Pos at, std::vector<Expr*> lhs, antlr4::ParserRuleContext* tail) {
  auto single = [&](const char* what) -> Expr* {
    if (lhs.size() > 1) error(lhs[1]->pos, std::string("syntax error: unexpected comma, expecting ") + what);
    return lhs[0];
  };
  if (!tail) {
    ExprStmt* s = file_.make<ExprStmt>(at);
    s->x = single(":= or = or comma");
    return s;
  }
  size_t first = tail->getStart()->getType();
  if (first == P::INC || first == P::DEC) {
    IncDecStmt* s = file_.make<IncDecStmt>(pos(tail->getStart()));
    s->x = single(":= or = or comma");
    s->tok = first == P::INC ? Token::Inc : Token::Dec;
    return s;
  }
  if (first == P::ARROW) {
    SendStmt* s = file_.make<SendStmt>(pos(tail->getStart()));
    s->chan = single(":= or = or comma");
    if (auto* send = dynamic_cast<P::SendTailContext*>(tail)) s->value = transformExpression(*send->expression());
    else s->value = transformHeaderExpr(*static_cast<P::HeaderSendTailContext*>(tail)->headerExpr());
    return s;
  }
  AssignStmt* s = file_.make<AssignStmt>(pos(tail->getStart()));
  s->lhs = std::move(lhs);
  s->tok = assignToken(first);
  if (auto* assign = dynamic_cast<P::AssignTailContext*>(tail)) s->rhs = transformExpressionList(*assign->expressionList());
  else s->rhs = transformHeaderExprList(*static_cast<P::HeaderAssignTailContext*>(tail)->headerExprList());
  if (s->tok != Token::Assign && s->tok != Token::Define && (s->lhs.size() != 1 || s->rhs.size() != 1))
    error(s->pos, std::string("syntax error: unexpected ") + tokenString(s->tok) + ", expecting := or = or comma");
  return s;
}

// A header's simple statement; `lhs := range x` becomes a RangeStmt (its
// body is filled in by the for statement) when allowRange.
Stmt* Builder::transformHeaderSimpleStmt(P::HeaderSimpleStmtContext& ctx, bool allowRange) {
  std::vector<Expr*> lhs = transformHeaderExprList(*ctx.headerExprList());
  auto* range = dynamic_cast<P::HeaderRangeTailContext*>(ctx.headerSimpleTail());
  if (!range) return makeSimpleStmt(pos(ctx), std::move(lhs), ctx.headerSimpleTail());
  RangeStmt* s = file_.make<RangeStmt>(pos(ctx));
  s->tok = assignToken(range->assignOp()->getStart()->getType());
  if (!allowRange) error(pos(range->RANGE()), "syntax error: unexpected range, expecting expression");
  else if (s->tok != Token::Assign && s->tok != Token::Define)
    error(pos(*range->assignOp()), std::string("syntax error: unexpected ") + tokenString(s->tok) +
                                      ", expecting := or = or comma");
  s->key = lhs[0];
  if (lhs.size() > 1) s->value = lhs[1];
  // More than two variables: gc's checker reports it, so keep them for it.
  for (size_t i = 2; i < lhs.size(); ++i) s->extraVars.push_back(lhs[i]);
  s->x = transformHeaderExpr(*range->headerExpr());
  return s;
}

// The condition of an if/for or the tag of a switch, from a simple
// statement parsed in the header: it must be an expression statement.
Expr* Builder::conditionOf(Stmt* s, P::HeaderSimpleStmtContext* source, const char* keyword) {
  (void)keyword;
  if (auto* es = s->as<ExprStmt>()) return es->x;
  std::string text = source ? sourceOf(*source) : "statement";
  auto* as = s->as<AssignStmt>();
  if (as && as->tok == Token::Assign && source && source->headerSimpleTail()) {
    auto* tail = static_cast<P::HeaderAssignTailContext*>(source->headerSimpleTail());
    text = "assignment (" + sourceOf(*source->headerExprList()) + ") = (" + sourceOf(*tail->headerExprList()) + ")";
  }
  error(s->pos, "syntax error: cannot use " + text + " as value");
  return file_.make<BadExpr>(s->pos);
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
Stmt* Builder::transformIfStmt(P::IfStmtContext& ctx) {
  IfStmt* s = file_.make<IfStmt>(pos(ctx.IF()));
  if (ctx.VAR()) error(posAfter(ctx.VAR()->getSymbol()), "syntax error: var declaration not allowed in if initializer");
  Stmt* first = ctx.headerSimpleStmt() ? transformHeaderSimpleStmt(*ctx.headerSimpleStmt(), false) : nullptr;
  if (ctx.SEMI()) {
    s->init = first;
    if (ctx.headerExpr()) s->cond = transformHeaderExpr(*ctx.headerExpr());
    else if (ctx.SEMI()->getText() == ";") error(pos(ctx.SEMI()), "syntax error: missing condition in if statement");
    else error(pos(ctx.SEMI()), "syntax error: unexpected newline, expecting { after if clause");
  } else if (first) {
    s->cond = conditionOf(first, ctx.headerSimpleStmt(), "if");
  } else {
    error(pos(ctx.block(0)->L_CURLY()), "syntax error: missing condition in if statement");
  }
  s->body = transformBlock(*ctx.block(0));
  if (ctx.ifStmt()) s->else_ = transformIfStmt(*ctx.ifStmt());
  else if (ctx.block().size() > 1) s->else_ = transformBlock(*ctx.block(1));
  return s;
}

// SwitchStmt: an expression switch, or a type switch when the tag is a
// `[x :=] y.(type)` guard.
Stmt* Builder::transformSwitchStmt(P::SwitchStmtContext& ctx) {
  Stmt* init = nullptr;
  Stmt* tag = nullptr;
  P::HeaderSimpleStmtContext* tagSource = nullptr;
  if (auto* header = ctx.switchHeader()) {
    if (header->VAR())
      error(posAfter(header->VAR()->getSymbol()), "syntax error: var declaration not allowed in switch initializer");
    if (header->SEMI()) {
      if (header->init) init = transformHeaderSimpleStmt(*header->init, false);
      tagSource = header->tag;
    } else {
      tagSource = header->init;
    }
    if (tagSource) tag = transformHeaderSimpleStmt(*tagSource, false);
  }
  Ident* binding = nullptr;
  TypeAssertExpr* guard = typeSwitchGuard(tag, binding);
  std::vector<CaseClause*> clauses;
  for (auto* c : ctx.caseClause()) clauses.push_back(transformCaseClause(*c));
  if (guard) {
    TypeSwitchStmt* s = file_.make<TypeSwitchStmt>(pos(ctx.SWITCH()));
    s->init = init;
    s->binding = binding;
    s->guard = guard;
    s->clauses = std::move(clauses);
    s->lbrace = pos(ctx.L_CURLY());
    s->rbrace = pos(ctx.R_CURLY());
    return s;
  }
  SwitchStmt* s = file_.make<SwitchStmt>(pos(ctx.SWITCH()));
  s->init = init;
  if (tag) s->tag = conditionOf(tag, tagSource, "switch");
  s->clauses = std::move(clauses);
  s->lbrace = pos(ctx.L_CURLY());
  s->rbrace = pos(ctx.R_CURLY());
  return s;
}

CaseClause* Builder::transformCaseClause(P::CaseClauseContext& ctx) {
  CaseClause* c = file_.make<CaseClause>(pos(ctx));
  if (ctx.expressionList()) c->list = transformExpressionList(*ctx.expressionList());
  c->isDefault = ctx.DEFAULT() != nullptr;
  c->colon = pos(ctx.COLON());
  c->body = transformStatementList(*ctx.statementList());
  return c;
}

SelectStmt* Builder::transformSelectStmt(P::SelectStmtContext& ctx) {
  SelectStmt* s = file_.make<SelectStmt>(pos(ctx.SELECT()));
  s->lbrace = pos(ctx.L_CURLY());
  s->rbrace = pos(ctx.R_CURLY());
  for (auto* c : ctx.commClause()) s->clauses.push_back(transformCommClause(*c));
  return s;
}

// CommCase = "case" ( SendStmt | RecvStmt ) | "default" .
CommClause* Builder::transformCommClause(P::CommClauseContext& ctx) {
  CommClause* c = file_.make<CommClause>(pos(ctx));
  if (ctx.simpleStmt()) {
    c->comm = transformSimpleStmt(*ctx.simpleStmt());
    auto isRecv = [](Expr* e) {
      while (auto* p = e->as<ParenExpr>()) e = p->x;
      auto* u = e->as<UnaryExpr>();
      return u && u->op == Token::Arrow;
    };
    // Whether it is a send or a receive is checked by the checker, as in gc.
  }
  c->colon = pos(ctx.COLON());
  c->body = transformStatementList(*ctx.statementList());
  return c;
}

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
Stmt* Builder::transformForStmt(P::ForStmtContext& ctx) {
  Pos at = pos(ctx.FOR());
  P::ForHeaderContext* header = ctx.forHeader();
  if (auto* bare = dynamic_cast<P::ForRangeBareContext*>(header)) {
    RangeStmt* s = file_.make<RangeStmt>(at);
    s->x = transformHeaderExpr(*bare->headerExpr());
    s->body = transformBlock(*ctx.block());
    return s;
  }
  Stmt* first = nullptr;
  P::ForClauseTailContext* tail = nullptr;
  P::HeaderSimpleStmtContext* firstSource = nullptr;
  if (auto* clause = dynamic_cast<P::ForClauseContext*>(header)) {
    if (clause->VAR())
      error(posAfter(clause->VAR()->getSymbol()), "syntax error: var declaration not allowed in for initializer");
    firstSource = clause->headerSimpleStmt();
    first = transformHeaderSimpleStmt(*firstSource, true);
    tail = clause->forClauseTail();
  } else if (auto* noInit = dynamic_cast<P::ForClauseNoInitContext*>(header)) {
    tail = noInit->forClauseTail();
  }
  if (auto* range = first ? first->as<RangeStmt>() : nullptr) {
    // gc's header ends at a range clause; the block must follow.
    if (tail) {
      antlr4::Token* semi = tail->SEMI(0)->getSymbol();
      error(pos(semi), std::string("syntax error: unexpected ") + (semi->getText() == ";" ? "semicolon" : "newline") +
                           ", expecting { after for clause");
    }
    range->pos = at;
    range->body = transformBlock(*ctx.block());
    return range;
  }
  ForStmt* s = file_.make<ForStmt>(at);
  if (tail) {
    s->init = first;
    if (tail->cond) s->cond = transformHeaderExpr(*tail->cond);
    if (tail->post) {
      s->post = transformHeaderSimpleStmt(*tail->post, false);
      if (auto* as = s->post->as<AssignStmt>(); as && as->tok == Token::Define)
        error(as->pos, "syntax error: cannot declare in post statement of for loop");
    }
  } else if (first) {
    s->cond = conditionOf(first, firstSource, "for");
  }
  s->body = transformBlock(*ctx.block());
  return s;
}

}  // namespace syntax
