// This file implements syntax::parseFile and syntax::parseSource: reading
// and checking the text, the two-stage ANTLR parse (SLL with bail-out
// first, full LL only when SLL fails), the choice between a lexical and a
// syntax error (whichever comes first in the file, as gc reports them in
// order), and the AST build after which the parse tree is dropped.
#include "syntax/parse.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "GoLexer.h"
#include "GoParser.h"
#include "antlr4-runtime.h"
#include "syntax/builder.hpp"
#include "syntax/error_strategy.hpp"
#include "syntax/semicolon_lexer.hpp"
#include "syntax/source_text.hpp"

namespace syntax {

namespace {

// Remembers the root of the parse tree, so that what a failed parse built
// can still be looked at.
class RootCapture : public antlr4::tree::ParseTreeListener {
 public:
  P::SourceFileContext* root = nullptr;
  void enterEveryRule(antlr4::ParserRuleContext* ctx) override {
    if (!root) root = dynamic_cast<P::SourceFileContext*>(ctx);
  }
  void visitTerminal(antlr4::tree::TerminalNode*) override {}
  void visitErrorNode(antlr4::tree::ErrorNode*) override {}
  void exitEveryRule(antlr4::ParserRuleContext*) override {}
};

bool before(const Pos& a, const Pos& b) { return a.line < b.line || (a.line == b.line && a.col < b.col); }

Pos positionOf(const SourceText& text, const std::string& path, size_t cpIndex, int byteDelta = 0) {
  Pos p;
  p.file = diag::internFile(path);
  text.position(cpIndex, p.line, p.col);
  p.col += byteDelta;
  return p;
}

// The digits after text's last ':' (gc's trailingDigits): i is the index
// after that ':' (0: none), ok whether they form a number.
bool trailingDigits(const std::string& text, size_t& i, long& n) {
  size_t colon = text.rfind(':');
  if (colon == std::string::npos) {
    i = 0;
    return false;
  }
  i = colon + 1;
  if (i == text.size() || i + 9 < text.size()) return false;
  n = 0;
  for (size_t k = i; k < text.size(); k++) {
    if (text[k] < '0' || text[k] > '9') return false;
    n = n * 10 + (text[k] - '0');
  }
  return true;
}

// gc's line directives (syntax.parser's updateBase): "//line file:line",
// "//line file:line:col", and the same in /*line ...*/. A //line counts
// only at the start of a line and names the line after it; /*line*/ names
// the position right after the comment. An empty file name keeps the
// previous one when a column is given, else it is unknown ("??", as gc's
// runtime reports it). Directives that are not well formed are ignored.
void recordLineBases(const SourceText& text, const std::string& path, const std::vector<RawLineDirective>& raw) {
  const std::string* real = diag::internFile(path);
  std::vector<diag::LineBase> bases;
  const std::string* current = real;
  for (const RawLineDirective& d : raw) {
    Pos at = positionOf(text, path, d.cpIndex);
    if (d.lineComment && at.col != 1) continue;
    std::string body = d.text;
    size_t i = 0;
    long line = 0, col = 0;
    bool ok = trailingDigits(body, i, line);
    if (i == 0 || !ok) continue;
    size_t i2 = 0;
    long n2 = 0;
    bool hasCol = trailingDigits(body.substr(0, i - 1), i2, n2);
    if (hasCol) {
      col = line;
      line = n2;
      body = body.substr(0, i - 1);
      i = i2;
      if (col == 0) continue;
    }
    if (line <= 0 || line > (1L << 30)) continue;
    std::string file = body.substr(0, i - 1);
    const std::string* f = file.empty() ? (hasCol ? current : diag::internFile("??")) : diag::internFile(file);
    Pos from = d.lineComment ? Pos{real, at.line + 1, 1} : positionOf(text, path, d.endIndex);
    bases.push_back({from.line, from.col, f, static_cast<int32_t>(line)});
    current = f;
  }
  diag::setLineBases(real, std::move(bases));
}

}  // namespace

std::unique_ptr<File> parseSource(const std::string& path, const std::string& source, diag::Diagnostics& diags) {
  SourceText text(source);
  if (const auto& problem = text.problem()) {
    Pos p;
    p.file = diag::internFile(path);
    p.line = problem->line;
    p.col = problem->col;
    diags.error(p, problem->message);
    return nullptr;
  }

  CodePointStream input(text.takeCodePoints(), path);
  gogrammar::GoLexer lexer(&input);
  lexer.removeErrorListeners();
  SemicolonLexer semicolons(lexer);
  antlr4::CommonTokenStream tokens(&semicolons);
  gogrammar::GoParser parser(&tokens);
  parser.removeErrorListeners();

  // Stage 1: SLL prediction, giving up at the first error.
  P::SourceFileContext* tree = nullptr;
  SyntaxFailure failure;
  RootCapture root;
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
  try {
    tree = parser.sourceFile();
  } catch (const antlr4::ParseCancellationException&) {
    // Stage 2: full LL, which is exact; a failure now is a real syntax error.
    tokens.seek(0);
    parser.reset();
    parser.setErrorHandler(std::make_shared<GcErrorStrategy>(failure));
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
    parser.addParseListener(&root);
    try {
      tree = parser.sourceFile();
    } catch (const antlr4::ParseCancellationException&) {
      tree = nullptr;
    }
    parser.removeParseListeners();
  }

  // gc reports errors in file order: the first of the lexical error, the
  // syntax error and the errors the builder finds in the declarations that
  // parsed before the syntax error are reported.
  const auto& lexError = semicolons.error();
  if (lexError && (!failure.happened || lexError->cpIndex <= failure.cpIndex)) {
    diags.error(positionOf(text, path, lexError->cpIndex, lexError->byteDelta), lexError->message);
    return nullptr;
  }
  auto file = std::make_unique<File>();
  file->path = path;
  file->pos.file = diag::internFile(path);
  if (failure.happened || !tree) {
    Pos syntaxPos = positionOf(text, path, failure.cpIndex);
    if (root.root) {
      diag::Diagnostics builderDiags;
      Builder partial(*file, text, tokens, semicolons.directives(), builderDiags);
      partial.transformSourceFile(*root.root, /*completeOnly=*/true);
      // gc stops at the syntax error; what it found before it stands.
      for (const diag::Diagnostic& e : builderDiags.errors())
        if (before(e.pos, syntaxPos)) diags.error(e.pos, e.message);
    }
    diags.error(syntaxPos, failure.message.empty() ? "syntax error" : failure.message);
    return nullptr;
  }

  recordLineBases(text, path, semicolons.lineDirectives());
  Builder builder(*file, text, tokens, std::move(semicolons.directives()), diags);
  builder.transformSourceFile(*tree);
  if (builder.hasSyntaxErrors()) return nullptr;
  return file;
}

std::unique_ptr<File> parseFile(const std::string& path, diag::Diagnostics& diags) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    int err = errno;
    diags.error(Pos{}, "open " + path + ": " + (err == ENOENT ? "no such file or directory" : std::strerror(err)));
    return nullptr;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    diags.error(Pos{}, "read " + path + ": " + std::strerror(errno));
    return nullptr;
  }
  return parseSource(path, buffer.str(), diags);
}

}  // namespace syntax
