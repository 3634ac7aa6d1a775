// This file implements package os's native Exit (os.go declares it).
#include "os/os.hpp"

#include <unistd.h>

namespace os {

void Exit(go::int_ code) {
  go::flush_stdout();
  // _exit, not exit: Go runs no destructors or atexit hooks, and other
  // threads may still be running.
  ::_exit(static_cast<int>(code));
}

}  // namespace os
