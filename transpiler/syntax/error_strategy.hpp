// Syntax errors in gc's words from ANTLR's error information.
//
// GcErrorStrategy replaces ANTLR's recovery: at the first error it composes
// gc's message ("unexpected newline, expecting comma or }", "unexpected x
// at end of statement", "non-declaration statement outside function body",
// ...) from the offending token, the tokens ANTLR expected and the rule it
// was in, records it, and stops the parse: one syntax error per file.
//
// Internal to syntax/: includes ANTLR.
#pragma once

#include <string>

#include "GoParser.h"
#include "antlr4-runtime.h"

namespace syntax {

struct SyntaxFailure {
  bool happened = false;
  size_t cpIndex = 0;  // where (code-point index of the offending token)
  std::string message;
};

class GcErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  explicit GcErrorStrategy(SyntaxFailure& failure) : failure_(failure) {}

  void reportError(antlr4::Parser* parser, const antlr4::RecognitionException& e) override;
  void recover(antlr4::Parser* parser, std::exception_ptr e) override;
  antlr4::Token* recoverInline(antlr4::Parser* parser) override;
  void sync(antlr4::Parser*) override {}

 private:
  void fail(antlr4::Parser* parser, antlr4::Token* offending, const antlr4::misc::IntervalSet& expected,
            antlr4::ParserRuleContext* ctx);
  // The message; `at` may move to where gc reports it.
  std::string messageFor(antlr4::Parser* parser, antlr4::Token*& at, const antlr4::misc::IntervalSet& expected,
                         antlr4::ParserRuleContext* ctx);

  SyntaxFailure& failure_;
};

// How gc names a token in "unexpected X": newline, EOF, a name, "literal 5",
// a keyword or the operator itself.
std::string describeToken(antlr4::Token* token);

}  // namespace syntax
