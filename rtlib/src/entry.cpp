// This file implements go::run_main, the process entry of a Go program:
// collector and fault handlers first, then os.Args, package initialisation,
// main.main, and gc's exit protocol (status 0 when main returns, 2 after an
// unrecovered panic).
//
// The main goroutine runs on a thread of its own whose stack may grow to
// 1 GB, gc's limit for a goroutine stack (the pages are only committed as
// they are touched): Go programs recurse far deeper than C's 8 MB main
// stack allows. Fibers with their own growable stacks replace this later.
#define GC_THREADS
#include <gc/gc.h>
#include <pthread.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>

#include "go/entry.hpp"
#include "go/memory.hpp"
#include "go/output.hpp"
#include "go/panic.hpp"
#include "go/slice.hpp"
#include "os/os.hpp"
#include "runtime_internal.hpp"

namespace go {

namespace {

constexpr std::size_t main_goroutine_stack = std::size_t(1) << 30;

struct program {
  void (*init)();
  void (*main)();
};

void run_program(const program& p) {
  internal::install_alternate_signal_stack();
  try {
    if (p.init != nullptr) p.init();
    p.main();
  } catch (const panic_error& e) {
    die_of_panic(e);
  } catch (const std::exception& e) {
    // A C++ exception escaping the runtime is a bug of ours, reported like
    // gc's fatal errors rather than as std::terminate's abort.
    internal::flush_stdout_for_crash();
    internal::write_stderr_for_crash(std::string("fatal error: unexpected C++ exception: ") + e.what() + "\n");
    std::_Exit(2);
  }
}

void* main_goroutine(void* arg) {
  run_program(*static_cast<const program*>(arg));
  return nullptr;
}

}  // namespace

int run_main(int argc, char** argv, void (*init)(), void (*main)()) {
  gc_init();
  internal::install_signal_handlers();
  slice<string> args = make_slice<string>(argc);
  for (int i = 0; i < argc; i++) {
    args.ptr[i] = make_string(std::string_view(argv[i], std::strlen(argv[i])));
  }
  os::Args = args;

  program p{init, main};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, main_goroutine_stack);
  pthread_t thread;
  // GC_THREADS turns this into GC_pthread_create: the collector scans the
  // new thread's stack.
  if (pthread_create(&thread, &attr, main_goroutine, &p) == 0) {
    pthread_join(thread, nullptr);
  } else {
    run_program(p);  // no room for a big stack: run on this one
  }
  pthread_attr_destroy(&attr);
  flush_stdout();
  return 0;
}

}  // namespace go
