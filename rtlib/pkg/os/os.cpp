// This file implements package os's Args and Exit.
#include "os/os.hpp"

#include <unistd.h>

namespace os {

go::slice<go::string> Args;

void Exit(go::int_ code) {
  go::flush_stdout();
  // _exit, not exit: Go runs no destructors or atexit hooks, and other
  // threads may still be running.
  ::_exit(static_cast<int>(code));
}

}  // namespace os
