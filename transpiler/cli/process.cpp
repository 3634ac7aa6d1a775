// This file implements process spawning with posix_spawnp and waitpid.
// Compiler commands inherit go2cpp's standard streams, so the compiler's
// diagnostics (in Go positions, thanks to #line) reach the user unchanged
// and in colour when stderr is a terminal.
#include "cli/process.hpp"

#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string_view>

#include <spdlog/spdlog.h>

#include "cli/failure.hpp"
#include "cli/fileio.hpp"

extern char** environ;

namespace cli {
namespace {

bool isShellSafe(const std::string& word) {
  if (word.empty()) return false;
  for (char c : word) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || std::string_view("-_./=+:,@%").find(c) != std::string_view::npos)) {
      return false;
    }
  }
  return true;
}

std::vector<char*> cArgv(const std::vector<std::string>& argv) {
  std::vector<char*> out;
  for (const auto& arg : argv) out.push_back(const_cast<char*>(arg.c_str()));
  out.push_back(nullptr);
  return out;
}

pid_t spawn(const std::vector<std::string>& argv) {
  spdlog::debug("exec: {}", commandLine(argv));
  std::fflush(stdout);
  std::fflush(stderr);
  auto args = cArgv(argv);
  pid_t pid;
  int err = ::posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ);
  if (err != 0) throw Failure(kExitErrors, "exec " + argv[0] + ": " + errnoText(err));
  return pid;
}

int statusOf(int waitStatus) {
  if (WIFEXITED(waitStatus)) return WEXITSTATUS(waitStatus);
  if (WIFSIGNALED(waitStatus)) return 128 + WTERMSIG(waitStatus);
  return 1;
}

}  // namespace

std::string commandLine(const std::vector<std::string>& argv) {
  std::string line;
  for (const auto& arg : argv) {
    if (!line.empty()) line += ' ';
    if (isShellSafe(arg)) {
      line += arg;
    } else {
      line += '\'';
      for (char c : arg) line += (c == '\'') ? std::string("'\\''") : std::string(1, c);
      line += '\'';
    }
  }
  return line;
}

std::vector<int> runCommands(const std::vector<std::vector<std::string>>& commands, int jobs) {
  std::vector<int> statuses(commands.size(), 0);
  std::map<pid_t, size_t> running;  // pid -> index in commands
  size_t next = 0;
  auto waitOne = [&] {
    int waitStatus;
    pid_t pid;
    do pid = ::waitpid(-1, &waitStatus, 0);
    while (pid < 0 && errno == EINTR);
    if (pid < 0) throw Failure(kExitErrors, "waitpid: " + errnoText(errno));
    auto it = running.find(pid);
    if (it == running.end()) return;  // not one of ours
    statuses[it->second] = statusOf(waitStatus);
    running.erase(it);
  };
  try {
    while (next < commands.size() || !running.empty()) {
      if (next < commands.size() && static_cast<int>(running.size()) < std::max(jobs, 1)) {
        running[spawn(commands[next])] = next;
        next++;
      } else {
        waitOne();
      }
    }
  } catch (...) {
    while (!running.empty()) waitOne();  // never leave children behind
    throw;
  }
  return statuses;
}

int runCommand(const std::vector<std::string>& argv) { return runCommands({argv}, 1)[0]; }

void execProgram(const std::string& path, const std::vector<std::string>& argv) {
  spdlog::debug("exec: {}", commandLine(argv));
  std::fflush(stdout);
  std::fflush(stderr);
  auto args = cArgv(argv);
  ::execv(path.c_str(), args.data());
  throw Failure(kExitErrors, "fork/exec " + path + ": " + errnoText(errno));
}

std::string findInPath(const std::string& name) {
  if (name.find('/') != std::string::npos) return name;
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
  size_t start = 0;
  while (start <= dirs.size()) {
    size_t end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    std::string dir = dirs.substr(start, end - start);
    std::string candidate = joinPath(dir.empty() ? "." : dir, name);
    if (::access(candidate.c_str(), X_OK) == 0 && !isDirectory(candidate)) return candidate;
    start = end + 1;
  }
  return "";
}

}  // namespace cli
