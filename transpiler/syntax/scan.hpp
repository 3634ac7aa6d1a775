// The token stream the parser sees, for tests and token dumps.
//
// syntax::scanTokens runs the same lexer and semicolon-inserting wrapper as
// parseSource, without the parser: identifiers, keywords, operators and
// literals with their gc positions, and every semicolon, written or
// automatic. ANTLR stays behind this header (STYLE.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace syntax {

struct ScannedToken {
  enum class Kind { Token, Semicolon, AutoSemicolon };
  Kind kind = Kind::Token;
  std::string text;  // as written; "newline" or "EOF" for an automatic ';'
  int32_t line = 0;  // 1-based
  int32_t col = 0;   // 1-based, in bytes
};

struct ScanResult {
  std::vector<ScannedToken> tokens;  // without the final EOF token
  std::optional<std::string> error;  // the first lexical error: "L:C: message"
};

ScanResult scanTokens(const std::string& source);

}  // namespace syntax
