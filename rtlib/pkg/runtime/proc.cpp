// This file implements package runtime's scheduler natives (proc.go) on
// rtlib's scheduler (go/sched/sched.hpp).
#include <sched.h>
#include <unistd.h>

#include "go/sched/sched.hpp"
#include "runtime/runtime.hpp"

namespace runtime {

void Gosched() { go::gosched(); }

go::int_ NumGoroutine() {
  // Before the scheduler runs anything, the program is its main goroutine.
  go::int_ n = go::num_goroutine();
  return n < 1 ? 1 : n;
}

go::int_ GOMAXPROCS(go::int_ n) { return go::gomaxprocs(n); }

go::int_ NumCPU() {
  // gc counts the CPUs of the process's affinity mask once, at start-up.
  static const go::int_ cpus = [] {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
      int n = CPU_COUNT(&set);
      if (n > 0) return static_cast<go::int_>(n);
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return static_cast<go::int_>(n > 0 ? n : 1);
  }();
  return cpus;
}

void Goexit() { go::goexit(); }

void LockOSThread() { go::lock_os_thread(); }

void UnlockOSThread() { go::unlock_os_thread(); }

}  // namespace runtime
