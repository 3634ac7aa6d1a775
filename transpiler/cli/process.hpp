// Running other programs: the C++ compiler (several at once), and, for
// `go2cpp run`, replacing go2cpp with the user's program.
#pragma once

#include <string>
#include <vector>

namespace cli {

// The command as a shell would need it typed, for the -v log.
std::string commandLine(const std::vector<std::string>& argv);

// Runs the commands, at most `jobs` at a time, with go2cpp's stdin, stdout
// and stderr, and returns each one's status in the order given: the exit
// code, or 128+N for death by signal N (as a shell reports it). A command
// that cannot be started (not found) throws Failure.
std::vector<int> runCommands(const std::vector<std::vector<std::string>>& commands, int jobs);
int runCommand(const std::vector<std::string>& argv);

// Replaces go2cpp with the program (execv), so that stdin, stdout, stderr,
// the exit status and death by signal are the program's own. Throws Failure
// when the exec fails.
[[noreturn]] void execProgram(const std::string& path, const std::vector<std::string>& argv);

// Finds `name` in $PATH as execvp would; returns "" when not found.
std::string findInPath(const std::string& name);

}  // namespace cli
