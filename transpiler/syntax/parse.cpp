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
