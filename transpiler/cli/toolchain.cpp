// This file implements finding, parsing and applying the toolchain config
// described in toolchain.hpp.
#include "cli/toolchain.hpp"

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include <spdlog/spdlog.h>

#include "cli/failure.hpp"
#include "cli/fileio.hpp"

namespace cli {
namespace {

std::vector<std::string> splitWords(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::string expandPrefix(std::string value, const std::string& prefix) {
  const std::string token = "${prefix}";
  for (size_t at; (at = value.find(token)) != std::string::npos;) value.replace(at, token.size(), prefix);
  return value;
}

// A link item that is neither a flag nor a path is a library name.
std::string linkArgument(const std::string& item) {
  if (item.empty() || item[0] == '-' || item.find('/') != std::string::npos) return item;
  return "-l" + item;
}

}  // namespace

const std::vector<std::string> kDefaultCodegenFlags = {"-O2", "-g"};

Toolchain parseToolchain(const std::string& configPath, const std::string& text,
                         const std::string& prefix) {
  Toolchain tc;
  tc.configPath = configPath;
  tc.configText = text;
  std::istringstream in(text);
  int lineNo = 0;
  for (std::string line; std::getline(in, line);) {
    lineNo++;
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    size_t space = line.find_first_of(" \t");
    std::string key = line.substr(0, space);
    std::string value = space == std::string::npos ? "" : expandPrefix(trim(line.substr(space)), prefix);
    auto where = [&] { return configPath + ":" + std::to_string(lineNo) + ": "; };
    if (value.empty()) throw Failure(kExitErrors, where() + "missing value for " + key);
    if (key == "cxxflag") {
      tc.cxxFlags.push_back(value);
    } else if (key == "include") {
      tc.includeDirs.push_back(value);
    } else if (key == "preinclude") {
      tc.preincludes.push_back(value);
    } else if (key == "rtlib") {
      tc.rtlibArchive = value;
    } else if (key == "link") {
      tc.linkArgs.push_back(linkArgument(value));
    } else {
      throw Failure(kExitErrors, where() + "unknown toolchain item \"" + key + "\"");
    }
  }
  if (tc.rtlibArchive.empty()) throw Failure(kExitErrors, configPath + ": no rtlib archive named");

  const char* cxx = std::getenv("CXX");
  tc.compiler = splitWords(cxx ? cxx : "");
  if (tc.compiler.empty()) tc.compiler = {"c++"};
  if (const char* extra = std::getenv("GO2CPP_CXXFLAGS")) tc.userFlags = splitWords(extra);
  return tc;
}

static Toolchain findAndReadToolchain() {
  std::vector<std::string> candidates;
  if (const char* explicitPath = std::getenv("GO2CPP_TOOLCHAIN"); explicitPath && *explicitPath) {
    candidates.push_back(explicitPath);
  } else {
    std::string exeDir = dirName(selfExePath());
    candidates.push_back(joinPath(exeDir, "go2cpp-toolchain.txt"));
    candidates.push_back(joinPath(exeDir, "../share/go2cpp/toolchain.txt"));
  }
  for (const auto& path : candidates) {
    if (!stampOf(path).exists) continue;
    namespace fs = std::filesystem;
    std::string prefix = fs::weakly_canonical(fs::absolute(path)).parent_path().parent_path().parent_path();
    spdlog::debug("toolchain config: {}", path);
    return parseToolchain(path, readFile(path), prefix);
  }
  std::string looked;
  for (const auto& path : candidates) looked += (looked.empty() ? "" : ", ") + path;
  throw Failure(kExitErrors, "cannot find the toolchain config (looked for " + looked + ")");
}

// Read once per process: the pipeline asks at every import it resolves,
// and build and run ask again.
Toolchain loadToolchain() {
  static const Toolchain loaded = findAndReadToolchain();
  return loaded;
}

void requireRuntimeArchive(const Toolchain& tc) {
  if (!stampOf(tc.rtlibArchive).exists) {
    throw Failure(kExitErrors, "runtime library " + tc.rtlibArchive +
                                   " is missing (build the go2cpp_rt target, or reinstall go2cpp)");
  }
}

std::vector<std::string> compileCommand(const Toolchain& tc, const std::string& source,
                                        const std::string& object) {
  std::vector<std::string> cmd = tc.compiler;
  cmd.insert(cmd.end(), tc.cxxFlags.begin(), tc.cxxFlags.end());
  cmd.insert(cmd.end(), kDefaultCodegenFlags.begin(), kDefaultCodegenFlags.end());
  cmd.insert(cmd.end(), tc.userFlags.begin(), tc.userFlags.end());
  for (const auto& dir : tc.includeDirs) cmd.push_back("-I" + dir);
  // GCC uses a precompiled header only for the first include of the main
  // file, never from inside another header (the emitted P.pkg.hpp), but it
  // does for -include.
  for (const auto& header : tc.preincludes) cmd.insert(cmd.end(), {"-include", header});
  cmd.insert(cmd.end(), {"-c", source, "-o", object});
  return cmd;
}

std::vector<std::string> linkCommand(const Toolchain& tc, const std::vector<std::string>& objects,
                                     const std::string& exe) {
  std::vector<std::string> cmd = tc.compiler;
  cmd.insert(cmd.end(), tc.cxxFlags.begin(), tc.cxxFlags.end());
  cmd.insert(cmd.end(), kDefaultCodegenFlags.begin(), kDefaultCodegenFlags.end());
  cmd.insert(cmd.end(), tc.userFlags.begin(), tc.userFlags.end());
  cmd.insert(cmd.end(), objects.begin(), objects.end());
  cmd.insert(cmd.end(), {"-o", exe, tc.rtlibArchive});
  cmd.insert(cmd.end(), tc.linkArgs.begin(), tc.linkArgs.end());
  return cmd;
}

}  // namespace cli
