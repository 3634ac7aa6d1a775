// This file implements deadlock detection (see deadlock.hpp). Goroutines
// live (spawns minus exits) and goroutines blocked (parks minus wake-ups)
// are counted per thread, each thread's pair on its own cache line and
// written only by that thread, and summed by the check, which runs only
// when every worker is idle and so no count is changing (and by
// runtime.NumGoroutine). Pending timers, which change only at timer
// operations, are one shared word.
#include "sched/deadlock.hpp"

#include <atomic>
#include <cstdint>

#include "sched/deadlock_report.hpp"

namespace go::sched {

namespace {

// One thread's counts; either may be negative (a goroutine spawned here
// may exit elsewhere, one parked here may be woken elsewhere).
struct alignas(64) thread_counts {
  std::atomic<std::int64_t> live{0};
  std::atomic<std::int64_t> blocked{0};
};
constexpr int max_thread_counts = 4096;
thread_counts per_thread[max_thread_counts];
std::atomic<int> per_thread_used{0};
// Threads past max_thread_counts share this one (with atomic adds).
thread_counts shared_counts;
thread_local thread_counts* tls_counts = nullptr;
thread_local bool tls_counts_shared = false;

thread_counts* my_counts() {
  thread_counts* c = tls_counts;
  if (c == nullptr) {
    int i = per_thread_used.fetch_add(1);
    if (i < max_thread_counts) {
      c = &per_thread[i];
    } else {
      c = &shared_counts;
      tls_counts_shared = true;
    }
    tls_counts = c;
  }
  return c;
}

void add(std::atomic<std::int64_t> thread_counts::*field, std::int64_t delta) {
  thread_counts* c = my_counts();
  std::atomic<std::int64_t>& n = c->*field;
  if (tls_counts_shared) {
    n.fetch_add(delta);
  } else {
    // Only this thread writes it: no locked instruction needed.
    n.store(n.load(std::memory_order_relaxed) + delta, std::memory_order_release);
  }
}

std::int64_t total(std::atomic<std::int64_t> thread_counts::*field) {
  int used = per_thread_used.load();
  if (used > max_thread_counts) used = max_thread_counts;
  std::int64_t sum = (shared_counts.*field).load();
  for (int i = 0; i < used; i++) sum += (per_thread[i].*field).load(std::memory_order_acquire);
  return sum;
}

// On a cache line of its own (the struct pads it): timer operations write
// it, and what the linker puts next to it is read at every switch.
struct alignas(64) padded_counter {
  std::atomic<std::int64_t> n{0};
};
padded_counter pending_timers;
std::atomic<goroutine*> main_goroutine{nullptr};

}  // namespace

bool deadlocked_with_all_workers_idle() {
  if (pending_timers.n.load() != 0 || main_goroutine.load() == nullptr) return false;
  std::int64_t live = total(&thread_counts::live);
  return live > 0 && total(&thread_counts::blocked) == live;
}

void hand_deadlock_to_main() {
  goroutine* m = main_goroutine.load();
  if (m != nullptr) start_deadlock_report(m);
}

void set_main_goroutine(goroutine* g) { main_goroutine.store(g); }
void note_goroutine_started() { add(&thread_counts::live, 1); }
void note_goroutine_exited() { add(&thread_counts::live, -1); }
void note_blocked() { add(&thread_counts::blocked, 1); }
void note_unblocked() { add(&thread_counts::blocked, -1); }
void note_timer_added() { pending_timers.n.fetch_add(1); }
void note_timer_done() { pending_timers.n.fetch_sub(1); }
// Read while goroutines start and exit on other threads, the sum may be
// off for a moment (gc's gcount is too); the caller at least is live.
int live_goroutines() {
  std::int64_t n = total(&thread_counts::live);
  return n < 1 ? 1 : static_cast<int>(n);
}

}  // namespace go::sched
