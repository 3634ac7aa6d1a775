// go2cpp must never die on its input with a bare "Segmentation fault": a
// crash becomes one line, "go2cpp: internal error: <what> (while processing
// x.go)", and exit status 3, like any other internal error.
//
// Deeply nested Go code recurses deeply in the parser and the checker, so
// the driver runs on a thread with a large stack (it costs address space,
// not memory), and a stack overflow is reported as such.
#pragma once

#include <functional>
#include <string>

namespace cli {

// Runs body on the big-stack thread with the crash handlers installed and
// returns its result.
int runWithCrashGuard(const std::function<int()>& body);

// While alive, names `path` as the input being processed in a crash report.
class CurrentInput {
 public:
  explicit CurrentInput(const std::string& path);
  ~CurrentInput();
  CurrentInput(const CurrentInput&) = delete;
  CurrentInput& operator=(const CurrentInput&) = delete;

 private:
  const char* previous_;
};

}  // namespace cli
