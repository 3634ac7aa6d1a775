// This file implements the program cache of run and build: the key, lookup with use-marking,
// atomic stores, and trimming. Only stat() calls are made on a cache hit
// besides hashing the Go sources, so a hit costs a few milliseconds.
#include "cli/cache.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include <spdlog/spdlog.h>

#include "cli/failure.hpp"
#include "cli/fileio.hpp"
#include "cli/process.hpp"
#include "cli/sha256.hpp"

namespace cli {
namespace fs = std::filesystem;

namespace {

constexpr auto kUnusedLifetime = std::chrono::hours(24 * 5);
// Often enough that a test suite building a program a second cannot
// overshoot the size bound by much (a scan stats every entry: milliseconds).
constexpr auto kTrimInterval = std::chrono::minutes(1);
// A build directory this old in tmp/ belongs to a build that died.
constexpr auto kStaleBuild = std::chrono::hours(1);
// Programs are a few MB each and a test suite builds hundreds: past this
// size the least recently used entries go, whatever their age.
constexpr std::uintmax_t kMaxCacheBytes = std::uintmax_t{2} << 30;

// Headers change without the archive changing (templates, inline code), so
// the key also covers every file under the include directories.
void hashTreeStamps(Sha256& h, const std::string& dir) {
  std::error_code ec;
  std::vector<std::string> entries;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec)) entries.push_back(it->path().string());
  }
  std::sort(entries.begin(), entries.end());  // directory order is not stable
  for (const auto& path : entries) {
    h.updateField(path);
    h.updateField(stampOf(path).str());
  }
}

void markUsed(const std::string& path) { ::utimensat(AT_FDCWD, path.c_str(), nullptr, 0); }

}  // namespace

std::string cacheRoot() {
  if (const char* dir = std::getenv("GO2CPP_CACHE"); dir && *dir) return dir;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return joinPath(xdg, "go2cpp");
  if (const char* home = std::getenv("HOME"); home && *home) return joinPath(home, ".cache/go2cpp");
  throw Failure(kExitErrors, "cannot find a cache directory: set $GO2CPP_CACHE or $HOME");
}

std::string buildKey(const std::vector<std::string>& goFiles, const PipelineOptions& opts,
                     const Toolchain& tc) {
  Sha256 h;
  h.updateField("go2cpp run cache v1");
  std::string self = selfExePath();
  h.updateField(self);
  h.updateField(stampOf(self).str());
  h.updateField(opts.lineDirectives ? "line" : "noline");

  h.updateField(tc.configPath);
  h.updateField(tc.configText);
  for (const auto& word : tc.compiler) h.updateField(word);
  std::string compilerPath = findInPath(tc.compiler[0]);
  h.updateField(compilerPath + " " + stampOf(compilerPath).str());
  for (const auto& flag : tc.userFlags) h.updateField(flag);
  h.updateField(tc.rtlibArchive + " " + stampOf(tc.rtlibArchive).str());
  for (const auto& dir : tc.includeDirs) hashTreeStamps(h, dir);

  for (const auto& file : goFiles) {
    h.updateField(file);
    h.updateField(sha256Hex(readFile(file)));
  }
  return h.hexFinish();
}

std::optional<std::string> findCachedProgram(const std::string& root, const std::string& key,
                                             const std::string& name) {
  std::string entryDir = joinPath(joinPath(root, "bin"), key);
  std::string program = joinPath(entryDir, name);
  if (::access(program.c_str(), X_OK) != 0) return std::nullopt;
  markUsed(entryDir);
  return program;
}

std::string storeCachedProgram(const std::string& root, const std::string& key,
                               const std::string& name, const std::string& builtProgram) {
  std::string entryDir = joinPath(joinPath(root, "bin"), key);
  std::error_code ec;
  fs::create_directories(entryDir, ec);
  if (ec) throw Failure(kExitErrors, "mkdir " + entryDir + ": " + ec.message());
  std::string program = joinPath(entryDir, name);
  // rename() is atomic: a concurrent run of the same program either still
  // sees no entry (and builds its own) or sees this complete binary.
  if (::rename(builtProgram.c_str(), program.c_str()) != 0) {
    throw Failure(kExitErrors, "rename " + builtProgram + " " + program + ": " + errnoText(errno));
  }
  return program;
}

namespace {

std::uintmax_t treeBytes(const fs::path& dir) {
  std::uintmax_t total = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code sizeError;
    if (it->is_regular_file(sizeError)) total += it->file_size(sizeError);
  }
  return total;
}

}  // namespace

void trimCache(const std::string& root) {
  using Clock = fs::file_time_type::clock;
  std::error_code ec;
  std::string marker = joinPath(root, "trimmed");
  auto now = Clock::now();
  auto lastTrim = fs::last_write_time(marker, ec);
  if (!ec && now - lastTrim < kTrimInterval) return;
  writeFileAtomically(marker, "");

  int removed = 0;
  struct Entry {
    fs::path path;
    fs::file_time_type used;
    std::uintmax_t bytes;
  };
  std::vector<Entry> kept;
  std::uintmax_t keptBytes = 0;
  for (fs::directory_iterator it(joinPath(root, "bin"), ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code statError;
    auto used = fs::last_write_time(it->path(), statError);
    if (statError) continue;
    if (now - used > kUnusedLifetime) {
      removeTree(it->path().string());
      removed++;
    } else {
      kept.push_back({it->path(), used, treeBytes(it->path())});
      keptBytes += kept.back().bytes;
    }
  }
  std::sort(kept.begin(), kept.end(), [](const Entry& a, const Entry& b) { return a.used < b.used; });
  for (const Entry& e : kept) {
    if (keptBytes <= kMaxCacheBytes) break;
    removeTree(e.path.string());
    keptBytes -= e.bytes;
    removed++;
  }
  // Builds that died half-way (killed, out of disk) leave tmp/ directories.
  for (fs::directory_iterator it(joinPath(root, "tmp"), ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code statError;
    auto started = fs::last_write_time(it->path(), statError);
    if (!statError && now - started > kStaleBuild) removeTree(it->path().string());
  }
  spdlog::debug("cache trim: removed {} unused programs", removed);
}

}  // namespace cli
