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

#include "cli/log.hpp"
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

// Keeps every parsed file alive for as long as the checker's results.
struct Session {
  std::vector<std::unique_ptr<syntax::File>> files;
  std::unique_ptr<types::Context> ctx;

  Session() {
    ctx = std::make_unique<types::Context>(
        [this](const std::string& path, diag::Pos at, diag::Diagnostics& diags) { return load(path, at, diags); });
  }

  std::vector<const syntax::File*> load(const std::string& path, diag::Pos at, diag::Diagnostics& diags) {
    std::vector<const syntax::File*> out;
    for (const auto& root : packageRoots()) {
      fs::path dir = fs::path(root) / path;
      std::error_code ec;
      if (!fs::is_directory(dir, ec)) continue;
      std::vector<std::string> goFiles;
      for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.path().extension() == ".go") goFiles.push_back(entry.path().string());
      if (goFiles.empty()) continue;
      std::sort(goFiles.begin(), goFiles.end());
      for (const auto& f : goFiles) {
        auto parsed = syntax::parseFile(f, diags);
        if (!parsed) return {};
        out.push_back(parsed.get());
        files.push_back(std::move(parsed));
      }
      spdlog::debug("import {}: {} files from {}", path, goFiles.size(), dir.string());
      return out;
    }
    diags.error(at, "package " + path + " is not supported by go2cpp yet");
    return {};
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
                bool escapeReport) {
  Session session;
  std::vector<const syntax::File*> parsed;
  if (!session.parse(goFiles, diags, parsed)) return false;
  types::CheckedPackage* pkg = types::check(*session.ctx, packagePath(parsed, importPath), parsed, diags);
  if (diags.hasErrors()) return false;
  if (escapeReport && pkg) printEscapeReport(escape::analyze(*pkg));
  return true;
}

bool translateFiles(const std::vector<std::string>& goFiles, const PipelineOptions& opts,
                    std::vector<OutputFile>& out, diag::Diagnostics& diags,
                    std::vector<std::string>* sourcesRead) {
  Session session;
  std::vector<const syntax::File*> parsed;
  {
    StageTimer timer("parse");
    if (!session.parse(goFiles, diags, parsed)) return false;
  }
  types::CheckedPackage* pkg = nullptr;
  {
    StageTimer timer("check (imports included)");
    pkg = types::check(*session.ctx, packagePath(parsed, opts.importPath), parsed, diags);
  }
  if (sourcesRead)
    for (const auto& f : session.files) sourcesRead->push_back(f->path);
  if (diags.hasErrors()) return false;
  escape::Result escapes;
  {
    StageTimer timer("escape");
    escapes = escape::analyze(*pkg);
  }
  if (opts.escapeReport) printEscapeReport(escapes);
  emit::Options emitOpts;
  emitOpts.escape = &escapes;
  emitOpts.lineDirectives = opts.lineDirectives;
  emitOpts.nativeHeader = nativeHeaderOf(goFiles, opts.importPath);
  emitOpts.findPackage = [&session](const std::string& path) { return session.ctx->find(path); };
  bce::Result bounds;
  {
    StageTimer timer("bce");
    bounds = bce::analyze(*pkg);
  }
  if (opts.reportBounds)
    for (const std::string& line : bce::describe(bounds)) std::fprintf(stderr, "%s\n", line.c_str());
  emitOpts.bounds = &bounds;
  std::vector<emit::File> files;
  {
    StageTimer timer("emit");
    files = emit::package(*pkg, emitOpts, diags);
  }
  if (diags.hasErrors()) return false;
  for (auto& f : files) out.push_back({std::move(f.name), std::move(f.text)});
  return true;
}

}  // namespace cli
