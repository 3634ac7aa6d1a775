// The pipeline as the driver sees it: Go files in, C++ files out.
//
// This is the table of contents of the transpiler: parse every file
// (syntax::parseFile), check the package (types::check), and print it
// (emit::package). The command-line verbs (parse, check, emit, build, run)
// call these and never reach into a stage.
#pragma once

#include <string>
#include <vector>

#include "diag/diag.hpp"

namespace cli {

struct PipelineOptions {
  bool lineDirectives = true;  // #line N "file.go" before every statement
  // The import path of the package (gc's -p). Empty: a command, package
  // main. rtlib's build names a standard package's path ("unicode/utf8");
  // its folder's native.hpp, if any, declares the //go2cpp:native functions.
  std::string importPath;
  // -d=bce: print every bounds check that stays (bce::describe), as gc's
  // -d=ssa/check_bce/debug=1 does.
  bool reportBounds = false;
  // Print the escape analysis' decisions (gc's -m) on stderr.
  bool escapeReport = false;
  // gc's -D: a relative import "./a" is the package <localPrefix>/a, in
  // the main package's folder (how Go's test runner builds rundir tests).
  std::string localPrefix;
  // #line directives name Go files by absolute paths (build and run: the
  // debug information then does, as gc's).
  bool absoluteLinePaths = false;
};

// One file of C++ produced for a package: `name` is a bare file name
// ("main.go.cpp", "main.pkg.hpp"); the caller decides the directory.
struct OutputFile {
  std::string name;
  std::string text;
  bool isSource() const { return name.size() > 4 && name.compare(name.size() - 4, 4, ".cpp") == 0; }
};

// Parses each file; reports syntax errors (and unreadable / non-UTF-8 /
// empty files) into diags. Returns true when every file parsed.
bool parseFiles(const std::vector<std::string>& goFiles, diag::Diagnostics& diags);

// Parses and type-checks one package. Returns true when it is well-typed.
// With escapeReport, a well-typed package's escape decisions go to stderr
// (gc's -m).
bool checkFiles(const std::vector<std::string>& goFiles, diag::Diagnostics& diags,
                const std::string& importPath = "", bool escapeReport = false,
                const std::string& localPrefix = "");

// Parses, checks and emits one package (all goFiles must be in the same
// package). For package main made of a.go, b.go the outputs are
// "main.pkg.hpp", "a.go.cpp", "b.go.cpp"; the file that declares main.main
// also defines the C++ main(). Package unicode/utf8 gets "utf8.hpp" instead
// (see emit::headerInclude). Returns false (and leaves `out` empty) on any
// error. When `sourcesRead` is given, it receives every Go file parsed:
// the package's and those of the packages it imports, directly or not.
bool translateFiles(const std::vector<std::string>& goFiles, const PipelineOptions& opts,
                    std::vector<OutputFile>& out, diag::Diagnostics& diags,
                    std::vector<std::string>* sourcesRead = nullptr);

// translateFiles for a whole program: package main and every package it
// imports outside the standard library (from its module, the modules it
// requires, or relative imports; cli/packages.hpp). Package P's files are
// named "P/utf8.hpp", "P/x.go.cpp" (P its import path), main's as above.
bool translateProgram(const std::vector<std::string>& goFiles, const PipelineOptions& opts,
                      std::vector<OutputFile>& out, diag::Diagnostics& diags,
                      std::vector<std::string>* sourcesRead = nullptr);

}  // namespace cli
