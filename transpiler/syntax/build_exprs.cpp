// This file implements the AST builder for expressions: binary operators
// by precedence (the grammar keeps them flat), unary operators including
// the `<-chan T` re-association, primary expressions with their suffixes,
// operands, composite literals and basic literals.
#include "syntax/builder.hpp"

namespace syntax {

namespace {

// Spec "Operator precedence": 5 binds tightest.
int precedence(size_t tokenType) {
  switch (tokenType) {
    case P::LOGICAL_OR: return 1;
    case P::LOGICAL_AND: return 2;
    case P::EQUALS: case P::NOT_EQUALS: case P::LESS: case P::LESS_OR_EQUALS:
    case P::GREATER: case P::GREATER_OR_EQUALS: return 3;
    case P::PLUS: case P::MINUS: case P::OR: case P::CARET: return 4;
    default: return 5;
  }
}

Token binaryToken(size_t tokenType) {
  switch (tokenType) {
    case P::LOGICAL_OR: return Token::LOr;
    case P::LOGICAL_AND: return Token::LAnd;
    case P::EQUALS: return Token::Eql;
    case P::NOT_EQUALS: return Token::Neq;
    case P::LESS: return Token::Lss;
    case P::LESS_OR_EQUALS: return Token::Leq;
    case P::GREATER: return Token::Gtr;
    case P::GREATER_OR_EQUALS: return Token::Geq;
    case P::PLUS: return Token::Add;
    case P::MINUS: return Token::Sub;
    case P::OR: return Token::Or;
    case P::CARET: return Token::Xor;
    case P::STAR: return Token::Mul;
    case P::DIV: return Token::Quo;
    case P::MOD: return Token::Rem;
    case P::SHL: return Token::Shl;
    case P::SHR: return Token::Shr;
    case P::AMPERSAND: return Token::And;
    case P::AND_NOT: return Token::AndNot;
  }
  return Token::None;
}

Token unaryToken(size_t tokenType) {
  switch (tokenType) {
    case P::PLUS: return Token::Add;
    case P::MINUS: return Token::Sub;
    case P::EXCLAMATION: return Token::Not;
    case P::CARET: return Token::Xor;
    case P::AMPERSAND: return Token::And;
    case P::ARROW: return Token::Arrow;
    case P::TILDE: return Token::Tilde;
  }
  return Token::None;
}

}  // namespace

// Operator precedence over the flat list `u0 op1 u1 op2 u2 ...`: a stack of
// operands and one of pending operators, all operators left-associative.
Expr* Builder::combineBinary(std::vector<Expr*>& operands, std::vector<P::BinaryOpContext*>& ops) {
  if (ops.empty()) return operands[0];
  std::vector<Expr*> values{operands[0]};
  std::vector<antlr4::Token*> pending;
  auto reduce = [&] {
    antlr4::Token* op = pending.back();
    pending.pop_back();
    BinaryExpr* bin = file_.make<BinaryExpr>(pos(op));
    bin->op = binaryToken(op->getType());
    bin->y = values.back();
    values.pop_back();
    bin->x = values.back();
    values.back() = bin;
  };
  for (size_t i = 0; i < ops.size(); ++i) {
    antlr4::Token* op = ops[i]->getStart();
    int prec = precedence(op->getType());
    while (!pending.empty() && precedence(pending.back()->getType()) >= prec) reduce();
    pending.push_back(op);
    values.push_back(operands[i + 1]);
  }
  while (!pending.empty()) reduce();
  return values[0];
}

Expr* Builder::transformExpression(P::ExpressionContext& ctx) {
  std::vector<Expr*> operands;
  for (auto* u : ctx.unaryExpr()) operands.push_back(transformUnaryExpr(*u));
  auto ops = ctx.binaryOp();
  return combineBinary(operands, ops);
}

Expr* Builder::transformHeaderExpr(P::HeaderExprContext& ctx) {
  std::vector<Expr*> operands;
  for (auto* u : ctx.headerUnaryExpr()) operands.push_back(transformHeaderUnaryExpr(*u));
  auto ops = ctx.binaryOp();
  return combineBinary(operands, ops);
}

// `*x` is a StarExpr (dereference or pointer type). `<-x` is a receive,
// unless x is a channel type: then, as in gc, the arrow re-associates with
// the leftmost chan (`<-chan chan int` is a receive-only channel).
Expr* Builder::applyUnary(antlr4::Token* op, Expr* x) {
  if (op->getType() == P::STAR) {
    StarExpr* star = file_.make<StarExpr>(pos(op));
    star->x = x;
    return star;
  }
  if (op->getType() == P::ARROW && x->is<ChanType>()) {
    Expr* t = x;
    ChanDir dir = ChanDir::Send;
    while (dir == ChanDir::Send) {
      ChanType* c = t->as<ChanType>();
      if (!c) break;
      dir = c->dir;
      if (dir == ChanDir::Recv) error(pos(op), "syntax error: unexpected <-, expecting chan");
      c->dir = ChanDir::Recv;
      t = c->value;
    }
    if (dir == ChanDir::Send) error(pos(op), "syntax error: unexpected " + std::string("type") + ", expecting chan");
    x->pos = pos(op);
    return x;
  }
  UnaryExpr* unary = file_.make<UnaryExpr>(pos(op));
  unary->op = unaryToken(op->getType());
  unary->x = x;
  return unary;
}

Expr* Builder::transformUnaryExpr(P::UnaryExprContext& ctx) {
  Expr* x = transformPrimaryExpr(*ctx.primaryExpr());
  auto ops = ctx.unaryOp();
  for (size_t i = ops.size(); i-- > 0;) x = applyUnary(ops[i]->getStart(), x);
  return x;
}

Expr* Builder::transformHeaderUnaryExpr(P::HeaderUnaryExprContext& ctx) {
  Expr* x = transformHeaderPrimaryExpr(*ctx.headerPrimaryExpr());
  auto ops = ctx.unaryOp();
  for (size_t i = ops.size(); i-- > 0;) x = applyUnary(ops[i]->getStart(), x);
  return x;
}

// PrimaryExpr = Operand { Selector | Index | Slice | TypeAssertion | Arguments | LiteralValue } .
Expr* Builder::transformPrimaryExpr(P::PrimaryExprContext& ctx) {
  Expr* x = nullptr;
  if (ctx.operand()) {
    x = transformOperand(*ctx.operand());
  } else {
    auto* func = ctx.funcLitOrType();
    x = transformFuncLitOrType(func->FUNC(), *func->signature(), func->block());
  }
  for (size_t i = 1; i < ctx.children.size(); ++i) {
    auto* child = ctx.children[i];
    if (auto* suffix = dynamic_cast<P::SuffixContext*>(child)) {
      x = transformSuffix(x, *suffix);
      continue;
    }
    auto* body = static_cast<P::LiteralValueContext*>(child);
    // gc's complit_ok: only a type name, an instantiation or a literal type
    // may precede the braces.
    Expr* type = x;
    bool parenthesized = false;
    while (auto* paren = type->as<ParenExpr>()) type = paren->x, parenthesized = true;
    switch (type->kind) {
      case NodeKind::Ident: case NodeKind::SelectorExpr: case NodeKind::IndexExpr:
      case NodeKind::ArrayType: case NodeKind::MapType: case NodeKind::StructType:
        if (parenthesized) error(pos(*body), "syntax error: cannot parenthesize type in composite literal");
        break;
      default:
        error(pos(*body), "syntax error: unexpected {, expecting expression");
    }
    x = transformLiteralValue(x, *body);
  }
  return x;
}

Expr* Builder::transformHeaderPrimaryExpr(P::HeaderPrimaryExprContext& ctx) {
  Expr* x = transformHeaderOperand(*ctx.headerOperand());
  for (auto* suffix : ctx.suffix()) x = transformSuffix(x, *suffix);
  return x;
}

Expr* Builder::transformHeaderOperand(P::HeaderOperandContext& ctx) {
  if (auto* plain = dynamic_cast<P::HeaderPlainOperandContext*>(&ctx)) return transformOperand(*plain->operand());
  if (auto* operand = dynamic_cast<P::HeaderFuncOperandContext*>(&ctx)) {
    auto* func = operand->headerFuncLit();
    return transformFuncLitOrType(func->FUNC(), *func->signature(), func->block());
  }
  auto& composite = static_cast<P::HeaderCompositeOperandContext&>(ctx);
  return transformLiteralValue(transformCompositeType(*composite.compositeType()), *composite.literalValue());
}

Expr* Builder::transformCompositeType(P::CompositeTypeContext& ctx) {
  if (ctx.arrayType()) return transformArrayType(*ctx.arrayType());
  if (ctx.sliceType()) return transformSliceType(*ctx.sliceType());
  if (ctx.structType()) return transformStructType(*ctx.structType());
  if (ctx.mapType()) return transformMapType(*ctx.mapType());
  ArrayType* array = file_.make<ArrayType>(pos(ctx.L_BRACKET()));
  array->len = file_.make<Ellipsis>(pos(ctx.ELLIPSIS()));
  array->elem = transformType(*ctx.type_());
  return array;
}

Expr* Builder::transformSuffix(Expr* x, P::SuffixContext& ctx) {
  if (auto* sel = dynamic_cast<P::SelectorSuffixContext*>(&ctx)) {
    SelectorExpr* e = file_.make<SelectorExpr>(x->pos);
    e->x = x;
    e->sel = makeIdent(sel->IDENTIFIER());
    return e;
  }
  if (auto* assert = dynamic_cast<P::TypeAssertSuffixContext*>(&ctx)) {
    TypeAssertExpr* e = file_.make<TypeAssertExpr>(x->pos);
    e->x = x;
    // `x.(type)` outside a type switch is the checker's error in gc.
    if (assert->type_()) e->type = transformType(*assert->type_());
    return e;
  }
  if (auto* call = dynamic_cast<P::CallSuffixContext*>(&ctx)) {
    CallExpr* e = file_.make<CallExpr>(x->pos);
    e->fun = x;
    e->lparen = pos(call->L_PAREN());
    e->rparen = pos(call->R_PAREN());
    if (call->expressionList()) e->args = transformExpressionList(*call->expressionList());
    if (call->ELLIPSIS()) {
      e->hasEllipsis = true;
      e->ellipsis = pos(call->ELLIPSIS());
    }
    return e;
  }
  auto& index = static_cast<P::IndexSuffixContext&>(ctx);
  Expr* first = index.expression() ? transformExpression(*index.expression()) : nullptr;
  if (auto* bounds = index.sliceBounds()) {
    SliceExpr* e = file_.make<SliceExpr>(x->pos);
    e->x = x;
    e->lbrack = pos(index.L_BRACKET());
    e->lo = first;
    e->rbrack = pos(index.R_BRACKET());
    int colons = 0;
    for (auto* child : bounds->children) {
      if (auto* expr = dynamic_cast<P::ExpressionContext*>(child)) (colons == 1 ? e->hi : e->max) = transformExpression(*expr);
      else ++colons;
    }
    if (colons == 2) {
      e->slice3 = true;
      if (!e->hi) error(pos(bounds->COLON(1)), "middle index required in 3-index slice");
      if (!e->max) error(pos(index.R_BRACKET()), "final index required in 3-index slice");
    }
    return e;
  }
  IndexExpr* e = file_.make<IndexExpr>(x->pos);
  e->x = x;
  e->lbrack = pos(index.L_BRACKET());
  if (!first) {
    error(pos(index.R_BRACKET()), "syntax error: unexpected ], expecting operand");
    return e;
  }
  e->indices.push_back(first);
  for (auto* more : index.indexTail()->expression()) e->indices.push_back(transformExpression(*more));
  return e;
}

Expr* Builder::transformOperand(P::OperandContext& ctx) {
  if (auto* lit = dynamic_cast<P::LiteralOperandContext*>(&ctx)) return transformBasicLit(*lit->basicLit());
  if (auto* name = dynamic_cast<P::NameOperandContext*>(&ctx)) return makeIdent(name->IDENTIFIER());
  if (auto* paren = dynamic_cast<P::ParenOperandContext*>(&ctx)) {
    ParenExpr* e = file_.make<ParenExpr>(pos(paren->L_PAREN()));
    e->x = transformExpression(*paren->expression());
    return e;
  }
  if (auto* array = dynamic_cast<P::AutoArrayOperandContext*>(&ctx)) {
    ArrayType* e = file_.make<ArrayType>(pos(array->L_BRACKET()));
    e->len = file_.make<Ellipsis>(pos(array->ELLIPSIS()));
    e->elem = transformType(*array->type_());
    return e;
  }
  return transformTypeLitOperand(*static_cast<P::TypeOperandContext&>(ctx).typeLitOperand());
}

// `func(...) ...` is a function type; with a body, a function literal.
Expr* Builder::transformFuncLitOrType(antlr4::tree::TerminalNode* func, P::SignatureContext& signature,
                                      P::BlockContext* body) {
  FuncType* type = transformSignature(signature, pos(func));
  if (!body) return type;
  FuncLit* lit = file_.make<FuncLit>(type->pos);
  lit->type = type;
  size_t parseErrorsBefore = parseErrors_;
  lit->body = transformBlock(*body);
  checkFunctionBody(lit->body, parseErrorsBefore);
  return lit;
}

Expr* Builder::transformTypeLitOperand(P::TypeLitOperandContext& ctx) {
  if (ctx.arrayType()) return transformArrayType(*ctx.arrayType());
  if (ctx.sliceType()) return transformSliceType(*ctx.sliceType());
  if (ctx.structType()) return transformStructType(*ctx.structType());
  if (ctx.interfaceType()) return transformInterfaceType(*ctx.interfaceType());
  if (ctx.mapType()) return transformMapType(*ctx.mapType());
  ChanType* chan = file_.make<ChanType>(pos(ctx.CHAN()));
  chan->dir = ctx.ARROW() ? ChanDir::Send : ChanDir::Both;
  chan->value = transformType(*ctx.type_());
  return chan;
}

CompositeLit* Builder::transformLiteralValue(Expr* type, P::LiteralValueContext& ctx) {
  CompositeLit* lit = file_.make<CompositeLit>(type ? type->pos : pos(ctx.L_CURLY()));
  lit->type = type;
  lit->lbrace = pos(ctx.L_CURLY());
  lit->rbrace = pos(ctx.R_CURLY());
  for (auto* keyed : ctx.keyedElement()) {
    Expr* first = transformElement(*keyed->element(0));
    if (!keyed->COLON()) {
      lit->elts.push_back(first);
      continue;
    }
    KeyValueExpr* kv = file_.make<KeyValueExpr>(first->pos);
    kv->key = first;
    kv->value = transformElement(*keyed->element(1));
    lit->elts.push_back(kv);
  }
  return lit;
}

Expr* Builder::transformElement(P::ElementContext& ctx) {
  if (ctx.expression()) return transformExpression(*ctx.expression());
  return transformLiteralValue(nullptr, *ctx.literalValue());
}

BasicLit* Builder::transformBasicLit(P::BasicLitContext& ctx) {
  if (ctx.string_()) return transformString(*ctx.string_());
  antlr4::Token* token = ctx.getStart();
  BasicLit* lit = file_.make<BasicLit>(pos(token));
  lit->text = token->getText();
  switch (token->getType()) {
    case P::INT_LIT: lit->litKind = LitKind::Int; break;
    case P::FLOAT_LIT: lit->litKind = LitKind::Float; break;
    case P::IMAGINARY_LIT: lit->litKind = LitKind::Imag; break;
    default:
      lit->litKind = LitKind::Rune;
      decodeRune(lit->text, lit->rune);
  }
  return lit;
}

std::vector<Expr*> Builder::transformExpressionList(P::ExpressionListContext& ctx) {
  std::vector<Expr*> list;
  for (auto* e : ctx.expression()) list.push_back(transformExpression(*e));
  return list;
}

std::vector<Expr*> Builder::transformHeaderExprList(P::HeaderExprListContext& ctx) {
  std::vector<Expr*> list;
  for (auto* e : ctx.headerExpr()) list.push_back(transformHeaderExpr(*e));
  return list;
}

}  // namespace syntax
