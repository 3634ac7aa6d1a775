// This file implements runtime.Breakpoint (error.go declares it).
#include <unistd.h>

#include "runtime/runtime.hpp"
#include "runtime_internal.hpp"

namespace runtime {

void Breakpoint() {
  // gc executes INT3 and its SIGTRAP handler prints "SIGTRAP: trace trap",
  // the registers and the goroutines, then exits with status 2. SIGTRAP's
  // default action would dump core instead: report and exit as gc does.
  go::uintptr pcs[64];
  int n = go::internal::capture_pcs(pcs, 64, 0);
  go::internal::flush_stdout_for_crash();
  go::internal::write_stderr_for_crash("SIGTRAP: trace trap\n\n" + go::internal::format_goroutine_trace(pcs, n));
  ::_exit(2);
}

}  // namespace runtime
