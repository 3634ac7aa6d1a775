// go2cpp's entry point: read the command line, pick the verb, run it.
//
// The table of contents of the driver:
//   args.cpp         the command line -> Invocation
//   verbs.cpp        translate (default), emit, parse, check, version
//   build.cpp        build: pipeline -> C++ compiler -> program
//   run.cpp          run: build through the cache, then exec the program
//   cache.cpp        the run cache (key, lookup, atomic store, trim)
//   toolchain.cpp    compiler, flags and rtlib paths, from CMake's config
//   process.cpp      spawning the compiler, exec'ing the program
//   crash_guard.cpp  crashes become "internal error" lines, exit 3
//   help.cpp, log.cpp, report.cpp, fileio.cpp, sha256.cpp: support
// The stages themselves are behind pipeline.hpp.
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "cli/args.hpp"
#include "cli/crash_guard.hpp"
#include "cli/failure.hpp"
#include "cli/log.hpp"
#include "cli/report.hpp"
#include "cli/verbs.hpp"

namespace {

int dispatch(const cli::Invocation& inv) {
  using cli::Verb;
  if (inv.wantsHelp) return cli::runHelpVerb(inv);
  switch (inv.verb) {
    case Verb::Translate: return cli::runTranslateVerb(inv);
    case Verb::Emit: return cli::runEmitVerb(inv);
    case Verb::Parse: return cli::runParseVerb(inv);
    case Verb::Check: return cli::runCheckVerb(inv);
    case Verb::Build: return cli::runBuildVerb(inv);
    case Verb::Run: return cli::runRunVerb(inv);
    case Verb::Version: return cli::runVersionVerb(inv);
    case Verb::Help: return cli::runHelpVerb(inv);
  }
  return cli::kExitInternal;
}

int runDriver(const std::vector<std::string>& args) {
  try {
    cli::Invocation inv = cli::parseArgs(args);
    if (inv.missingCommand && !inv.wantsHelp) {  // like `go`: usage on stderr, exit 2
      cli::printUsage(true);
      return cli::kExitUsage;
    }
    cli::setupLogging(inv.verbose);
    cli::setUnlimitedErrors(inv.allErrors);
    int status = dispatch(inv);
    std::fflush(stdout);
    return status;
  } catch (const cli::Failure& failure) {
    std::fflush(stdout);
    std::fprintf(stderr, "go2cpp: %s\n", failure.what());
    return failure.status();
  } catch (const std::exception& e) {
    std::fflush(stdout);
    std::fprintf(stderr, "go2cpp: internal error: %s\n", e.what());
    return cli::kExitInternal;
  } catch (...) {
    std::fflush(stdout);
    std::fprintf(stderr, "go2cpp: internal error: unknown exception\n");
    return cli::kExitInternal;
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return cli::runWithCrashGuard([&] { return runDriver(args); });
}
