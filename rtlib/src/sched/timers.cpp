// This file implements the timer heap (see timers.hpp): a binary min-heap of
// (deadline, sequence) under one mutex, with the earliest deadline mirrored
// in an atomic so the scheduling loop can skip the lock and even the clock
// read when no timer is pending. Sleeping goroutines park with the "sleep"
// wait reason, which deadlock detection does not count as blocked; the
// pending timer itself keeps the program from being declared deadlocked.
#include "sched/timers.hpp"

#include <time.h>

#include <algorithm>
#include <atomic>
#include <climits>
#include <mutex>
#include <vector>

#include "sched/deadlock.hpp"
#include "sched/goroutine.hpp"
#include "sched/scheduler.hpp"

namespace go::sched {

namespace {

struct timer {
  int64 when;
  uint64 seq;
  goroutine* g;
};

struct later {
  bool operator()(const timer& a, const timer& b) const {
    return a.when != b.when ? a.when > b.when : a.seq > b.seq;
  }
};

struct timer_heap {
  std::mutex mu;
  std::vector<timer> heap;
  uint64 next_seq = 0;
  std::atomic<int64> earliest{INT64_MAX};
};

timer_heap& timers() {
  static timer_heap* t = new timer_heap;
  return *t;
}

}  // namespace

int64 monotonic_now_ns() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

int64 next_timer_deadline_ns() { return timers().earliest.load(std::memory_order_relaxed); }

int run_due_timers() {
  timer_heap& t = timers();
  if (t.earliest.load(std::memory_order_relaxed) == INT64_MAX) return 0;
  int64 now = monotonic_now_ns();
  std::vector<goroutine*> due;
  {
    std::unique_lock<std::mutex> lock(t.mu, std::try_to_lock);
    if (!lock.owns_lock()) return 0;  // another worker is firing them
    while (!t.heap.empty() && t.heap.front().when <= now) {
      std::pop_heap(t.heap.begin(), t.heap.end(), later{});
      due.push_back(t.heap.back().g);
      t.heap.pop_back();
    }
    t.earliest = t.heap.empty() ? INT64_MAX : t.heap.front().when;
  }
  // Ready first, then drop the timer count: the woken goroutine is runnable
  // before the deadlock check could look.
  for (goroutine* g : due) ready(g, due.size() == 1);
  for (std::size_t i = 0; i < due.size(); i++) note_timer_done();
  return static_cast<int>(due.size());
}

void sleep_goroutine(goroutine* g, int64 ns) {
  timer_heap& t = timers();
  int64 when = monotonic_now_ns() + ns;
  if (when < 0) when = INT64_MAX - 1;  // overflow: "forever"
  boost::fibers::detail::spinlock_lock lk(g->park_lock);
  bool earliest;
  note_timer_added();
  {
    std::lock_guard<std::mutex> lock(t.mu);
    t.heap.push_back(timer{when, t.next_seq++, g});
    std::push_heap(t.heap.begin(), t.heap.end(), later{});
    earliest = t.heap.front().g == g;
    t.earliest = t.heap.front().when;
  }
  // An idle worker may be sleeping until a later deadline: let it recompute.
  if (earliest) wake_idle_worker();
  park(wait_reason::sleep, lk);
}

}  // namespace go::sched
