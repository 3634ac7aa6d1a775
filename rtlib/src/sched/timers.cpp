// This file implements the runtime's one timer heap: a binary min-heap of
// (deadline, sequence) entries under one mutex, with the earliest deadline
// mirrored in an atomic so the scheduling loop skips the lock, and even the
// clock read, when no timer is pending. Workers fire due timers from the
// dispatcher (pick_next, suspend_until) and sleep until the next deadline
// when idle; there is no timer thread.
//
// An entry is either a sleeping goroutine or a runtime_timer. Stopping or
// resetting a timer bumps its version; entries of an older version are
// dropped when they reach the top. The heap lives in Boehm's traceable
// (scanned, uncollectable) memory, so a pending timer and its argument stay
// alive even when only the runtime refers to them.
#define GC_THREADS
#include <gc/gc.h>
#include <gc/gc_allocator.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <climits>
#include <mutex>
#include <vector>

#include "go/sched/timer.hpp"
#include "sched/deadlock.hpp"
#include "sched/goroutine.hpp"
#include "sched/scheduler.hpp"
#include "sched/timers.hpp"

namespace go::sched {

namespace {

struct heap_entry {
  int64 when;
  uint64 seq;              // insertion order among equal deadlines
  goroutine* g;            // a sleeper, or
  runtime_timer* t;        // a timer, valid while t->version == version
  uint64 version;
};

struct later {
  bool operator()(const heap_entry& a, const heap_entry& b) const {
    return a.when != b.when ? a.when > b.when : a.seq > b.seq;
  }
};

struct timer_heap {
  std::mutex mu;
  std::vector<heap_entry, traceable_allocator<heap_entry>> heap;
  uint64 next_seq = 0;
  std::atomic<int64> earliest{INT64_MAX};
};

timer_heap& timers() {
  static timer_heap* t = new timer_heap;
  return *t;
}

// Caller holds mu. Returns whether the new entry is now the earliest.
bool push_locked(timer_heap& h, heap_entry e) {
  e.seq = h.next_seq++;
  h.heap.push_back(e);
  std::push_heap(h.heap.begin(), h.heap.end(), later{});
  bool first = h.heap.front().seq == e.seq;
  h.earliest = h.heap.front().when;
  return first;
}

struct due_timer {
  void (*f)(void*, uintptr);
  void* arg;
  uintptr seq;
  bool one_shot;
};

}  // namespace

int64 monotonic_now_ns() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

int64 nanotime() { return monotonic_now_ns(); }

int64 next_timer_deadline_ns() { return timers().earliest.load(std::memory_order_relaxed); }

int run_due_timers() {
  timer_heap& h = timers();
  if (h.earliest.load(std::memory_order_relaxed) == INT64_MAX) return 0;
  int64 now = monotonic_now_ns();
  // Traceable: once popped, a fired timer's argument may be referred to
  // only from here while an earlier timer's function allocates.
  std::vector<goroutine*, traceable_allocator<goroutine*>> sleepers;
  std::vector<due_timer, traceable_allocator<due_timer>> fired;
  {
    std::unique_lock<std::mutex> lock(h.mu, std::try_to_lock);
    if (!lock.owns_lock()) return 0;  // another worker is firing them
    while (!h.heap.empty() && h.heap.front().when <= now) {
      std::pop_heap(h.heap.begin(), h.heap.end(), later{});
      heap_entry e = h.heap.back();
      h.heap.pop_back();
      if (e.g != nullptr) {
        sleepers.push_back(e.g);
        continue;
      }
      runtime_timer* t = e.t;
      if (t->version != e.version || !t->pending) continue;  // stopped or reset
      bool one_shot = t->period <= 0;
      fired.push_back(due_timer{t->f, t->arg, t->seq, one_shot});
      if (one_shot) {
        t->pending = false;
      } else {
        // A ticker that fell behind skips the missed ticks, as Go's does.
        t->when += t->period * (1 + (now - t->when) / t->period);
        push_locked(h, heap_entry{t->when, 0, nullptr, t, t->version});
      }
    }
    h.earliest = h.heap.empty() ? INT64_MAX : h.heap.front().when;
  }
  // Ready and run first, then drop the timer counts: whatever a timer wakes
  // is runnable before the deadlock check could look.
  for (goroutine* g : sleepers) ready(g, sleepers.size() == 1);
  for (const due_timer& d : fired) {
    if (d.f != nullptr) d.f(d.arg, d.seq);
  }
  for (std::size_t i = 0; i < sleepers.size(); i++) note_timer_done();
  for (const due_timer& d : fired) {
    if (d.one_shot) note_timer_done();
  }
  return static_cast<int>(sleepers.size() + fired.size());
}

void sleep_goroutine(goroutine* g, int64 ns) {
  timer_heap& h = timers();
  int64 when = monotonic_now_ns() + ns;
  if (when < 0) when = INT64_MAX - 1;  // overflow: "forever"
  boost::fibers::detail::spinlock_lock lk(g->park_lock);
  note_timer_added();
  bool first;
  {
    std::lock_guard<std::mutex> lock(h.mu);
    first = push_locked(h, heap_entry{when, 0, g, nullptr, 0});
  }
  // An idle worker may be sleeping until a later deadline: let it recompute.
  if (first) wake_for_queued_work();
  park(wait_reason::sleep, lk);
}

void start_timer(runtime_timer* t) { reset_timer(t, t->when); }

bool stop_timer(runtime_timer* t) {
  timer_heap& h = timers();
  bool was_pending;
  {
    std::lock_guard<std::mutex> lock(h.mu);
    was_pending = t->pending;
    t->pending = false;
    t->version++;
  }
  if (was_pending) note_timer_done();
  return was_pending;
}

bool reset_timer(runtime_timer* t, int64 when) {
  timer_heap& h = timers();
  bool was_pending, first;
  if (when < 0) when = INT64_MAX - 1;
  {
    std::lock_guard<std::mutex> lock(h.mu);
    was_pending = t->pending;
    if (!was_pending) note_timer_added();
    t->pending = true;
    t->version++;
    t->when = when;
    first = push_locked(h, heap_entry{when, 0, nullptr, t, t->version});
  }
  if (first) wake_for_queued_work();
  return was_pending;
}

}  // namespace go::sched
