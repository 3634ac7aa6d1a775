// This file declares stack compaction: the runtime's answer to gc's stack
// shrinking. Our stacks cannot move (C++ frames point into themselves), so
// a goroutine that stays parked gives back the pages of its stack instead:
// the used part, [the stack pointer its context switch saved, stack top),
// is copied to a malloc'd buffer and the stack's pages are returned to the
// kernel with MADV_DONTNEED (the range stays reserved, so every address in
// it stays valid). The copy is put back before the goroutine runs again
// (ready) or before anyone else touches its stack (a channel hand-off
// writing the value into the waiter's variable).
//
// When: a thread of its own looks at every goroutine every 10 ms (backing
// off to 320 ms while there is nothing to do) and compacts the ones it
// found parked at its previous look and that have not run since; a
// goroutine needs twice as many such looks after each compaction of its
// stack (up to 64), so one that wakes often stops paying for copies back.
// Goroutines parked on the free list (exited, kept for reuse) are left to
// the free list's own trimming. Not at
// collection time: Boehm collects only when the program allocates, so an
// idle program would never shrink, and copying needs malloc, which a thread
// stopped by the collector may be holding.
//
// Safety: goroutine::stack_st (goroutine.hpp) says who may touch the stack.
// The compactor takes a goroutine only from `parked`; a waker moves
// `parked` (or `compacting`, a claim the compactor has not acted on yet) to
// `claimed`, or restores a `compacted` one, before it touches the stack,
// and the goroutine's own resume sets `running`. The compactor
// copies and returns pages inside a switch window (gc_fibers.hpp), so a
// collection never sees a stack half given back; a collection that stops a
// waker half-way through restoring scans both the copy and the stack.
#pragma once

#include <atomic>
#include <cstddef>

#include "sched/goroutine.hpp"

namespace go::sched {

// The running goroutine g is about to park: from now on the compactor may
// take its stack (once it is off its thread, which the compactor checks
// with g's park lock). Callers whose wakers touch g's stack (channels,
// select) call it before a waker can find g; park() calls it otherwise.
inline void mark_parkable(goroutine* g) {
  // Nobody else moves a goroutine out of `running`: no read-modify-write.
  if (g->stack_st.load(std::memory_order_relaxed) == stack_state::running) {
    g->stack_st.store(stack_state::parked, std::memory_order_release);
  }
}
// g runs again on its own stack (the scheduler's resume path).
inline void mark_running(goroutine* g) { g->stack_st.store(stack_state::running, std::memory_order_relaxed); }
// Someone other than g is about to touch g's stack or ready g: puts a
// compacted stack back and keeps the compactor away until g runs again.
// Inline: every channel hand-off and every ready passes here.
void make_stack_resident_slow(goroutine* g);
inline void make_stack_resident(goroutine* g) {
  stack_state s = g->stack_st.load(std::memory_order_acquire);
  if (s == stack_state::running || s == stack_state::claimed) return;
  if ((s == stack_state::parked || s == stack_state::compacting) &&
      g->stack_st.compare_exchange_strong(s, stack_state::claimed)) {
    return;
  }
  make_stack_resident_slow(g);
}
// The collector's root push for a suspended goroutine.
void push_goroutine_stack(goroutine* g);

// Starts the compactor thread (once).
void start_stack_compactor();
// One look at every goroutine, as the compactor thread makes it every
// period; returns how many stacks it compacted. For tests.
std::size_t compact_idle_stacks();

}  // namespace go::sched
