// This file implements `go2cpp build`: translate into a temporary
// directory, compile each emitted .cpp (in parallel, one job per core),
// link against rtlib, keep the program in the cache and copy it to its
// destination (or just copy it from the cache when nothing changed).
//
// The compiler runs in the user's current directory, so the relative Go
// paths in #line directives resolve for the compiler's messages and for
// gdb (DWARF records that directory).
#include "cli/build.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <sys/stat.h>
#include <thread>

#include <spdlog/spdlog.h>

#include "cli/cache.hpp"
#include "cli/failure.hpp"
#include "cli/fileio.hpp"
#include "cli/log.hpp"
#include "cli/packages.hpp"
#include "cli/process.hpp"
#include "cli/report.hpp"
#include "cli/verbs.hpp"

namespace cli {
namespace fs = std::filesystem;

namespace {

bool isGoFile(const std::string& path) {
  return path.size() > 3 && path.compare(path.size() - 3, 3, ".go") == 0;
}

// Moves the built program to where the user asked for it. rename() is
// atomic and does not disturb a copy of the program that is running; when
// the destination is on another file system, copy next to it and rename.
// `-o /dev/null` (or any other non-regular file) means "build, then
// discard", as for `go build`: renaming onto it would replace the device.
bool isDiscarded(const std::string& destination) {
  struct stat st;
  return ::stat(destination.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

// Copies a program to `to` through a file next to it and a rename, so that
// a running copy of the old program is not disturbed. A copy, not a link,
// when it comes from the cache: the user may strip or overwrite it.
void copyProgram(const std::string& from, const std::string& to) {
  if (isDiscarded(to)) return;
  std::error_code ec;
  fs::create_directories(dirName(to), ec);  // as `go build -o newdir/x` does
  std::string staging = to + ".tmp" + std::to_string(::getpid());
  fs::copy_file(from, staging, fs::copy_options::overwrite_existing, ec);
  if (!ec) fs::rename(staging, to, ec);
  if (ec) {
    fs::remove(staging);
    throw Failure(kExitErrors, "copy " + from + " " + to + ": " + ec.message());
  }
}

void moveProgram(const std::string& from, const std::string& to) {
  if (isDiscarded(to)) return;
  std::error_code mkdirError;
  fs::create_directories(dirName(to), mkdirError);  // as `go build -o newdir/x` does
  if (::rename(from.c_str(), to.c_str()) == 0) return;
  if (errno != EXDEV) throw Failure(kExitErrors, "rename " + from + " " + to + ": " + errnoText(errno));
  copyProgram(from, to);
}

}  // namespace

void checkPackageFiles(const std::string& verb, const std::vector<std::string>& goFiles) {
  if (goFiles.empty()) throw UsageError(verb + ": no go files listed");
  for (const auto& file : goFiles) {
    if (!isGoFile(file)) throw UsageError("named files must be .go files: " + file);
  }
  std::string dir = dirName(goFiles[0]);
  for (const auto& file : goFiles) {
    if (dirName(file) != dir) {
      throw UsageError("named files must all be in one directory; have " + dir + "/ and " +
                       dirName(file) + "/");
    }
  }
  checkInputsExist(goFiles);
}

void resolvePackageArgs(Invocation& inv) {
  if (inv.files.empty() && inv.verb == Verb::Build) inv.files.push_back(".");
  if (inv.files.size() != 1 || isGoFile(inv.files[0])) return;
  std::string dir = inv.files[0];
  if (!isDirectory(dir)) {
    if (std::filesystem::exists(dir)) return;  // checkPackageFiles says it is not a .go file
    throw Failure(kExitErrors, "stat " + dir + ": directory not found");
  }
  PackageFinder finder(dir, {});
  PackageLocation where;
  std::string error;
  if (!finder.findDir(dir, where, error)) throw Failure(kExitErrors, error);
  inv.files = where.files;
  std::string path = where.path.empty() ? where.dir : where.path;
  inv.program = path.substr(path.rfind('/') + 1);
}

std::string programName(const Invocation& inv) {
  if (!inv.program.empty()) return inv.program;
  std::string base = baseName(inv.files.at(0));
  return base.substr(0, base.size() - 3);
}

bool buildProgram(const std::vector<std::string>& goFiles, const PipelineOptions& opts,
                  const Toolchain& tc, const std::string& workDir, const std::string& program) {
  std::vector<OutputFile> outputs;
  {
    StageTimer timer("translate");
    diag::Diagnostics diags;
    PipelineOptions programOpts = opts;
    programOpts.absoluteLinePaths = true;
    if (!translateProgram(goFiles, programOpts, outputs, diags)) {
      printDiagnostics(diags);
      return false;
    }
  }

  std::vector<std::vector<std::string>> compiles;
  std::vector<std::string> objects;
  // The C++ goes to src/ (the program itself to workDir: a package whose
  // import path is the program's name would be a folder there). The
  // packages other than main go to folders named by their import paths,
  // where their importers' #include "P/name.hpp" finds them.
  std::string srcDir = joinPath(workDir, "src");
  for (const auto& out : outputs) {
    std::string path = joinPath(srcDir, out.name);
    std::error_code ec;
    fs::create_directories(dirName(path), ec);
    writeFileAtomically(path, out.text);
    if (!out.isSource()) continue;
    std::string object = path + ".o";
    std::vector<std::string> compile = compileCommand(tc, path, object);
    compile.insert(compile.end() - 4, "-I" + srcDir);  // before "-c SOURCE -o OBJECT"
    compiles.push_back(std::move(compile));
    objects.push_back(object);
  }
  if (objects.empty()) throw Failure(kExitErrors, "the translation produced no C++ source file");

  {
    StageTimer timer("compile (" + std::to_string(compiles.size()) + " files)");
    int jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    auto statuses = runCommands(compiles, jobs);
    if (std::any_of(statuses.begin(), statuses.end(), [](int s) { return s != 0; })) return false;
  }
  {
    StageTimer timer("link");
    if (runCommand(linkCommand(tc, objects, program)) != 0) return false;
  }
  return true;
}

int runBuildVerb(Invocation inv) {
  resolvePackageArgs(inv);
  checkPackageFiles("build", inv.files);
  Toolchain tc = loadToolchain();
  requireRuntimeArchive(tc);

  // Like `go build`: x.go becomes ./x; -o names the file, or a directory
  // to put it in.
  std::string destination = programName(inv);
  if (!inv.output.empty()) {
    destination = inv.output;
    if (isDirectory(destination) || destination.back() == '/') {
      destination = joinPath(destination, programName(inv));
    }
  }

  PipelineOptions opts;
  opts.lineDirectives = !inv.noLineDirectives;
  opts.reportBounds = inv.reportBounds;
  opts.escapeReport = inv.escapeReport;
  opts.localPrefix = inv.localPrefix;
  // As `go build` does, an unchanged program is not compiled again: it is
  // copied from the cache `go2cpp run` uses (-a rebuilds it; -work, which
  // wants to show the emitted C++, always builds).
  std::string cache, key;
  if (!inv.keepWorkDir && !inv.reportBounds) {  // -d=bce reports while translating
    cache = cacheRoot();
    StageTimer timer("cache key");
    key = buildKey(programSourceFiles(inv.files, inv.localPrefix), opts, tc);
  }
  if (!key.empty() && !inv.forceRebuild && !inv.escapeReport) {  // -m: translate to report
    if (auto cached = findCachedProgram(cache, key, programName(inv))) {
      spdlog::debug("cache hit: {}", *cached);
      copyProgram(*cached, destination);
      return 0;
    }
  }

  if (!key.empty()) spdlog::debug("cache miss: building {}", key);
  // (In the cache's tmp/ when the program goes to the cache: renaming it
  // there needs the same file system.)
  std::string workDir = makeTempDir(key.empty() ? tempRoot() : joinPath(cache, "tmp"), "go2cpp-build-");
  if (inv.keepWorkDir) std::fprintf(stderr, "WORK=%s\n", workDir.c_str());
  bool ok = false;
  try {
    std::string built = joinPath(workDir, programName(inv));
    ok = buildProgram(inv.files, opts, tc, workDir, built);
    if (ok && !key.empty()) {
      std::string cached = storeCachedProgram(cache, key, programName(inv), built);
      copyProgram(cached, destination);
      trimCache(cache);
    } else if (ok) {
      moveProgram(built, destination);
    }
  } catch (...) {
    if (!inv.keepWorkDir) removeTree(workDir);
    throw;
  }
  if (!inv.keepWorkDir) removeTree(workDir);
  return ok ? 0 : kExitErrors;
}

}  // namespace cli
