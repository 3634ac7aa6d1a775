// The syntax stage's entry point: a Go source file in, an AST out.
//
// ANTLR stays behind this header: callers get a syntax::File and
// diagnostics in gc's words, never a parse tree.
#pragma once

#include <memory>
#include <string>

#include "diag/diag.hpp"
#include "syntax/ast.hpp"

namespace syntax {

// Reads and parses one file. On any error (unreadable, not UTF-8, syntax)
// the error goes into diags and the result is nullptr.
std::unique_ptr<File> parseFile(const std::string& path, diag::Diagnostics& diags);

// The same for source text already in memory (tests, stdin).
std::unique_ptr<File> parseSource(const std::string& path, const std::string& source,
                                  diag::Diagnostics& diags);

}  // namespace syntax
