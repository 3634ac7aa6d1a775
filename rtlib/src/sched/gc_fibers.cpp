// This file implements the collector's view of goroutines.
//
// Boehm scans each registered thread's stack from its stack pointer up to
// the "stack bottom" it has on record, and knows nothing of fibers. So:
//  - at every switch the thread's stack bottom is set to the top of the
//    stack it now runs on (GC_set_stackbottom with the thread's handle);
//  - suspended goroutines' stacks are pushed as roots from a
//    GC_set_push_other_roots callback (chained to the previous one), each as
//    [stack pointer saved when it parked, top of its stack), or the copy
//    of a compacted one (stack_compaction.hpp);
//  - a thread stopped half-way through a switch would be scanned with one
//    stack's pointer and another's bottom, so the collector waits, before it
//    stops the world (GC_EVENT_PRE_STOP_WORLD), until no thread is inside a
//    switch window, and no thread enters one while a collection is pending.
// Per-stack GC_add_roots is not used: Boehm aborts past ~2,000 root sets.
#define GC_THREADS
#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <sched.h>

#include <atomic>
#include <cstdlib>

#include "go/memory.hpp"
#include "go/output.hpp"
#include "runtime_internal.hpp"
#include "sched/free_goroutines.hpp"
#include "sched/gc_fibers.hpp"
#include "sched/goroutine.hpp"
#include "sched/stack_compaction.hpp"

namespace go::sched {

namespace {

// Each thread says it is inside a window in a flag of its own, on its own
// cache line: a global count written at every switch by every worker made
// the workers' caches fight over one line (P=2 channel hand-offs ran 1.6x
// slower than at P=1). Entering is Dekker-style against the collector:
// the thread sets its flag, then reads collection_pending; the collector
// sets collection_pending, then reads every flag (both sequentially
// consistent), so at least one of them sees the other.
struct alignas(64) window_slot {
  std::atomic<bool> in_window{false};
};
constexpr int max_window_slots = 4096;
window_slot window_slots[max_window_slots];
std::atomic<int> window_slots_used{0};
alignas(64) std::atomic<bool> collection_pending{false};
thread_local window_slot* tls_window_slot = nullptr;
thread_local bool tls_in_window = false;
thread_local void* tls_gc_handle = nullptr;

window_slot* my_window_slot() {
  if (tls_window_slot == nullptr) {
    int i = window_slots_used.fetch_add(1);
    if (i >= max_window_slots) {
      internal::flush_stdout_for_crash();
      internal::write_stderr_for_crash("fatal error: go2cpp: too many threads switch goroutines\n");
      std::_Exit(2);
    }
    tls_window_slot = &window_slots[i];
  }
  return tls_window_slot;
}

void leave_window() {
  tls_in_window = false;
  tls_window_slot->in_window.store(false, std::memory_order_release);
}

bool any_thread_in_window() {
  int n = window_slots_used.load();
  if (n > max_window_slots) n = max_window_slots;
  for (int i = 0; i < n; i++) {
    if (window_slots[i].in_window.load()) return true;
  }
  return false;
}

// The registry is only changed inside a switch window, so while the world
// is stopped nobody holds this lock and the root callback reads freely.
std::atomic_flag registry_lock = ATOMIC_FLAG_INIT;
goroutine* registry_head = nullptr;

GC_push_other_roots_proc previous_push_other_roots = nullptr;
GC_on_collection_event_proc previous_collection_event = nullptr;

void push_suspended_stacks() {
  if (previous_push_other_roots != nullptr) previous_push_other_roots();
  for (goroutine* g = registry_head; g != nullptr; g = g->registry_next) {
    if (!g->running && !g->is_free && g->saved_sp != nullptr && g->saved_sp < g->stack.hi) {
      push_goroutine_stack(g);
    }
  }
}

void on_collection_event(GC_EventType event) {
  if (event == GC_EVENT_PRE_STOP_WORLD) {
    collection_pending.store(true);
    while (any_thread_in_window()) sched_yield();
  } else if (event == GC_EVENT_POST_START_WORLD) {
    collection_pending.store(false);
    trim_stack_pool_later();
    trim_free_goroutines_later();
  }
  if (previous_collection_event != nullptr) previous_collection_event(event);
}

[[noreturn]] void stack_overflow() {
  internal::flush_stdout_for_crash();
  internal::write_stderr_for_crash(
      "runtime: goroutine stack exceeds 1000000000-byte limit\n"
      "fatal error: stack overflow\n\n");
  std::_Exit(2);
}

// A frame below the caller's: everything the caller spilled lies above it.
__attribute__((noinline)) void* frame_below_caller() { return __builtin_frame_address(0); }

}  // namespace

void lock_registry() {
  while (registry_lock.test_and_set(std::memory_order_acquire)) {
  }
}
void unlock_registry() { registry_lock.clear(std::memory_order_release); }
goroutine* registry_first() { return registry_head; }

void gc_fibers_init() {
  static std::atomic<bool> done{false};
  static std::atomic_flag busy = ATOMIC_FLAG_INIT;
  if (done.load()) return;
  while (busy.test_and_set()) {
  }
  if (!done.load()) {
    gc_init();
    previous_push_other_roots = GC_get_push_other_roots();
    GC_set_push_other_roots(push_suspended_stacks);
    previous_collection_event = GC_get_on_collection_event();
    GC_set_on_collection_event(on_collection_event);
    done.store(true);
  }
  busy.clear();
}

__attribute__((noinline)) void gc_register_worker_thread() {
  GC_stack_base sb;
  GC_get_stack_base(&sb);
  GC_register_my_thread(&sb);
  tls_gc_handle = GC_get_my_stackbottom(&sb);
}

__attribute__((noinline)) void switch_window_enter() {
  if (tls_in_window) return;
  window_slot* slot = my_window_slot();
  for (;;) {
    slot->in_window.store(true);
    if (!collection_pending.load()) break;
    slot->in_window.store(false);
    while (collection_pending.load()) sched_yield();
  }
  tls_in_window = true;
}

__attribute__((noinline)) void switch_window_leave_to_system(void* stack_bottom) {
  if (!tls_in_window) return;
  GC_stack_base sb{};
  sb.mem_base = stack_bottom;
  GC_set_stackbottom(tls_gc_handle, &sb);
  leave_window();
}

__attribute__((noinline)) void switch_window_leave_to_goroutine(goroutine* g) {
  __atomic_store_n(&g->running, true, __ATOMIC_RELEASE);
  GC_stack_base sb{};
  sb.mem_base = g->stack.hi;
  GC_set_stackbottom(tls_gc_handle, &sb);
  if (tls_in_window) leave_window();
}

__attribute__((noinline)) bool in_switch_window() { return tls_in_window; }

__attribute__((noinline)) stack_excursion::stack_excursion() : entered_(!in_switch_window()) {
  if (entered_) switch_window_enter();
}

__attribute__((noinline)) stack_excursion::~stack_excursion() {
  if (entered_) leave_window();
}

void switch_window_leave() {
  if (tls_in_window) leave_window();
}

void registry_add(goroutine* g) {
  stack_excursion no_collection;  // the registry changes only in a window
  lock_registry();
  g->registry_prev = nullptr;
  g->registry_next = registry_head;
  if (registry_head != nullptr) registry_head->registry_prev = g;
  registry_head = g;
  unlock_registry();
}

void registry_remove(goroutine* g) {
  stack_excursion no_collection;
  lock_registry();
  if (g->registry_prev != nullptr) g->registry_prev->registry_next = g->registry_next;
  else registry_head = g->registry_next;
  if (g->registry_next != nullptr) g->registry_next->registry_prev = g->registry_prev;
  unlock_registry();
}

void mark_suspended(goroutine* g) {
  // The caller (park, gosched) has spilled its callers' callee-saved
  // registers into its own frame (__builtin_unwind_init); a point below this
  // frame is below all of them.
  g->saved_sp = frame_below_caller();
  g->suspend_seq.store(g->suspend_seq.load(std::memory_order_relaxed) + 1, std::memory_order_release);
  __atomic_store_n(&g->running, false, __ATOMIC_RELEASE);
  if (stack_overflowed(g->stack, g->saved_sp)) stack_overflow();
}

}  // namespace go::sched
