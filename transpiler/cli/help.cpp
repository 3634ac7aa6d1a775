// This file implements `go2cpp help [VERB]` and the usage summary, worded
// after the `go` command's help.
#include <cstdio>
#include <cstring>

#include "cli/failure.hpp"
#include "cli/verbs.hpp"

namespace cli {
namespace {

const char kUsage[] =
    "go2cpp translates Go 1.19 programs to C++20 and builds them against rtlib.\n"
    "\n"
    "Usage:\n"
    "\n"
    "\tgo2cpp <command> [arguments]\n"
    "\tgo2cpp [-o dir] file.go...      translate: write the C++ next to the files (or into dir)\n"
    "\tgo2cpp -p path [-o dir] [-depfile file] file.go...\n"
    "\t                                translate the package with that import path (rtlib's\n"
    "\t                                standard packages); -depfile lists the Go files read\n"
    "\n"
    "The commands are:\n"
    "\n"
    "\tbuild       compile Go files into a program\n"
    "\tcheck       parse and type-check Go files\n"
    "\temit        print the C++ translation of Go files\n"
    "\tparse       parse Go files and report syntax errors\n"
    "\trun         compile (cached) and run a Go program\n"
    "\tversion     print go2cpp's version\n"
    "\n"
    "Flags for every command:\n"
    "\n"
    "\t-v          log the stages, their timings and the commands run (stderr)\n"
    "\t-h          show help for the command\n"
    "\t-e          report all errors, not just the first 10\n"
    "\n"
    "Use \"go2cpp help <command>\" for more information about a command.\n";

struct VerbHelp {
  const char* verb;
  const char* text;
};

const VerbHelp kVerbHelp[] = {
    {"build",
     "usage: go2cpp build [-a] [-d=bce] [-o output] [-no-line] [-work] file.go...\n"
     "\n"
     "Build translates the named Go files (one package main, all in one\n"
     "directory) and compiles them with the system C++ compiler ($CXX, default\n"
     "c++) at -O2 -g against rtlib. The program is named after the first file\n"
     "without .go and written to the current directory, or to -o output (a\n"
     "directory: the program goes inside it).\n"
     "\n"
     "C++ compiler messages point at Go positions through #line directives.\n"
     "$GO2CPP_CXXFLAGS adds compiler flags (for example -O0 for faster builds).\n"
     "An unchanged program is not compiled again: it is copied from the cache\n"
     "go2cpp run keeps (see go2cpp help run). -a rebuilds anyway.\n"
     "-work prints the temporary directory with the emitted C++ and keeps it.\n"
     "-d=bce lists on stderr every index and slice expression whose bounds\n"
     "check stays (\"x.go:12:7: Found IsInBounds\"), as gc's\n"
     "-d=ssa/check_bce/debug=1 does; the others were proven in range.\n"},
    {"check",
     "usage: go2cpp check [-p path] file.go...\n"
     "\n"
     "Check parses and type-checks the named files: the files of one directory\n"
     "form one package. It prints nothing and exits 0 when all are well-typed;\n"
     "otherwise it prints file.go:line:col: message lines and exits 1.\n"},
    {"emit",
     "usage: go2cpp emit [-d=bce] [-no-line] [-p path] file.go...\n"
     "\n"
     "Emit prints the C++ translation of the named files (one package) to\n"
     "standard output, each output file after a \"// ==== name ====\" banner.\n"
     "-no-line leaves out the #line directives, for reading. -p names the\n"
     "package's import path when it is not package main. -d=bce lists the\n"
     "bounds checks that stay (see go2cpp help build).\n"},
    {"parse",
     "usage: go2cpp parse file...\n"
     "\n"
     "Parse parses each named file. It prints nothing and exits 0 when all\n"
     "parse; otherwise it prints file.go:line:col: syntax error: ... lines and\n"
     "exits 1. Any number of files may be named; -v reports the total size.\n"},
    {"run",
     "usage: go2cpp run [-a] [-no-line] [-work] file.go... [--] [arguments...]\n"
     "\n"
     "Run builds the named Go files like go2cpp build and runs the program with\n"
     "the arguments: everything from the first argument that is not a .go file\n"
     "on, or after --. The program replaces go2cpp, so its input, output and\n"
     "exit status are its own.\n"
     "\n"
     "Programs are cached in $GO2CPP_CACHE (default $XDG_CACHE_HOME/go2cpp or\n"
     "~/.cache/go2cpp), keyed by the sources, go2cpp, the compiler and rtlib:\n"
     "an unchanged program is not rebuilt. -a rebuilds anyway.\n"},
    {"version",
     "usage: go2cpp version\n"
     "\n"
     "Version prints go2cpp's version, the Go language version it accepts and\n"
     "the platform.\n"},
};

}  // namespace

void printUsage(bool toStderr) { std::fputs(kUsage, toStderr ? stderr : stdout); }

int runHelpVerb(const Invocation& inv) {
  // `go2cpp -h`, `go2cpp build -h` and `go2cpp help build` all land here.
  std::string topic = inv.helpTopic;
  if (topic.empty() && inv.verb != Verb::Help) topic = verbName(inv.verb);
  if (topic.empty()) {
    printUsage(false);
    return 0;
  }
  for (const auto& help : kVerbHelp) {
    if (topic == help.verb) {
      std::fputs(help.text, stdout);
      return 0;
    }
  }
  throw UsageError("help " + topic + ": unknown help topic. Run 'go2cpp help'.");
}

}  // namespace cli
