// This file declares how a goroutine keeps its share of the C++ runtime's
// per-thread exception state across switches.
//
// libstdc++ keeps, per thread, the stack of exceptions whose handlers are
// running and the count of exceptions in flight. Go's deferred calls run
// inside a catch handler while a panic unwinds (defer.cpp), and they may
// block: the goroutine can then finish its handler on another thread,
// whose __cxa_end_catch would pop (and free) an exception of a goroutine
// parked there, and leave ours on the first thread's stack for good. So a
// goroutine takes the state with it: stashed into its record when it
// switches away, put back on whatever thread it lands on.
#pragma once

namespace go::sched {

struct exception_state {
  void* caught = nullptr;     // libstdc++'s caughtExceptions
  unsigned int uncaught = 0;  // uncaughtExceptions
  bool empty() const { return caught == nullptr && uncaught == 0; }
};

// Moves the calling thread's state into saved (empty when the thread has
// none, the common case: one load and compare).
void stash_exception_state(exception_state& saved);
// Moves saved back onto the calling thread, whose own state is empty.
void restore_exception_state(exception_state& saved);

}  // namespace go::sched
