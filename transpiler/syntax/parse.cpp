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

// ANTLR's input stream over code points already decoded by SourceText
// (ANTLR's own UTF-8 conversion is slower and throws on bad input).
class CodePointStream : public antlr4::ANTLRInputStream {
 public:
  CodePointStream(const std::u32string& codePoints, const std::string& name) {
    _data = codePoints;
    p = 0;
    this->name = name;
  }
};

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

  CodePointStream input(text.codePoints(), path);
  gogrammar::GoLexer lexer(&input);
  lexer.removeErrorListeners();
  SemicolonLexer semicolons(lexer);
  antlr4::CommonTokenStream tokens(&semicolons);
  gogrammar::GoParser parser(&tokens);
  parser.removeErrorListeners();

  // Stage 1: SLL prediction, giving up at the first error.
  P::SourceFileContext* tree = nullptr;
  SyntaxFailure failure;
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
    try {
      tree = parser.sourceFile();
    } catch (const antlr4::ParseCancellationException&) {
      tree = nullptr;
    }
  }

  const auto& lexError = semicolons.error();
  if (lexError && (!failure.happened || lexError->cpIndex <= failure.cpIndex)) {
    diags.error(positionOf(text, path, lexError->cpIndex, lexError->byteDelta), lexError->message);
    return nullptr;
  }
  if (failure.happened || !tree) {
    diags.error(positionOf(text, path, failure.cpIndex), failure.message.empty() ? "syntax error" : failure.message);
    return nullptr;
  }

  auto file = std::make_unique<File>();
  file->path = path;
  file->pos.file = diag::internFile(path);
  Builder builder(*file, text, std::move(semicolons.directives()), diags);
  builder.transformSourceFile(*tree);
  if (builder.failed()) return nullptr;
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
