// This file implements `go2cpp run`: find the program in the run cache or
// build it there, then exec it.
//
// exec (rather than fork and wait) makes the program's stdin, stdout,
// stderr, exit status and death by signal exactly its own, and leaves no
// go2cpp process sitting between a shell and the program.
#include <optional>

#include <spdlog/spdlog.h>

#include "cli/build.hpp"
#include "cli/cache.hpp"
#include "cli/failure.hpp"
#include "cli/fileio.hpp"
#include "cli/log.hpp"
#include "cli/packages.hpp"
#include "cli/process.hpp"
#include "cli/verbs.hpp"

namespace cli {
namespace {

// Builds into a fresh directory under the cache's tmp/ and moves the
// program into bin/; returns its cached path, or nullopt on build errors.
std::optional<std::string> buildIntoCache(const Invocation& inv, const PipelineOptions& opts,
                                          const Toolchain& tc, const std::string& root,
                                          const std::string& key) {
  std::string name = programName(inv);
  std::string workDir = makeTempDir(joinPath(root, "tmp"), "build-");
  if (inv.keepWorkDir) std::fprintf(stderr, "WORK=%s\n", workDir.c_str());
  std::optional<std::string> program;
  try {
    std::string built = joinPath(workDir, name);
    if (buildProgram(inv.files, opts, tc, workDir, built)) {
      program = storeCachedProgram(root, key, name, built);
    }
  } catch (...) {
    if (!inv.keepWorkDir) removeTree(workDir);
    throw;
  }
  if (!inv.keepWorkDir) removeTree(workDir);
  return program;
}

}  // namespace

int runRunVerb(Invocation inv) {
  resolvePackageArgs(inv);
  checkPackageFiles("run", inv.files);
  Toolchain tc = loadToolchain();
  requireRuntimeArchive(tc);
  PipelineOptions opts;
  opts.lineDirectives = !inv.noLineDirectives;
  opts.escapeReport = inv.escapeReport;
  opts.localPrefix = inv.localPrefix;

  std::string root = cacheRoot();
  std::string key;
  {
    StageTimer timer("cache key");
    key = buildKey(programSourceFiles(inv.files, inv.localPrefix), opts, tc);
  }
  std::optional<std::string> program;
  // -m reports what translating says: a cached binary would say nothing.
  if (!inv.forceRebuild && !inv.escapeReport) program = findCachedProgram(root, key, programName(inv));
  if (program) {
    spdlog::debug("cache hit: {}", *program);
  } else {
    spdlog::debug("cache miss: building {}", key);
    program = buildIntoCache(inv, opts, tc, root, key);
    if (!program) return kExitErrors;
    trimCache(root);
  }

  std::vector<std::string> argv = {*program};
  argv.insert(argv.end(), inv.programArgs.begin(), inv.programArgs.end());
  execProgram(*program, argv);
}

}  // namespace cli
