// This file declares the runtime timers the time package is built on (Go's
// runtime.timer behind time.NewTimer, After, AfterFunc, NewTicker): a timer
// fires at `when` (monotonic nanoseconds, see nanotime) and then calls
// f(arg, seq) on a worker thread, outside any goroutine, so f must not
// block: it may send on a channel without blocking (time.After's buffered
// channel), spawn a goroutine (AfterFunc), or ready goroutines. A timer
// with period > 0 fires again every period (a Ticker). Pending timers keep
// the program from being reported as deadlocked, as in Go.
#pragma once

#include "go/types.hpp"

namespace go::sched {

struct runtime_timer {
  int64 when = 0;
  int64 period = 0;
  void (*f)(void* arg, uintptr seq) = nullptr;
  void* arg = nullptr;  // kept alive by the runtime while the timer is pending
  uintptr seq = 0;
  // Runtime-private state.
  uint64 version = 0;
  bool pending = false;
};

// Monotonic clock in nanoseconds (the runtime's nanotime).
int64 nanotime();
// Arms t for t->when. t must stay allocated (GC memory is fine).
void start_timer(runtime_timer* t);
// Disarms t; true if it was pending (time.Timer.Stop's result).
bool stop_timer(runtime_timer* t);
// Re-arms t for `when`; true if it was pending before (time.Timer.Reset).
bool reset_timer(runtime_timer* t, int64 when);

}  // namespace go::sched
