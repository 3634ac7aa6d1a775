// This file declares the glue that lets Boehm's collector see goroutine
// stacks (see gc_fibers.cpp for the protocol).
#pragma once

namespace go::sched {

struct goroutine;

// Installs the collector callbacks once (chained to earlier ones).
void gc_fibers_init();
// Registers the calling thread with the collector and remembers its handle;
// every worker thread calls it first.
void gc_register_worker_thread();

// The switch window: from just before a context switch until the new context
// has told the collector its stack bottom, no collection may stop the world.
// enter is idempotent per thread; leave_to_* ends the window.
void switch_window_enter();
void switch_window_leave_to_goroutine(goroutine* g);
// For a non-goroutine context (Boost's dispatcher, a thread's own stack):
// stack_bottom must lie above every frame that context will use.
void switch_window_leave_to_system(void* stack_bottom);
bool in_switch_window();
// Ends a window entered by a thread that does not switch (it changed no
// stack bottom): the stack compactor, registry changes.
void switch_window_leave();

// A trip to another stack and back on this thread that is not a goroutine
// switch: Boost.Context creates a fiber by jumping to its new stack and
// straight back. A collection must not stop the thread half-way, but the
// stack bottom on record stays right, so leaving does not change it.
class stack_excursion {
 public:
  stack_excursion();
  ~stack_excursion();
  stack_excursion(const stack_excursion&) = delete;
  stack_excursion& operator=(const stack_excursion&) = delete;

 private:
  bool entered_;
};

// Goroutine registry for the root scan: add/remove happen inside a window.
void registry_add(goroutine* g);
void registry_remove(goroutine* g);
// Walking the registry from outside a window (the stack compactor): while
// the lock is held no record is added or removed, so none is freed.
void lock_registry();
void unlock_registry();
goroutine* registry_first();

// Records the running goroutine's stack as suspended at the caller's frame.
// Call inside the window, right before switching away.
void mark_suspended(goroutine* g);

}  // namespace go::sched
