// This file declares what the runtime tells ThreadSanitizer about fibers,
// so that a -fsanitize=thread build of rtlib (scripts/tsan-sched) sees each
// goroutine as its own logical thread instead of the worker thread it
// happens to run on.
//
// TSan keeps one state (vector clock, shadow call stack) per fiber and must
// be told, right before every context switch, which fiber runs next. All our
// switches go through Boost.Fiber, which asks go_algorithm::pick_next for
// the next context and then switches (uninstrumented library code), so
// pick_next calls before_switch with its answer. Switches synchronize
// (flag 0): the code that ran before the switch happens before the fiber
// switched to, as on a thread.
//
// TSan tracks call stacks by instrumenting function entry and exit, so a
// function that calls __tsan_switch_to_fiber must not itself be instrumented
// (its exit would be popped from the next fiber's call stack):
// before_switch and its caller pick_next are GO_TSAN_UNINSTRUMENTED.
//
// Boost.Context's fiber entry, exit and unwind templates are instantiated
// in fiber_create.cpp, which scripts/tsan-sched compiles without
// -fsanitize=thread: their frames are entered on one fiber and left on
// another (at creation a fiber starts and jumps straight back; a finished
// fiber's stack is unwound from the dispatcher by forced_unwind).
//
// Happens-before edges made by uninstrumented code are stated explicitly:
// Boost releases a parking goroutine's park_lock inside the library, so
// park publishes the goroutine with release_parked and ready takes it with
// acquire_parked.
//
// Without -fsanitize=thread every function here is an empty inline.
#pragma once

#include <boost/fiber/context.hpp>

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
// TSan's dynamic annotations (in its runtime; no header declares them).
extern "C" void AnnotateIgnoreReadsBegin(const char* file, int line);
extern "C" void AnnotateIgnoreReadsEnd(const char* file, int line);
extern "C" void AnnotateIgnoreWritesBegin(const char* file, int line);
extern "C" void AnnotateIgnoreWritesEnd(const char* file, int line);
#define GO_TSAN_UNINSTRUMENTED __attribute__((no_sanitize_thread, noinline))
#else
#define GO_TSAN_UNINSTRUMENTED
#endif

namespace go::sched {

struct goroutine;

namespace tsan {

#if defined(__SANITIZE_THREAD__)

// A new fiber state for a goroutine (called when its record is made).
inline void* new_goroutine_fiber() { return __tsan_create_fiber(0); }
// Called from pick_next with the context Boost will switch to (null: the
// dispatcher, unless the dispatcher itself is asking).
void before_switch(boost::fibers::context* next);
// The running goroutine has finished: its fiber state is destroyed right
// after the switch away from it.
void retire_current_fiber(void* fiber);
inline void release_parked(goroutine* g) { __tsan_release(g); }
inline void acquire_parked(goroutine* g) { __tsan_acquire(g); }
// Stack compaction copies a parked goroutine's whole used stack out and
// back, including what the goroutine read after release_parked (its own
// context, while switching away); what orders those reads is the park
// lock that Boost releases after the switch, which TSan does not see.
inline void ignore_begin() {
  AnnotateIgnoreReadsBegin(__FILE__, __LINE__);
  AnnotateIgnoreWritesBegin(__FILE__, __LINE__);
}
inline void ignore_end() {
  AnnotateIgnoreWritesEnd(__FILE__, __LINE__);
  AnnotateIgnoreReadsEnd(__FILE__, __LINE__);
}

#else

inline void* new_goroutine_fiber() { return nullptr; }
inline void before_switch(boost::fibers::context*) {}
inline void retire_current_fiber(void*) {}
inline void release_parked(goroutine*) {}
inline void acquire_parked(goroutine*) {}
inline void ignore_begin() {}
inline void ignore_end() {}

#endif

}  // namespace tsan
}  // namespace go::sched
