// The verbs, one function each; main.cpp dispatches to them. Each returns
// the exit status or throws Failure (see failure.hpp).
#pragma once

#include "cli/args.hpp"

namespace cli {

int runTranslateVerb(const Invocation& inv);  // go2cpp FILE.go... [-o DIR]
int runEmitVerb(const Invocation& inv);       // go2cpp emit FILE.go...
int runParseVerb(const Invocation& inv);      // go2cpp parse FILE...
int runCheckVerb(const Invocation& inv);      // go2cpp check FILE...
int runBuildVerb(Invocation inv);            // go2cpp build [-o EXE] [FILE.go... | DIR] (build.cpp)
int runRunVerb(Invocation inv);              // go2cpp run FILE.go... | DIR [args] (run.cpp)
int runVersionVerb(const Invocation& inv);    // go2cpp version
int runHelpVerb(const Invocation& inv);       // go2cpp help [VERB]                (help.cpp)

// The usage summary, for `go2cpp` without arguments (on stderr, exit 2).
void printUsage(bool toStderr);

}  // namespace cli
