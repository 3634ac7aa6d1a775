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
bool checkFiles(const std::vector<std::string>& goFiles, diag::Diagnostics& diags);

// Parses, checks and emits one package (all goFiles must be in the same
// package). For package P made of a.go, b.go the outputs are "P.pkg.hpp",
// "a.go.cpp", "b.go.cpp"; the file that declares main.main also defines the
// C++ main(). Returns false (and leaves `out` empty) on any error.
bool translateFiles(const std::vector<std::string>& goFiles, const PipelineOptions& opts,
                    std::vector<OutputFile>& out, diag::Diagnostics& diags);

}  // namespace cli
