// This file implements syntax::scanTokens: GoLexer plus SemicolonLexer over
// a source text, tokens collected with gc positions (see scan.hpp).
#include "syntax/scan.hpp"

#include "GoLexer.h"
#include "antlr4-runtime.h"
#include "syntax/semicolon_lexer.hpp"
#include "syntax/source_text.hpp"

namespace syntax {

ScanResult scanTokens(const std::string& source) {
  ScanResult result;
  SourceText text(source);
  if (const auto& problem = text.problem()) {
    result.error = std::to_string(problem->line) + ":" + std::to_string(problem->col) + ": " + problem->message;
    return result;
  }
  CodePointStream stream(text.takeCodePoints(), "<scan>");
  gogrammar::GoLexer lexer(&stream);
  lexer.removeErrorListeners();
  SemicolonLexer semicolons(lexer);
  for (;;) {
    std::unique_ptr<antlr4::Token> token = semicolons.nextToken();
    if (token->getType() == antlr4::Token::EOF) break;
    ScannedToken scanned;
    std::string written = token->getText();
    if (token->getType() == gogrammar::GoLexer::SEMI) {
      bool automatic = written != ";";
      scanned.kind = automatic ? ScannedToken::Kind::AutoSemicolon : ScannedToken::Kind::Semicolon;
      scanned.text = automatic ? (written == "EOF" ? "EOF" : "newline") : ";";
    } else {
      scanned.text = std::move(written);
    }
    text.position(token->getStartIndex(), scanned.line, scanned.col);
    result.tokens.push_back(std::move(scanned));
  }
  if (const auto& err = semicolons.error()) {
    int32_t line, col;
    text.position(err->cpIndex, line, col);
    result.error = std::to_string(line) + ":" + std::to_string(col + err->byteDelta) + ": " + err->message;
  }
  return result;
}

}  // namespace syntax
