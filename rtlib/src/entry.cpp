// This file implements go::run_main, the process entry of a Go program:
// collector and fault handlers first, then os.Args, then package
// initialisation and main.main as goroutine 1 on the fiber scheduler
// (GOMAXPROCS worker threads, rtlib/src/sched), and gc's exit protocol:
// when main.main returns, stdout is flushed and the process exits with
// status 0 at once, without waiting for other goroutines; an unrecovered
// panic in any goroutine prints gc's report and exits with status 2 (the
// goroutine's fiber entry does that, sched/goroutine.cpp).
//
// Goroutine 1's stack may grow to 1 GB, gc's limit for a goroutine stack
// (sched::main_goroutine_stack_size; pages are committed only as they are
// touched): Go programs recurse far deeper than C's 8 MB main stack allows.
// Its guard page turns an overflow into gc's stack-overflow fatal error.
#define GC_THREADS
#include <gc/gc.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>

#include "go/entry.hpp"
#include "go/memory.hpp"
#include "go/output.hpp"
#include "go/panic.hpp"
#include "go/sched/sched.hpp"
#include "go/slice.hpp"
#include "os/os.hpp"
#include "runtime_internal.hpp"

namespace go {

namespace {

struct program {
  void (*init)();
  void (*main)();
};

// run_main_goroutine takes a plain function: the program it runs is here.
program the_program;

void run_program() {
  if (the_program.init != nullptr) the_program.init();
  the_program.main();
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

  the_program = program{init, main};
  sched::run_main_goroutine(&run_program);
  flush_stdout();
  // Other goroutines may still be running on the worker threads: leave
  // without running static destructors under their feet, as gc's exit(0).
  std::_Exit(0);
}

}  // namespace go
