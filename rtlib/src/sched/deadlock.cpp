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
#include <cstdlib>
#include <string>

#include "runtime_internal.hpp"
#include "sched/goroutine.hpp"

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
// Set when a goroutine other than main found the deadlock and readied main
// to report it (with main's own frames); main's wait reason is kept here,
// as readying clears it.
std::atomic<bool> handed_to_main{false};
std::atomic<wait_reason> main_reason{wait_reason::forever};

[[noreturn]] void report_deadlock(wait_reason reason) {
  goroutine* m = main_goroutine.load();
  if (reason == wait_reason::main_goexit) {
    internal::flush_stdout_for_crash();
    internal::write_stderr_for_crash("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    std::_Exit(2);
  }
  std::string text = "fatal error: all goroutines are asleep - deadlock!\n\n";
  std::string header = "goroutine 1 [";
  header += wait_reason_text(reason);
  header += "]:\n";
  text += header;
  // Main prints its own frames as gc does (runtime frames are left out by
  // the traceback): either it found the deadlock itself, or the goroutine
  // that did readied it to report (hand_to_main).
  if (m != nullptr && current_goroutine() == m) {
    uintptr pcs[64];
    int n = internal::capture_pcs(pcs, 64, 0);
    std::string trace = internal::format_goroutine_trace(pcs, n);
    std::size_t eol = trace.find('\n');
    if (eol != std::string::npos) {
      // Below the goroutine's function lie Boost's fiber entry frames.
      std::string frames = trace.substr(eol + 1);
      std::size_t boost_frames = frames.find("\nboost.");
      if (frames.rfind("boost.", 0) == 0) boost_frames = 0;
      else if (boost_frames != std::string::npos) boost_frames++;
      text += frames.substr(0, boost_frames);
    }
  }
  internal::flush_stdout_for_crash();
  internal::write_stderr_for_crash(text);
  std::_Exit(2);
}

// Another goroutine found the deadlock: main is parked and cannot show
// its stack from here, so wake it to report; nothing else runs meanwhile
// (everyone else is blocked), and the finder goes on parking.
void hand_to_main(goroutine* m) {
  if (handed_to_main.exchange(true)) return;
  main_reason.store(m->reason);
  ready(m, false);
}

}  // namespace

bool deadlocked_with_all_workers_idle() {
  if (pending_timers.n.load() != 0 || main_goroutine.load() == nullptr) return false;
  std::int64_t live = total(&thread_counts::live);
  return live > 0 && total(&thread_counts::blocked) == live;
}

// Main is parked (every worker is idle): ready it to report with its own
// frames; the worker that found the deadlock runs it.
void hand_deadlock_to_main() {
  goroutine* m = main_goroutine.load();
  if (m != nullptr) hand_to_main(m);
}

void set_main_goroutine(goroutine* g) { main_goroutine.store(g); }
void report_deadlock_if_woken_for_it(goroutine* g) {
  if (handed_to_main.load(std::memory_order_relaxed) && g == main_goroutine.load()) report_deadlock(main_reason.load());
}
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
