// This file implements the pipeline: the stages called in order, and the
// loader that finds an imported standard package's Go declarations in
// rtlib/pkg/<path>/*.go (through the include directories of the toolchain
// config, so the build tree and an install both work).
#include "cli/pipeline.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>

#include "cli/fileio.hpp"
#include "cli/log.hpp"
#include "cli/packages.hpp"
#include "cli/toolchain.hpp"
#include "emit/emit.hpp"
#include "syntax/parse.hpp"
#include "escape/escape.hpp"
#include "types/check.hpp"

namespace cli {

namespace fs = std::filesystem;

namespace {

// Where standard packages' Go sources live: $GO2CPP_PKGROOT, else every
// include directory of the toolchain config (one of them is rtlib/pkg).
std::vector<std::string> packageRoots() {
  std::vector<std::string> roots;
  if (const char* env = std::getenv("GO2CPP_PKGROOT")) roots.push_back(env);
  try {
    for (const auto& dir : loadToolchain().includeDirs) roots.push_back(dir);
  } catch (...) {
    // No toolchain config (unit tests, a broken install): only the env root.
  }
  return roots;
}

// Keeps every parsed file alive for as long as the checker's results, and
// finds imported packages (packages.hpp).
struct Session {
  std::vector<std::unique_ptr<syntax::File>> files;
  std::unique_ptr<types::Context> ctx;
  PackageFinder finder;
  // The program's packages outside the standard library, in the order
  // their checks began.
  std::vector<std::string> programPackages;

  Session(const std::string& mainDir, const std::string& localPrefix)
      : finder(mainDir, packageRoots(), localPrefix) {
    ctx = std::make_unique<types::Context>(
        [this](const std::string& path, diag::Pos at, diag::Diagnostics& diags) { return load(path, at, diags); });
  }

  types::Context::Loaded load(const std::string& path, diag::Pos at, diag::Diagnostics& diags) {
    PackageLocation where;
    std::string error;
    std::string importer = at.file ? dirName(*at.file) : ".";
    if (!finder.find(path, importer, where, error)) {
      diags.error(at, error);
      return {};
    }
    types::Context::Loaded out{where.path, {}};
    for (const auto& f : where.files) {
      auto parsed = syntax::parseFile(f, diags);
      if (!parsed) return {};
      out.files.push_back(parsed.get());
      files.push_back(std::move(parsed));
    }
    spdlog::debug("import {}: {} files from {}", where.path, where.files.size(), where.dir);
    if (!where.isStd && std::find(programPackages.begin(), programPackages.end(), where.path) == programPackages.end())
      programPackages.push_back(where.path);
    return out;
  }

  // Parses the user's files; false if any did not parse.
  bool parse(const std::vector<std::string>& goFiles, diag::Diagnostics& diags,
             std::vector<const syntax::File*>& parsed) {
    bool ok = true;
    for (const auto& f : goFiles) {
      auto file = syntax::parseFile(f, diags);
      if (!file) {
        ok = false;
        continue;
      }
      parsed.push_back(file.get());
      files.push_back(std::move(file));
    }
    return ok;
  }
};

// The package's path: the one given, else main for a command (gc's
// "command-line-arguments").
std::string packagePath(const std::vector<const syntax::File*>& files, const std::string& importPath) {
  if (!importPath.empty()) return importPath;
  if (!files.empty() && files[0]->packageName) return files[0]->packageName->name;
  return "main";
}

// The include of a standard package's native declarations: native.hpp in
// the package's folder, when there is one.
std::string nativeHeaderOf(const std::vector<std::string>& goFiles, const std::string& importPath) {
  if (importPath.empty() || goFiles.empty()) return "";
  std::error_code ec;
  fs::path native = fs::path(goFiles[0]).parent_path() / "native.hpp";
  return fs::exists(native, ec) ? importPath + "/native.hpp" : "";
}

void printEscapeReport(const escape::Result& r) {
  for (const std::string& line : escape::formatMessages(r)) std::fprintf(stderr, "%s\n", line.c_str());
}

}  // namespace

bool parseFiles(const std::vector<std::string>& goFiles, diag::Diagnostics& diags) {
  for (const auto& f : goFiles)
    if (!syntax::parseFile(f, diags)) return false;
  return !diags.hasErrors();
}

bool checkFiles(const std::vector<std::string>& goFiles, diag::Diagnostics& diags, const std::string& importPath,
                bool escapeReport, const std::string& localPrefix) {
  Session session(goFiles.empty() ? "." : dirName(goFiles[0]), localPrefix);
  std::vector<const syntax::File*> parsed;
  if (!session.parse(goFiles, diags, parsed)) return false;
  types::CheckedPackage* pkg = types::check(*session.ctx, packagePath(parsed, importPath), parsed, diags);
  if (diags.hasErrors()) return false;
  if (escapeReport && pkg) printEscapeReport(escape::analyze(*pkg));
  return true;
}

namespace {

// Escape analysis, bounds checks and the printer for one checked package;
// its files are appended to out, their names prefixed with dir.
bool emitChecked(const types::CheckedPackage& pkg, const PipelineOptions& opts, emit::Options emitOpts,
                 bool reports, const std::string& dir, std::vector<OutputFile>& out, diag::Diagnostics& diags) {
  escape::Result escapes;
  {
    StageTimer timer("escape");
    escapes = escape::analyze(pkg);
  }
  if (reports && opts.escapeReport) printEscapeReport(escapes);
  emitOpts.escape = &escapes;
  emitOpts.lineDirectives = opts.lineDirectives;
  emitOpts.absoluteLinePaths = opts.absoluteLinePaths;
  bce::Result bounds;
  {
    StageTimer timer("bce");
    bounds = bce::analyze(pkg);
  }
  if (reports && opts.reportBounds)
    for (const std::string& line : bce::describe(bounds)) std::fprintf(stderr, "%s\n", line.c_str());
  emitOpts.bounds = &bounds;
  std::vector<emit::File> files;
  {
    StageTimer timer("emit");
    files = emit::package(pkg, emitOpts, diags);
  }
  if (diags.hasErrors()) return false;
  for (auto& f : files) out.push_back({dir + f.name, std::move(f.text)});
  return true;
}

// Parses and checks the package of goFiles (and, through its imports,
// every package it needs) in session.
types::CheckedPackage* checkPackage(Session& session, const std::vector<std::string>& goFiles,
                                    const PipelineOptions& opts, diag::Diagnostics& diags,
                                    std::vector<std::string>* sourcesRead) {
  std::vector<const syntax::File*> parsed;
  {
    StageTimer timer("parse");
    if (!session.parse(goFiles, diags, parsed)) return nullptr;
  }
  types::CheckedPackage* pkg = nullptr;
  {
    StageTimer timer("check (imports included)");
    pkg = types::check(*session.ctx, packagePath(parsed, opts.importPath), parsed, diags);
  }
  if (sourcesRead)
    for (const auto& f : session.files) sourcesRead->push_back(f->path);
  return diags.hasErrors() ? nullptr : pkg;
}

emit::Options baseEmitOptions(Session& session) {
  emit::Options emitOpts;
  emitOpts.findPackage = [&session](const std::string& path) { return session.ctx->find(path); };
  emitOpts.programPackages.insert(session.programPackages.begin(), session.programPackages.end());
  return emitOpts;
}

}  // namespace

namespace {

// Translates the package of goFiles; with wholeProgram, also every package
// of the program outside the standard library.
bool translatePackages(const std::vector<std::string>& goFiles, const PipelineOptions& opts, bool wholeProgram,
                       std::vector<OutputFile>& out, diag::Diagnostics& diags, std::vector<std::string>* sourcesRead) {
  Session session(dirName(goFiles.at(0)), opts.localPrefix);
  types::CheckedPackage* pkg = checkPackage(session, goFiles, opts, diags, sourcesRead);
  if (!pkg) return false;
  emit::Options emitOpts = baseEmitOptions(session);
  if (!wholeProgram) {
    emitOpts.nativeHeader = nativeHeaderOf(goFiles, opts.importPath);
    return emitChecked(*pkg, opts, emitOpts, true, "", out, diags);
  }
  // A descriptor carries reflect's tables when some package of the program
  // imports reflect (main's own test, extended to the whole program).
  emitOpts.programUsesReflect = session.ctx->find("reflect") != nullptr;
  for (const std::string& path : session.programPackages) {
    const types::CheckedPackage* imported = session.ctx->find(path);
    if (!imported) continue;
    if (!emitChecked(*imported, opts, emitOpts, false, path + "/", out, diags)) return false;
  }
  return emitChecked(*pkg, opts, emitOpts, true, "", out, diags);
}

}  // namespace

bool translateFiles(const std::vector<std::string>& goFiles, const PipelineOptions& opts,
                    std::vector<OutputFile>& out, diag::Diagnostics& diags,
                    std::vector<std::string>* sourcesRead) {
  return translatePackages(goFiles, opts, false, out, diags, sourcesRead);
}

bool translateProgram(const std::vector<std::string>& goFiles, const PipelineOptions& opts,
                      std::vector<OutputFile>& out, diag::Diagnostics& diags,
                      std::vector<std::string>* sourcesRead) {
  return translatePackages(goFiles, opts, true, out, diags, sourcesRead);
}

}  // namespace cli
