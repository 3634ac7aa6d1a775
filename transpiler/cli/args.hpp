// The command line, parsed: which verb, which files, which flags.
//
// Conventions follow the `go` command: a verb first (or none: then the
// arguments are Go files to translate), flags spelled -name or --name,
// values as `-o x` or `-o=x`, `--` ends the flags. For `run`, flags stop at
// the first file and everything from the first argument that is not a .go
// file on is handed to the program, as `go run` does.
#pragma once

#include <string>
#include <vector>

#include "cli/failure.hpp"

namespace cli {

enum class Verb { Translate, Emit, Parse, Check, Build, Run, Version, Help };

const char* verbName(Verb verb);  // "emit", ...; "" for Translate

struct Invocation {
  Verb verb = Verb::Help;
  std::vector<std::string> files;        // inputs, as given
  std::vector<std::string> programArgs;  // run: arguments for the program
  std::string output;                    // -o: a directory (translate) or an executable (build)
  std::string helpTopic;                 // help VERB
  std::string importPath;                // -p: the package's import path (empty: package main)
  std::string depfile;                   // -depfile: write the Go files read, for make/ninja
  std::string localPrefix;               // -D: relative imports "./a" are <prefix>/a (gc's -D)
  std::string program;                   // build/run of a folder: the program's name (resolvePackageArgs)
  bool verbose = false;                  // -v: debug log of the stages on stderr
  bool noLineDirectives = false;         // --no-line
  bool keepWorkDir = false;              // -work: keep (and name) the temporary directory
  bool forceRebuild = false;             // -a: run ignores a cached binary
  bool allErrors = false;                // -e: every error, not just the first 10 (gc's -e)
  bool reportBounds = false;             // -d=bce: list the bounds checks that stay
  bool escapeReport = false;             // -m or -gcflags=-m: print the escape analysis' decisions
  bool wantsHelp = false;                // -h anywhere: show the verb's help
  bool missingCommand = false;           // neither a verb nor files: usage, exit 2
};

// Parses argv[1..]. Throws UsageError for unknown verbs and flags, missing
// flag values and flags the verb does not take.
Invocation parseArgs(const std::vector<std::string>& args);

}  // namespace cli
