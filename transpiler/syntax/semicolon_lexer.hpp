// The token source the parser reads: GoLexer's tokens with Go's automatic
// semicolons inserted, layout and comments removed.
//
// Spec "Semicolons": when the input is broken into tokens, a semicolon is
// inserted after a line's final token if that token is an identifier, a
// basic literal, one of the keywords break, continue, fallthrough, return,
// or one of ++ -- ) ] }. As in gc, a general comment that spans lines acts
// like a newline, and the end of the file ends the last line. An inserted
// semicolon has the text "\n" (or "EOF" at the end), so that errors can say
// "unexpected newline" as gc does; a written one has ";".
//
// The wrapper also reports the lexical errors the lenient lexer grammar lets
// through (unterminated literals and comments, bad digits and escapes,
// invalid characters; the first one only), guards the parser's recursion
// by ending the input when brackets nest too deeply, and keeps //go: and
// //go2cpp: directive comments aside for the AST builder.
//
// Internal to syntax/: includes ANTLR.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "GoLexer.h"
#include "antlr4-runtime.h"

namespace syntax {

// ANTLR's input stream over code points already decoded by SourceText
// (ANTLR's own UTF-8 conversion is slower and throws on bad input); it
// takes them over rather than copying four bytes per character again.
class CodePointStream : public antlr4::ANTLRInputStream {
 public:
  CodePointStream(std::u32string&& codePoints, const std::string& name) {
    _data = std::move(codePoints);
    p = 0;
    this->name = name;
  }
};

// A lexical error, positioned by code-point index in the input.
struct LexicalError {
  size_t cpIndex = 0;
  int byteDelta = 0;  // a byte offset inside the token (literal errors)
  std::string message;
};

// A //go:xxx or //go2cpp:xxx line comment.
struct RawDirective {
  size_t cpIndex = 0;         // where the comment starts
  size_t nextTokenIndex = 0;  // code-point index of the next significant token
  std::string text;           // without the leading "//"
};

// A //line or /*line*/ comment (gc's line directives; parse.cpp reads them).
struct RawLineDirective {
  size_t cpIndex = 0;     // where the comment starts
  size_t endIndex = 0;    // code-point index just after it
  bool lineComment = false;  // //line (must start a line) rather than /*line*/
  std::string text;       // after "line "
};

class SemicolonLexer : public antlr4::TokenSource {
 public:
  // Brackets nested deeper than this end the input (the parser recurses).
  static constexpr int kMaxNesting = 1000;

  explicit SemicolonLexer(gogrammar::GoLexer& lexer) : lexer_(lexer) {}

  std::unique_ptr<antlr4::Token> nextToken() override;
  size_t getLine() const override { return lexer_.getLine(); }
  size_t getCharPositionInLine() override { return lexer_.getCharPositionInLine(); }
  antlr4::CharStream* getInputStream() override { return lexer_.getInputStream(); }
  std::string getSourceName() override { return lexer_.getSourceName(); }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override { return lexer_.getTokenFactory(); }

  const std::optional<LexicalError>& error() const { return error_; }
  std::vector<RawDirective>& directives() { return directives_; }
  const std::vector<RawLineDirective>& lineDirectives() const { return lineDirectives_; }

  // True for the tokens after which a newline means ';'.
  static bool endsStatement(size_t tokenType);

 private:
  std::unique_ptr<antlr4::Token> makeSemicolon(const antlr4::Token& at, const char* text);
  void checkToken(const antlr4::Token& token);
  void fail(size_t cpIndex, int byteDelta, std::string message);

  gogrammar::GoLexer& lexer_;
  bool insertAtNewline_ = false;  // the last significant token ends a statement
  int nesting_ = 0;
  bool stopped_ = false;          // nesting limit reached: only EOF from now on
  std::unique_ptr<antlr4::Token> pending_;  // EOF, held back behind a final ';'
  std::optional<LexicalError> error_;
  std::vector<RawDirective> directives_;
  size_t directivesWaiting_ = 0;  // directives_ still without nextTokenIndex
  std::vector<RawLineDirective> lineDirectives_;
};

}  // namespace syntax
