// This file declares goroutines as emitted code uses them: `go f(x)` becomes
//   go::spawn([x] { f(x); }, true);   // a wrapper made for the statement
// and `go func() {...}()` becomes go::spawn([&cells] {...}, false);
// and runtime.Gosched / NumGoroutine / GOMAXPROCS / LockOSThread map to the
// functions below. Goroutines are Boost.Fiber fibers run by the runtime's
// own scheduler on GOMAXPROCS threads (rtlib/src/sched); this header keeps
// Boost out of emitted code.
#pragma once

#include <new>
#include <type_traits>
#include <utility>

#include "go/memory.hpp"
#include "go/types.hpp"

namespace go {

namespace sched {
// Starts a goroutine running invoke(closure); closure is GC memory.
// Tracebacks name the function that called spawn_closure in their
// "created by" line (go::spawn is always inlined into it); with wrapper,
// they leave out the goroutine's first Go frame. A go statement
// (go_statement) may yield to the goroutines it made runnable; the
// runtime's own spawns (timers, finalizers) never do: they may run where
// yielding is unsafe.
void spawn_closure(void* closure, void (*invoke)(void*), bool wrapper = false, bool go_statement = true);
// Runs body as the main goroutine on the scheduler (starting the worker
// threads on first use) and returns when body returns; other goroutines
// keep running. An unrecovered panic in any goroutine prints gc's report and
// exits with status 2, as does a deadlock.
int run_main_goroutine(void (*body)());
}  // namespace sched

// go f(args): the callable (a lambda capturing the evaluated arguments by
// value) is copied into collected memory, where the collector sees the
// pointers it holds until the goroutine runs. wrapper: f is the emitter's
// lambda around a call (go f(x)), not a function literal of the program.
template <class F>
[[gnu::always_inline]] inline void spawn(F&& f, bool wrapper = false, bool go_statement = true) {
  using closure = std::decay_t<F>;
  void* mem = alloc(sizeof(closure));
  ::new (mem) closure(std::forward<F>(f));
  sched::spawn_closure(
      mem, [](void* p) { (*static_cast<closure*>(p))(); }, wrapper, go_statement);
}
// The running goroutine's wrapper flag and creation site are for
// tracebacks only (rtlib/src/runtime_internal.hpp).

// runtime.Gosched: yield the thread, requeueing behind all runnable work.
void gosched();
// runtime.NumGoroutine: goroutines that exist (runnable, running or blocked).
int_ num_goroutine();
// runtime.GOMAXPROCS(n): sets the number of worker threads that run
// goroutines when n >= 1; returns the previous setting.
int_ gomaxprocs(int_ n);
// runtime.LockOSThread / UnlockOSThread (nesting counts, as in Go 1.10+).
void lock_os_thread();
void unlock_os_thread();
// The running goroutine's id (1 for main), 0 outside goroutines.
int64 goroutine_id();
// time.Sleep(d) with d in nanoseconds; d <= 0 returns at once.
void sleep_ns(int64 ns);

}  // namespace go
