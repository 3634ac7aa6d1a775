// This file implements the verbs that stop before the C++ compiler:
// translate (the default), emit, parse, check, and version.
//
// parse and check are used to sweep whole trees (Go's src/ has 4,727
// files), so they take any number of files, handle them one by one (parse)
// or one directory at a time (check), print errors as they go and keep no
// file's tree alive longer than needed.
#include "cli/verbs.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>

#include <spdlog/spdlog.h>

#include "cli/build.hpp"
#include "cli/crash_guard.hpp"
#include "cli/failure.hpp"
#include "cli/fileio.hpp"
#include "cli/log.hpp"
#include "cli/pipeline.hpp"
#include "cli/report.hpp"

#ifndef GO2CPP_VERSION
#define GO2CPP_VERSION "0.0.0-dev"
#endif

namespace cli {
namespace {

PipelineOptions pipelineOptions(const Invocation& inv) {
  PipelineOptions opts;
  opts.lineDirectives = !inv.noLineDirectives;
  opts.importPath = inv.importPath;
  opts.localPrefix = inv.localPrefix;
  opts.reportBounds = inv.reportBounds;
  opts.escapeReport = inv.escapeReport;
  return opts;
}

// Make's escaping of a path in a rule.
std::string makeEscaped(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (c == ' ' || c == '#' || c == '\\') out += '\\';
    if (c == '$') out += '$';
    out += c;
  }
  return out;
}

// -depfile: a make rule "DIR/header: every Go file read", so that CMake
// (make or ninja) translates a standard package again when it or a package
// it imports changes.
void writeDepfile(const Invocation& inv, const std::string& header, const std::vector<std::string>& sources) {
  std::string dir = inv.output.empty() ? dirName(inv.files[0]) : inv.output;
  std::string text = makeEscaped(std::filesystem::absolute(joinPath(dir, header)).string()) + ":";
  for (const auto& source : sources) text += " \\\n  " + makeEscaped(std::filesystem::absolute(source).string());
  writeFileAtomically(inv.depfile, text + "\n");
}

// Translates one package; prints the diagnostics and returns false on error.
bool translate(const Invocation& inv, std::vector<OutputFile>& outputs) {
  StageTimer timer("translate");
  CurrentInput input(inv.files[0]);
  diag::Diagnostics diags;
  std::vector<std::string> sourcesRead;
  if (translateFiles(inv.files, pipelineOptions(inv), outputs, diags, &sourcesRead)) {
    if (!inv.depfile.empty() && !outputs.empty()) writeDepfile(inv, outputs[0].name, sourcesRead);
    return true;
  }
  printDiagnostics(diags, inv.files[0]);
  return false;
}

void requireFiles(const Invocation& inv) {
  if (inv.files.empty()) throw UsageError(std::string(verbName(inv.verb)) + ": no files listed");
  checkInputsExist(inv.files);
}

const char* platform() {
#if defined(__x86_64__)
  return "linux/amd64";
#elif defined(__aarch64__)
  return "linux/arm64";
#else
  return "linux/unknown";
#endif
}

}  // namespace

int runTranslateVerb(const Invocation& inv) {
  checkPackageFiles("go2cpp", inv.files);
  std::vector<OutputFile> outputs;
  if (!translate(inv, outputs)) return kExitErrors;
  std::string dir = inv.output.empty() ? dirName(inv.files[0]) : inv.output;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw Failure(kExitErrors, "mkdir " + dir + ": " + ec.message());
  for (const auto& out : outputs) {
    std::string path = joinPath(dir, out.name);
    writeFileAtomically(path, out.text);
    spdlog::debug("wrote {}", path);
  }
  return 0;
}

int runEmitVerb(const Invocation& inv) {
  checkPackageFiles("emit", inv.files);
  std::vector<OutputFile> outputs;
  if (!translate(inv, outputs)) return kExitErrors;
  for (const auto& out : outputs) {
    if (outputs.size() > 1) std::printf("// ==== %s ====\n", out.name.c_str());
    std::fwrite(out.text.data(), 1, out.text.size(), stdout);
    if (!out.text.empty() && out.text.back() != '\n') std::putchar('\n');
  }
  return 0;
}

int runParseVerb(const Invocation& inv) {
  requireFiles(inv);
  auto start = std::chrono::steady_clock::now();
  int64_t bytes = 0;
  bool allParsed = true;
  for (const auto& file : inv.files) {
    CurrentInput input(file);
    diag::Diagnostics diags;
    if (!parseFiles({file}, diags)) {
      allParsed = false;
      printDiagnostics(diags, file);
    }
    bytes += stampOf(file).size;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  spdlog::debug("parse: {} files, {:.2f} MB in {:.3f} s: {:.0f} files/s, {:.2f} MB/s", inv.files.size(),
                bytes / 1e6, seconds, inv.files.size() / seconds, bytes / 1e6 / seconds);
  return allParsed ? 0 : kExitErrors;
}

int runCheckVerb(const Invocation& inv) {
  requireFiles(inv);
  // The files of one directory form one package (as `go vet a.go b.go`
  // requires); files from several directories are several packages.
  std::map<std::string, std::vector<std::string>> packages;
  for (const auto& file : inv.files) packages[dirName(file)].push_back(file);
  bool allChecked = true;
  for (const auto& [dir, files] : packages) {
    StageTimer timer("check " + dir + " (" + std::to_string(files.size()) + " files)");
    CurrentInput input(files[0]);
    diag::Diagnostics diags;
    if (!checkFiles(files, diags, inv.importPath, inv.escapeReport, inv.localPrefix)) {
      allChecked = false;
      printDiagnostics(diags, files[0]);
    }
  }
  return allChecked ? 0 : kExitErrors;
}

int runVersionVerb(const Invocation&) {
  std::printf("go2cpp version %s (go1.19 language) %s\n", GO2CPP_VERSION, platform());
  return 0;
}

}  // namespace cli
