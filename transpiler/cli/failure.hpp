// How a verb gives up: a Failure carries the one line go2cpp prints
// ("go2cpp: <message>") and the exit status.
//
// Exit statuses follow the `go` command: 1 when the user's program is wrong
// (syntax, type or C++ compiler errors) or a tool failed, 2 when go2cpp was
// invoked wrongly (unknown flag, missing file). 3 is reserved for go2cpp's
// own bugs: main turns any other exception, and crashes, into
// "go2cpp: internal error: ..." with that status.
#pragma once

#include <stdexcept>
#include <string>

namespace cli {

constexpr int kExitErrors = 1;
constexpr int kExitUsage = 2;
constexpr int kExitInternal = 3;

class Failure : public std::runtime_error {
 public:
  Failure(int status, const std::string& message) : std::runtime_error(message), status_(status) {}
  int status() const { return status_; }

 private:
  int status_;
};

// A mistake in how go2cpp was invoked.
class UsageError : public Failure {
 public:
  explicit UsageError(const std::string& message) : Failure(kExitUsage, message) {}
};

}  // namespace cli
