// This file implements GcErrorStrategy: the mapping from ANTLR's view of a
// syntax error (offending token, expected token set, current rule) to the
// message gc's hand-written parser prints in the same situation
// (cmd/compile/internal/syntax/parser.go in Go 1.19).
#include "syntax/error_strategy.hpp"

namespace syntax {

using gogrammar::GoParser;

namespace {

bool has(const antlr4::misc::IntervalSet& set, size_t t) { return set.contains(t); }

bool isLiteral(size_t t) {
  return t == GoParser::INT_LIT || t == GoParser::FLOAT_LIT || t == GoParser::IMAGINARY_LIT ||
         t == GoParser::RUNE_LIT || t == GoParser::STRING_LIT || t == GoParser::RAW_STRING_LIT;
}

// gc's tokstring: the word for an expected token.
std::string expectedName(const antlr4::dfa::Vocabulary& vocabulary, size_t t) {
  switch (t) {
    case GoParser::COMMA: return "comma";
    case GoParser::SEMI: return "semicolon or newline";
    case GoParser::IDENTIFIER: return "name";
    case antlr4::Token::EOF: return "EOF";
  }
  std::string literal = vocabulary.getLiteralName(t);
  if (literal.size() >= 2 && literal.front() == '\'') return literal.substr(1, literal.size() - 2);
  return vocabulary.getDisplayName(t);
}

bool expectsExpression(const antlr4::misc::IntervalSet& e) {
  return has(e, GoParser::INT_LIT) && has(e, GoParser::IDENTIFIER) && has(e, GoParser::FUNC);
}

bool expectsType(const antlr4::misc::IntervalSet& e) {
  return has(e, GoParser::IDENTIFIER) && has(e, GoParser::MAP) && has(e, GoParser::CHAN) &&
         !has(e, GoParser::INT_LIT);
}

// The innermost rule of the context chain with one of the given indices.
antlr4::ParserRuleContext* enclosing(antlr4::ParserRuleContext* ctx, std::initializer_list<size_t> rules) {
  for (auto* c = ctx; c; c = dynamic_cast<antlr4::ParserRuleContext*>(c->parent))
    for (size_t r : rules)
      if (c->getRuleIndex() == r) return c;
  return nullptr;
}

bool isAutoSemicolon(antlr4::Token* t) {
  return t && t->getType() == GoParser::SEMI && t->getText() != ";";
}

}  // namespace

std::string describeToken(antlr4::Token* token) {
  size_t t = token->getType();
  if (t == antlr4::Token::EOF) return "EOF";
  if (t == GoParser::SEMI) {
    std::string text = token->getText();
    return text == ";" ? "semicolon" : text == "EOF" ? "EOF" : "newline";
  }
  if (t == GoParser::IDENTIFIER) return token->getText();  // Go 1.19: "unexpected x"
  if (isLiteral(t)) return "literal " + token->getText();
  return token->getText();
}

void GcErrorStrategy::reportError(antlr4::Parser* parser, const antlr4::RecognitionException& e) {
  auto* ctx = dynamic_cast<antlr4::ParserRuleContext*>(e.getCtx());
  fail(parser, e.getOffendingToken() ? e.getOffendingToken() : parser->getCurrentToken(), e.getExpectedTokens(),
       ctx ? ctx : parser->getContext());
}

void GcErrorStrategy::recover(antlr4::Parser*, std::exception_ptr) {
  throw antlr4::ParseCancellationException();
}

antlr4::Token* GcErrorStrategy::recoverInline(antlr4::Parser* parser) {
  fail(parser, parser->getCurrentToken(), parser->getExpectedTokens(), parser->getContext());
  throw antlr4::ParseCancellationException();
}

void GcErrorStrategy::fail(antlr4::Parser* parser, antlr4::Token* tok, const antlr4::misc::IntervalSet& expected,
                           antlr4::ParserRuleContext* ctx) {
  if (failure_.happened) return;
  failure_.happened = true;
  failure_.cpIndex = tok->getStartIndex();
  if (tok->getType() == antlr4::Token::EOF) {
    // EOF's index is one past the end; keep it there.
    failure_.cpIndex = tok->getStartIndex();
  }
  size_t type = tok->getType();
  std::string unexpected = "syntax error: unexpected " + describeToken(tok);
  antlr4::Token* previous = tok->getTokenIndex() > 0 ? parser->getTokenStream()->get(tok->getTokenIndex() - 1) : nullptr;
  size_t rule = ctx ? ctx->getRuleIndex() : GoParser::RuleSourceFile;
  std::string& msg = failure_.message;

  // The file's first token must be `package`.
  if (rule == GoParser::RulePackageClause && type != GoParser::PACKAGE) {
    msg = "syntax error: package statement must be first";
    return;
  }
  if (rule == GoParser::RuleSourceFile) {
    if (type == GoParser::IMPORT) msg = "syntax error: imports must appear before other declarations";
    else if (has(expected, GoParser::SEMI) && expected.size() == 1)
      msg = unexpected + " after top level declaration";
    else if (type == GoParser::L_CURLY && isAutoSemicolon(previous))
      msg = "syntax error: unexpected semicolon or newline before {";
    else if (has(expected, GoParser::PACKAGE))
      msg = "syntax error: package statement must be first";
    else
      msg = "syntax error: non-declaration statement outside function body";
    return;
  }
  if (type == GoParser::ELSE && isAutoSemicolon(previous)) {
    msg = "syntax error: unexpected semicolon or newline before else";
    return;
  }
  if (has(expected, GoParser::IF) && has(expected, GoParser::L_CURLY) && expected.size() == 2) {
    msg = "syntax error: else must be followed by if or statement block";
    return;
  }
  // A statement list ends only at ';' or a closing token.
  bool inBlock = rule == GoParser::RuleBlock || rule == GoParser::RuleStatementList;
  bool inClauses = (rule == GoParser::RuleStatement || rule == GoParser::RuleSwitchHeader) &&
                   has(expected, GoParser::R_CURLY) && !has(expected, GoParser::L_CURLY);
  if ((inBlock && has(expected, GoParser::R_CURLY)) ||
      (inClauses && previous && previous->getType() != GoParser::L_CURLY)) {
    msg = unexpected + " at end of statement";
    return;
  }
  if (inClauses || (has(expected, GoParser::CASE) && has(expected, GoParser::DEFAULT))) {
    msg = unexpected + ", expecting case or default or }";
    return;
  }
  // Lists: gc says which list and what is missing.
  if (rule == GoParser::RuleSuffix && has(expected, GoParser::R_PAREN)) {
    msg = unexpected + " in argument list; possibly missing comma or )";
    return;
  }
  if (rule == GoParser::RuleLiteralValue && has(expected, GoParser::R_CURLY)) {
    msg = unexpected + " in composite literal; possibly missing comma or }";
    return;
  }
  if (rule == GoParser::RuleParameters && has(expected, GoParser::R_PAREN)) {
    msg = unexpected + " in parameter list; possibly missing comma or )";
    return;
  }
  if (has(expected, GoParser::L_CURLY) && !expectsExpression(expected)) {
    if (enclosing(ctx, {GoParser::RuleIfStmt})) msg = unexpected + ", expecting { after if clause";
    else if (enclosing(ctx, {GoParser::RuleForHeader}) || (ctx && ctx->getRuleIndex() == GoParser::RuleStatement &&
                                                           ctx->getStart()->getType() == GoParser::FOR))
      msg = unexpected + ", expecting { after for clause";
    else if (expected.size() == 1) msg = unexpected + ", expecting {";
    else msg = unexpected;
    if (msg != unexpected || expected.size() == 1) return;
  }
  if (expectsExpression(expected)) {
    msg = unexpected + ", expecting expression";
    return;
  }
  if (expectsType(expected)) {
    msg = unexpected + ", expecting type";
    return;
  }
  if (expected.size() == 1) {
    msg = unexpected + ", expecting " + expectedName(parser->getVocabulary(), static_cast<size_t>(expected.getMinElement()));
    return;
  }
  if (expected.size() == 2 && has(expected, GoParser::COMMA)) {
    ssize_t other = expected.getMinElement() == GoParser::COMMA ? expected.getMaxElement() : expected.getMinElement();
    msg = unexpected + ", expecting comma or " + expectedName(parser->getVocabulary(), static_cast<size_t>(other));
    return;
  }
  msg = unexpected;
}

}  // namespace syntax
