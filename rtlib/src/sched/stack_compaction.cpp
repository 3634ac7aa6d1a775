// This file implements stack compaction (see stack_compaction.hpp for what
// and when). The states of goroutine::stack_st and who moves between them:
//
//   running  --goroutine parks----------------> parked
//   parked   --waker (make_stack_resident)----> claimed
//   parked   --compactor claims it------------> compacting
//   compacting --waker takes it back----------> claimed
//   compacting --compactor starts-------------> copying_out
//   copying_out --copied, pages returned------> compacted
//   copying_out --still switching / too deep--> parked
//   compacted --waker------------------------> restoring --copied back--> claimed
//   claimed/any --goroutine lands on its thread--> running
//
// A waker that finds `copying_out` or `restoring` waits: both last a copy
// of a few KiB (a claim waiting in the compactor's list does not hold it).
// The compactor holds the goroutine's park lock while it copies, which
// proves the goroutine is off its thread (park releases that lock only
// after the switch away has completed) and that Boost has stored the stack
// pointer of its switch (the lowest byte we must keep) in its context.
#define GC_THREADS
#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <sys/mman.h>

#include <algorithm>
#include <atomic>
#include <boost/fiber/context.hpp>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

#include "sched/gc_fibers.hpp"
#include "sched/goroutine.hpp"
#include "sched/stack_compaction.hpp"
#include "sched/tsan_fibers.hpp"

namespace go::sched {

namespace {

// Boost keeps a suspended context's saved stack pointer in a private member
// (context::c_, a boost::context::fiber whose only member is fctx_). An
// explicit instantiation may name private members ([temp.spec]/6), which
// lets us read it without copying Boost's layout.
using boost_context = boost::fibers::context;
using boost_fiber = boost::context::fiber;
using fcontext = boost::context::detail::fcontext_t;

boost_fiber boost_context::*context_fiber_member();
fcontext boost_fiber::*fiber_fctx_member();

template <boost_fiber boost_context::*Member>
struct expose_context_fiber {
  friend boost_fiber boost_context::*context_fiber_member() { return Member; }
};
template struct expose_context_fiber<&boost_context::c_>;

template <fcontext boost_fiber::*Member>
struct expose_fiber_fctx {
  friend fcontext boost_fiber::*fiber_fctx_member() { return Member; }
};
template struct expose_fiber_fctx<&boost_fiber::fctx_>;

// The lowest byte of g's stack in use while it is switched out.
char* switched_out_sp(goroutine* g) {
  boost_fiber& f = g->ctx->*context_fiber_member();
  return static_cast<char*>(f.*fiber_fctx_member());
}

// Deeper stacks are left alone: copying them costs more than the pages
// are worth for a goroutine likely to run again soon.
constexpr std::size_t max_compacted_bytes = 64 * 1024;
// Pages returned below the used part: those a deeper call (a collection
// needs ~27 KB) touched earlier. Ordinary stacks are this size; goroutine
// 1's is larger and keeps what lies below.
constexpr std::size_t released_span = 256 * 1024;
constexpr std::size_t page_size = 4096;

constexpr uint8 max_looks_needed = 64;
// Stacks copied out before their pages go back (each holds its park lock
// meanwhile, and no collection starts).
constexpr std::size_t max_batch = 64;
constexpr auto first_period = std::chrono::milliseconds(10);
constexpr auto longest_period = std::chrono::milliseconds(320);

std::mutex pass_mutex;  // one look at a time (the thread and tests)

void spin_pause() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  asm volatile("yield");
#endif
}

// Claims (moves to `compacting`) every goroutine found parked, and not
// parked anew, at its last looks_needed looks.
void claim_idle(std::vector<goroutine*>& claimed) {
  lock_registry();
  for (goroutine* g = registry_first(); g != nullptr; g = g->registry_next) {
    uint32 seq = g->park_seq.load(std::memory_order_relaxed);
    if (seq != g->seen_park_seq) {
      g->seen_park_seq = seq;
      g->idle_looks = 0;
      continue;
    }
    // Acquire: looks_needed was last written before g parked.
    stack_state expected = stack_state::parked;
    if (g->stack_st.load(std::memory_order_acquire) != expected) continue;
    if (++g->idle_looks < g->looks_needed) continue;
    // Acquire: the spawner's last write to g's stack happened before.
    if (g->fiber_handle_held.load(std::memory_order_acquire)) continue;
    if (g->stack_st.compare_exchange_strong(expected, stack_state::compacting)) claimed.push_back(g);
  }
  unlock_registry();
}

// The pages compaction gives back: the whole stack, or for goroutine 1's
// large one its top released_span.
char* release_lo(goroutine* g) {
  std::size_t span = std::min(released_span, static_cast<std::size_t>(g->stack.hi - g->stack.lo));
  char* lo = g->stack.hi - span;
  lo -= reinterpret_cast<std::uintptr_t>(lo) % page_size;
  if (lo < g->stack.lo) lo += page_size;
  return lo;
}

// g was claimed (`compacting`): unless a waker took it back, copy its used
// part out and leave it `copying_out` with its park lock held (true), or
// hand it back as `parked` (false). The caller is inside a window.
bool copy_out(goroutine* g) {
  stack_state expected = stack_state::compacting;
  if (!g->stack_st.compare_exchange_strong(expected, stack_state::copying_out)) return false;
  if (!g->park_lock.try_lock()) {  // still switching away: next time
    g->stack_st.store(stack_state::parked);
    return false;
  }
  tsan::acquire_parked(g);  // its frames were written before it parked
  char* lo = switched_out_sp(g);
  std::size_t size = static_cast<std::size_t>(g->stack.hi - lo);
  void* copy = nullptr;
  if (lo >= g->stack.lo && lo < static_cast<char*>(g->saved_sp) && size <= max_compacted_bytes) {
    copy = std::malloc(size);
  }
  if (copy == nullptr) {
    g->stack_st.store(stack_state::parked);
    g->park_lock.unlock();
    return false;
  }
  tsan::ignore_begin();
  std::memcpy(copy, lo, size);
  tsan::ignore_end();
  g->compact_lo = lo;
  g->compact_copy = copy;
  return true;
}

// Gives back the pages of the copied-out stacks of batch (in address
// order) and lets their goroutines go as `compacted`. Neighbouring stacks
// (carved side by side, or with one guard page between) go in one
// madvise: each call costs a system call and a TLB shootdown on every CPU
// running the program's threads, far more than the copy.
void release_batch(std::vector<goroutine*>& batch) {
  std::size_t i = 0;
  while (i < batch.size()) {
    char* lo = release_lo(batch[i]);
    char* hi = batch[i]->stack.hi;
    std::size_t j = i + 1;
    while (j < batch.size() && batch[j]->stack.lo >= hi && batch[j]->stack.lo - hi <= static_cast<std::ptrdiff_t>(page_size) &&
           release_lo(batch[j]) == batch[j]->stack.lo) {
      hi = batch[j]->stack.hi;
      j++;
    }
    madvise(lo, static_cast<std::size_t>(hi - lo), MADV_DONTNEED);
    i = j;
  }
  for (goroutine* g : batch) {
    // A goroutine woken soon after would pay a copy back and fresh pages
    // at every wake: each compaction doubles the idle time the next needs.
    g->idle_looks = 0;
    if (g->looks_needed < max_looks_needed) g->looks_needed *= 2;
    g->stack_st.store(stack_state::compacted, std::memory_order_release);
    g->park_lock.unlock();
  }
  batch.clear();
}

// g is `restoring`: copy its stack back.
void restore(goroutine* g) {
  std::size_t size = static_cast<std::size_t>(g->stack.hi - g->compact_lo);
  tsan::ignore_begin();
  std::memcpy(g->compact_lo, g->compact_copy, size);
  tsan::ignore_end();
  void* copy = g->compact_copy;
  {
    // The record forgets the copy before `claimed` lets g run (and park
    // and be compacted anew, which sets a new copy); no collection sees
    // `restoring` without one meanwhile.
    stack_excursion no_collection;
    g->compact_copy = nullptr;
    g->stack_st.store(stack_state::claimed, std::memory_order_release);
  }
  std::free(copy);
}

void compactor_main() {
  auto period = first_period;
  for (;;) {
    std::this_thread::sleep_for(period);
    period = compact_idle_stacks() > 0 ? first_period : std::min(period * 2, longest_period);
  }
}

}  // namespace

void make_stack_resident_slow(goroutine* g) {
  for (;;) {
    stack_state s = g->stack_st.load(std::memory_order_acquire);
    switch (s) {
      case stack_state::running:
      case stack_state::claimed:
        return;
      case stack_state::parked:
      case stack_state::compacting:
        if (g->stack_st.compare_exchange_weak(s, stack_state::claimed, std::memory_order_acquire)) return;
        break;
      case stack_state::compacted:
        if (g->stack_st.compare_exchange_weak(s, stack_state::restoring, std::memory_order_acquire)) {
          restore(g);
          return;
        }
        break;
      case stack_state::copying_out:
      case stack_state::restoring:
        spin_pause();
        break;
    }
  }
}

void push_goroutine_stack(goroutine* g) {
  // The world is stopped, and the compactor is outside its window.
  switch (g->stack_st.load(std::memory_order_relaxed)) {
    case stack_state::compacted:
      GC_push_all_eager(g->compact_copy, static_cast<char*>(g->compact_copy) + (g->stack.hi - g->compact_lo));
      return;
    case stack_state::restoring:
      // A waker stopped half-way: the copy is whole, the stack may not be.
      GC_push_all_eager(g->compact_copy, static_cast<char*>(g->compact_copy) + (g->stack.hi - g->compact_lo));
      break;
    default:
      break;
  }
  GC_push_all_eager(g->saved_sp, g->stack.hi);
}

void start_stack_compactor() {
  static std::once_flag once;
  std::call_once(once, [] { std::thread(compactor_main).detach(); });
}

std::size_t compact_idle_stacks() {
  std::lock_guard<std::mutex> pass(pass_mutex);
  // Never destroyed: the compactor thread may be in a pass while exit()
  // runs the destructors of statics (a unit test's process crashed so).
  static auto& claimed = *new std::vector<goroutine*>;
  static auto& batch = *new std::vector<goroutine*>;
  claimed.clear();
  claim_idle(claimed);
  std::sort(claimed.begin(), claimed.end(), [](goroutine* a, goroutine* b) { return a->stack.lo < b->stack.lo; });
  std::size_t n = 0;
  for (std::size_t i = 0; i < claimed.size();) {
    // Inside a window no collection starts, so none sees a stack half
    // given back; entered before any park lock is taken, so that we never
    // wait for a collection to end while holding one.
    switch_window_enter();
    for (; i < claimed.size() && batch.size() < max_batch; i++) {
      if (copy_out(claimed[i])) batch.push_back(claimed[i]);
    }
    n += batch.size();
    release_batch(batch);
    switch_window_leave();
  }
  return n;
}

}  // namespace go::sched
