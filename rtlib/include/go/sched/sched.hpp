// This file declares goroutines as emitted code uses them: `go f(x)` becomes
//   go::spawn([=] { f(x); });
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
void spawn_closure(void* closure, void (*invoke)(void*));
// Runs body as the main goroutine on the scheduler (starting the worker
// threads on first use) and returns when body returns; other goroutines
// keep running. An unrecovered panic in any goroutine prints gc's report and
// exits with status 2, as does a deadlock.
int run_main_goroutine(void (*body)());
}  // namespace sched

// go f(args): the callable (a lambda capturing the evaluated arguments by
// value) is copied into collected memory, where the collector sees the
// pointers it holds until the goroutine runs.
template <class F>
void spawn(F&& f) {
  using closure = std::decay_t<F>;
  void* mem = alloc(sizeof(closure));
  ::new (mem) closure(std::forward<F>(f));
  sched::spawn_closure(mem, [](void* p) { (*static_cast<closure*>(p))(); });
}

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
