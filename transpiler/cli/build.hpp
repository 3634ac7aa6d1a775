// `go2cpp build`: Go files to a native program, through the pipeline and
// the system C++ compiler. `go2cpp run` builds with the same function.
#pragma once

#include <string>
#include <vector>

#include "cli/args.hpp"
#include "cli/pipeline.hpp"
#include "cli/toolchain.hpp"

namespace cli {

// Checks the inputs of build and run as the `go` command does: at least
// one file, all named *.go, all in one directory. Throws UsageError.
void checkPackageFiles(const std::string& verb, const std::vector<std::string>& goFiles);

// A folder named instead of files (`go2cpp build`, `build ./cmd/x`, `run
// .`): inv.files become the folder's Go files of the build and
// inv.program the name `go build` gives the program (the last element of
// the package's import path in a module, else the folder's name). No
// argument to build means ".". Throws Failure when the folder has no Go
// files.
void resolvePackageArgs(Invocation& inv);

// "x" for x.go (`go build x.go`), or inv.program.
std::string programName(const Invocation& inv);

// Translates goFiles into workDir and compiles and links them into
// `program`. On a translation error the diagnostics are printed; on a
// compiler error the compiler's own messages have been shown. Returns
// true on success.
bool buildProgram(const std::vector<std::string>& goFiles, const PipelineOptions& opts,
                  const Toolchain& tc, const std::string& workDir, const std::string& program);

}  // namespace cli
