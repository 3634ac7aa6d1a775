// The driver's -v log: spdlog's default logger, on stderr, at debug level
// when -v is given and warnings only otherwise.
//
// Stages are timed with a StageTimer, so `go2cpp -v build x.go` shows where
// the time goes (translate, compile, link) and the exact commands run.
#pragma once

#include <chrono>
#include <string>

namespace cli {

void setupLogging(bool verbose);

// Logs "<what>: 12.3 ms" at debug level when it goes out of scope.
class StageTimer {
 public:
  explicit StageTimer(std::string what);
  ~StageTimer();
  StageTimer(const StageTimer&) = delete;
  StageTimer& operator=(const StageTimer&) = delete;

 private:
  std::string what_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace cli
