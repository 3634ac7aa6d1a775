// This file implements GcErrorStrategy: the mapping from ANTLR's view of a
// syntax error (offending token, expected token set, current rule) to the
// message gc's hand-written parser prints in the same situation
// (cmd/compile/internal/syntax/parser.go in Go 1.19).
#include "syntax/error_strategy.hpp"

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

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

// Tokens that continue an expression or a simple statement already begun:
// gc's parser does not "expect" them, it just would have taken them.
bool continuesExpression(size_t t) {
  switch (t) {
    case GoParser::LOGICAL_OR: case GoParser::LOGICAL_AND: case GoParser::EQUALS: case GoParser::NOT_EQUALS:
    case GoParser::LESS: case GoParser::LESS_OR_EQUALS: case GoParser::GREATER: case GoParser::GREATER_OR_EQUALS:
    case GoParser::PLUS: case GoParser::MINUS: case GoParser::OR: case GoParser::CARET: case GoParser::STAR:
    case GoParser::DIV: case GoParser::MOD: case GoParser::SHL: case GoParser::SHR: case GoParser::AMPERSAND:
    case GoParser::AND_NOT: case GoParser::DOT: case GoParser::L_BRACKET: case GoParser::L_PAREN:
    case GoParser::ASSIGN: case GoParser::DEFINE: case GoParser::ADD_ASSIGN: case GoParser::SUB_ASSIGN:
    case GoParser::MUL_ASSIGN: case GoParser::QUO_ASSIGN: case GoParser::REM_ASSIGN: case GoParser::AND_ASSIGN:
    case GoParser::OR_ASSIGN: case GoParser::XOR_ASSIGN: case GoParser::SHL_ASSIGN: case GoParser::SHR_ASSIGN:
    case GoParser::AND_NOT_ASSIGN: case GoParser::INC: case GoParser::DEC: case GoParser::ARROW:
      return true;
  }
  return false;
}

// After these tokens an operand must follow.
bool wantsOperand(size_t t) {
  switch (t) {
    case GoParser::COMMA: case GoParser::L_PAREN: case GoParser::L_BRACKET: case GoParser::COLON:
    case GoParser::EXCLAMATION: case GoParser::TILDE: case GoParser::RETURN: case GoParser::GO:
    case GoParser::DEFER: case GoParser::CASE: case GoParser::RANGE: case GoParser::IF: case GoParser::SWITCH:
    case GoParser::FOR: case GoParser::L_CURLY:
      return true;
  }
  return continuesExpression(t) && t != GoParser::DOT && t != GoParser::INC && t != GoParser::DEC;
}

bool isAutoSemicolon(antlr4::Token* t) {
  return t && t->getType() == GoParser::SEMI && t->getText() != ";";
}

bool within(antlr4::ParserRuleContext* ctx, size_t rule) {
  for (auto* c = ctx; c; c = dynamic_cast<antlr4::ParserRuleContext*>(c->parent))
    if (c->getRuleIndex() == rule) return true;
  return false;
}

size_t typeOf(antlr4::Token* t) { return t ? t->getType() : antlr4::Token::INVALID_TYPE; }

// A list gc parses with its list(): what it is called, its separator and
// its closing token.
struct ListContext {
  const char* name;
  size_t separator, close;
  antlr4::ParserRuleContext* ctx;
};

bool hasChildToken(antlr4::ParserRuleContext* ctx, size_t type) { return ctx->getToken(type, 0) != nullptr; }

// What the parser was in when it failed: the innermost list, statement
// header, statement list, or the top level. Walks up from the failing rule.
struct Situation {
  std::optional<ListContext> list;
  antlr4::ParserRuleContext* header = nullptr;  // an ifStmt, or a for/switch/select statement
  antlr4::ParserRuleContext* statements = nullptr;  // block, statementList or case/comm clause
  antlr4::ParserRuleContext* typeSpec = nullptr;
  size_t closer = 0;   // inside (x) or x.(T): the ')' that ends it
  bool index = false;  // inside x[...]
  bool topLevel = false;
};

Situation situationOf(antlr4::ParserRuleContext* ctx, antlr4::Token* offending) {
  Situation s;
  for (auto* c = ctx; c; c = dynamic_cast<antlr4::ParserRuleContext*>(c->parent)) {
    // A rule that failed on its first token was not entered yet: the
    // situation is its caller's (a for body that lacks its '{').
    if (c->getStart() == offending) {
      if (c->getRuleIndex() == GoParser::RuleBlock) continue;
      return s;  // what the rule wanted first is the message (`func u`: expecting '(')
    }
    switch (c->getRuleIndex()) {
      case GoParser::RuleOperand:
        if (c->getStart()->getType() == GoParser::L_PAREN) {
          s.closer = GoParser::R_PAREN;
          return s;
        }
        break;
      case GoParser::RuleSuffix:
        if (c->getStart()->getType() == GoParser::L_PAREN) {
          s.list = ListContext{"argument list", GoParser::COMMA, GoParser::R_PAREN, c};
          return s;
        }
        if (c->getStart()->getType() == GoParser::L_BRACKET) {
          s.index = true;
          return s;
        }
        if (hasChildToken(c, GoParser::L_PAREN)) {  // x.(T)
          s.closer = GoParser::R_PAREN;
          return s;
        }
        break;
      case GoParser::RuleLiteralValue:
        s.list = ListContext{"composite literal", GoParser::COMMA, GoParser::R_CURLY, c};
        return s;
      case GoParser::RuleParameters:
        s.list = ListContext{"parameter list", GoParser::COMMA, GoParser::R_PAREN, c};
        return s;
      case GoParser::RuleTypeParameters:
        s.list = ListContext{"parameter list", GoParser::COMMA, GoParser::R_BRACKET, c};
        return s;
      case GoParser::RuleStructType:
        s.list = ListContext{"struct type", GoParser::SEMI, GoParser::R_CURLY, c};
        return s;
      case GoParser::RuleInterfaceType:
        s.list = ListContext{"interface type", GoParser::SEMI, GoParser::R_CURLY, c};
        return s;
      case GoParser::RuleImportDecl: case GoParser::RuleConstDecl: case GoParser::RuleVarDecl:
      case GoParser::RuleTypeDecl:
        if (hasChildToken(c, GoParser::L_PAREN))
          s.list = ListContext{"grouped declaration", GoParser::SEMI, GoParser::R_PAREN, c};
        return s;
      case GoParser::RuleTypeSpec:
        if (!s.typeSpec) s.typeSpec = c;
        break;
      case GoParser::RuleIfStmt:
        s.header = c;
        return s;
      case GoParser::RuleStatement: {
        size_t first = c->getStart()->getType();
        if (first == GoParser::FOR || ((first == GoParser::SWITCH || first == GoParser::SELECT) &&
                                       !hasChildToken(c, GoParser::L_CURLY))) {
          s.header = c;
          return s;
        }
        if (first == GoParser::SWITCH || first == GoParser::SELECT) {  // among the clauses
          s.statements = c;
          return s;
        }
        break;
      }
      case GoParser::RuleBlock: case GoParser::RuleStatementList: case GoParser::RuleCaseClause:
      case GoParser::RuleCommClause:
        s.statements = c;
        return s;
      case GoParser::RuleSourceFile:
        s.topLevel = true;
        return s;
    }
  }
  return s;
}

// The number of ';' already matched in a for header.
int semicolonsIn(antlr4::tree::ParseTree* tree) {
  int n = 0;
  for (auto* child : tree->children) {
    if (auto* t = dynamic_cast<antlr4::tree::TerminalNode*>(child)) n += t->getSymbol()->getType() == GoParser::SEMI;
    else if (dynamic_cast<GoParser::ForHeaderContext*>(child) || dynamic_cast<GoParser::ForClauseTailContext*>(child))
      n += semicolonsIn(child);
  }
  return n;
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
  if (t == GoParser::COMMA) return "comma";
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
  failure_.cpIndex = tok->getStartIndex();  // EOF's index is one past the end: the end of the file
  antlr4::Token* at = tok;
  failure_.message = messageFor(parser, at, expected, ctx);
  failure_.cpIndex = at->getStartIndex();
  // GO2CPP_DEBUG_SYNTAX=1 shows what ANTLR saw at the error: the tool for
  // fitting a new case of gc's messages.
  if (std::getenv("GO2CPP_DEBUG_SYNTAX")) {
    std::string chain;
    for (auto* c = ctx; c; c = dynamic_cast<antlr4::ParserRuleContext*>(c->parent))
      chain += std::string(parser->getRuleNames()[c->getRuleIndex()]) + " < ";
    std::fprintf(stderr, "DEBUG tok=%s rule chain: %s\n  expected: %s\n", tok->getText().c_str(), chain.c_str(),
            expected.toString(parser->getVocabulary()).c_str());
  }
}

// gc's parser (cmd/compile/internal/syntax/parser.go) says what it wanted
// where it stopped; ANTLR says which tokens could have followed. The cases
// below map the second to the first, most specific situation first.
std::string GcErrorStrategy::messageFor(antlr4::Parser* parser, antlr4::Token*& at,
                                        const antlr4::misc::IntervalSet& expected, antlr4::ParserRuleContext* ctx) {
  antlr4::Token* tok = at;
  size_t type = tok->getType();
  const std::string unexpected = "syntax error: unexpected " + describeToken(tok);
  auto* stream = parser->getTokenStream();
  auto back = [&](size_t n) -> antlr4::Token* {
    return tok->getTokenIndex() >= n ? stream->get(tok->getTokenIndex() - n) : nullptr;
  };
  antlr4::Token* previous = back(1);
  size_t prev = typeOf(previous);
  size_t rule = ctx ? ctx->getRuleIndex() : GoParser::RuleSourceFile;
  auto expecting = [&](size_t t) { return unexpected + ", expecting " + expectedName(parser->getVocabulary(), t); };

  // The file's first token must be `package`; then a name.
  if (rule == GoParser::RulePackageClause || (rule == GoParser::RuleSourceFile && !previous)) {
    if (prev != GoParser::PACKAGE) return "syntax error: package statement must be first";
    return expecting(GoParser::IDENTIFIER);
  }
  // `else` must be followed by `if` or a block.
  if (prev == GoParser::ELSE) return "syntax error: else must be followed by if or statement block";
  // After `x.` (a selector or a type assertion).
  if (prev == GoParser::DOT && has(expected, GoParser::L_PAREN))
    return unexpected + ", expecting name or (";
  if (prev == GoParser::CHAN || (prev == GoParser::ARROW && typeOf(back(2)) == GoParser::CHAN))
    return "syntax error: missing channel element type";
  // gc's return takes an expression list unless a ';' or '}' follows.
  if (prev == GoParser::RETURN && type != GoParser::SEMI && type != GoParser::R_CURLY)
    return unexpected + ", expecting expression";
  if (prev == GoParser::L_BRACKET && type == GoParser::R_BRACKET && within(ctx, GoParser::RuleTypeParameters))
    return "syntax error: empty type parameter list";
  // `L: )`: a label must label a statement.
  if (prev == GoParser::COLON && typeOf(back(2)) == GoParser::IDENTIFIER && type != GoParser::R_CURLY) {
    size_t before = typeOf(back(3));
    if (before == GoParser::SEMI || before == GoParser::L_CURLY || !back(3))
      if (!expectsExpression(expected) || type == GoParser::R_PAREN || type == GoParser::R_BRACKET ||
          type == GoParser::ELSE || type == GoParser::COLON || type == GoParser::COMMA) {
        at = previous;  // gc reports it at the ':'
        return "syntax error: missing statement after label";
      }
  }

  Situation where = situationOf(ctx, tok);
  // An operand is missing: after an operator, an opening bracket, a comma...
  bool atOperand = wantsOperand(prev) && expectsExpression(expected);
  if (atOperand && !where.statements && !where.topLevel) {
    bool headerStart = where.header && (prev == GoParser::IF || prev == GoParser::SWITCH || prev == GoParser::FOR);
    if (!headerStart || type != GoParser::L_CURLY) return unexpected + ", expecting expression";
  }
  if (atOperand && where.statements && prev != GoParser::L_CURLY && prev != GoParser::COLON)
    return unexpected + ", expecting expression";

  if (where.typeSpec) {
    // Right after `type T`, `type T =` or `type T[P any]`: the type is missing.
    antlr4::Token* name = where.typeSpec->getStart();
    auto* params = where.typeSpec->getRuleContext<GoParser::TypeParametersContext>(0);
    if (previous == name || (prev == GoParser::ASSIGN && back(2) == name) || (params && params->getStop() == previous))
      return unexpected + " in type declaration";
  }

  if (where.index) {
    if (prev == GoParser::L_BRACKET || prev == GoParser::COLON || prev == GoParser::COMMA)
      return unexpected + ", expecting expression";
    return unexpected + ", expecting comma, : or ]";
  }
  if (where.closer) {
    if (expectsType(expected)) return unexpected + ", expecting type";
    return expecting(where.closer);
  }

  if (where.list) {
    const ListContext& list = *where.list;
    if (type == antlr4::Token::EOF) return expecting(list.close);
    bool atElement = prev == list.separator || prev == GoParser::L_PAREN || prev == GoParser::L_BRACKET ||
                     prev == GoParser::L_CURLY;
    if (!atElement) {
      return unexpected + " in " + list.name + "; possibly missing " +
             expectedName(parser->getVocabulary(), list.separator) + " or " +
             expectedName(parser->getVocabulary(), list.close);
    }
    std::string name = list.name;
    if (name == "argument list" || name == "composite literal") return unexpected + ", expecting expression";
    if (name == "parameter list") return expecting(list.close);
    if (name == "struct type") return unexpected + ", expecting field name or embedded type";
    if (name == "interface type") return unexpected + ", expecting ~ term or type";
    if (name == "grouped declaration") {
      if (list.ctx->getRuleIndex() == GoParser::RuleImportDecl) return "syntax error: missing import path";
      return expecting(GoParser::IDENTIFIER);  // each const, var and type spec starts with a name
    }
    if (expectsExpression(expected)) return unexpected + ", expecting expression";
  }

  if (where.header) {
    antlr4::ParserRuleContext* h = where.header;
    size_t keyword = h->getStart()->getType();
    if (keyword == GoParser::SELECT) return "syntax error: missing { after select clause";
    if (keyword == GoParser::IF) {
      if (hasChildToken(h, GoParser::SEMI)) return unexpected + ", expecting { after if clause";
      return unexpected + ", expecting {";
    }
    if (keyword == GoParser::SWITCH) {
      auto* header = h->getRuleContext<GoParser::SwitchHeaderContext>(0);
      if (header && hasChildToken(header, GoParser::SEMI)) return "syntax error: missing { after switch clause";
      if (has(expected, GoParser::CASE) || has(expected, GoParser::DEFAULT)) {
        if (prev != GoParser::L_CURLY && prev != GoParser::COLON && !isAutoSemicolon(previous) && prev != GoParser::SEMI)
          return unexpected + " at end of statement";
        return unexpected + ", expecting case or default or }";
      }
      return unexpected + ", expecting {";
    }
    if (keyword == GoParser::FOR) {
      int semis = semicolonsIn(h);
      if (semis >= 2) return unexpected + ", expecting { after for clause";
      if (semis == 1) {
        if (prev == GoParser::SEMI && type == GoParser::L_CURLY) return unexpected + ", expecting for loop condition";
        return expecting(GoParser::SEMI);
      }
      return unexpected + ", expecting {";
    }
  }

  if (where.statements) {
    size_t owner = where.statements->getRuleIndex();
    // In `case x, y:` before the colon.
    if ((owner == GoParser::RuleCaseClause || owner == GoParser::RuleCommClause) &&
        !hasChildToken(where.statements, GoParser::COLON)) {
      if (prev == GoParser::COMMA || prev == GoParser::CASE) return unexpected + ", expecting expression";
      return expecting(GoParser::COLON);
    }
    bool atStart = prev == GoParser::L_CURLY || prev == GoParser::SEMI || prev == GoParser::COLON;
    if (!atStart) return unexpected + " at end of statement";
    if (owner == GoParser::RuleCaseClause || owner == GoParser::RuleCommClause ||
        (has(expected, GoParser::CASE) && has(expected, GoParser::DEFAULT)))
      return unexpected + ", expecting case or default or }";
    return expecting(GoParser::R_CURLY);
  }

  if (prev == GoParser::IMPORT || (rule == GoParser::RuleImportSpec && !isLiteral(type)))
    return "syntax error: missing import path";

  if (where.topLevel) {
    if (type == GoParser::L_CURLY && isAutoSemicolon(previous))
      return "syntax error: unexpected semicolon or newline before {";
    if (prev != GoParser::SEMI) return unexpected + " after top level declaration";
    return "syntax error: non-declaration statement outside function body";
  }
  if (expectsExpression(expected)) return unexpected + ", expecting expression";
  if (expectsType(expected)) return unexpected + ", expecting type";

  // What is left of the expected set once the tokens that would merely have
  // continued the construct are set aside.
  std::vector<size_t> wanted;
  for (ssize_t t : expected.toList())
    if (!continuesExpression(static_cast<size_t>(t))) wanted.push_back(static_cast<size_t>(t));
  if (wanted.empty())
    for (ssize_t t : expected.toList()) wanted.push_back(static_cast<size_t>(t));
  if (wanted.size() == 1) return expecting(wanted[0]);
  if (wanted.size() == 2 && (wanted[0] == GoParser::COMMA || wanted[1] == GoParser::COMMA)) {
    size_t other = wanted[0] == GoParser::COMMA ? wanted[1] : wanted[0];
    return unexpected + ", expecting comma or " + expectedName(parser->getVocabulary(), other);
  }
  return unexpected;
}

}  // namespace syntax
