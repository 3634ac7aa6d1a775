// This file implements exception_state.hpp over libstdc++'s
// __cxa_get_globals.
#include "sched/exception_state.hpp"

#include <cxxabi.h>

namespace go::sched {

namespace {

// The layout of libstdc++'s __cxa_eh_globals (libsupc++/unwind-cxx.h,
// unchanged since GCC 3) on targets without the ARM EH unwinder.
struct eh_globals {
  void* caught_exceptions;
  unsigned int uncaught_exceptions;
};

thread_local eh_globals* tls_globals = nullptr;

// The address is the thread's; noinline so that a caller's cached TLS
// address cannot survive a migration to another thread.
__attribute__((noinline)) eh_globals* thread_globals() {
  if (tls_globals == nullptr) tls_globals = reinterpret_cast<eh_globals*>(abi::__cxa_get_globals());
  return tls_globals;
}

}  // namespace

void stash_exception_state(exception_state& saved) {
  eh_globals* t = thread_globals();
  if (t->caught_exceptions == nullptr && t->uncaught_exceptions == 0) return;
  saved.caught = t->caught_exceptions;
  saved.uncaught = t->uncaught_exceptions;
  t->caught_exceptions = nullptr;
  t->uncaught_exceptions = 0;
}

void restore_exception_state(exception_state& saved) {
  if (saved.empty()) return;
  eh_globals* t = thread_globals();
  t->caught_exceptions = saved.caught;
  t->uncaught_exceptions = saved.uncaught;
  saved = exception_state{};
}

}  // namespace go::sched
