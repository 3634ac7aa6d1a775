// This file implements deadlock detection (see deadlock.hpp). Live
// goroutines and pending timers share one 64-bit word (they change at
// spawn, exit and timer operations); goroutines blocked are counted per
// thread, each count on its own cache line and written only by its thread
// (a park adds one on the parking thread, a wake-up takes one on the
// waking thread), and summed by the check, which runs only when every
// worker is idle and so no count is changing.
#include "sched/deadlock.hpp"

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "runtime_internal.hpp"
#include "sched/goroutine.hpp"

namespace go::sched {

namespace {

constexpr int field_bits = 32;
constexpr std::uint64_t field_mask = (std::uint64_t(1) << field_bits) - 1;
constexpr std::uint64_t one_timer = 1;
constexpr std::uint64_t one_live = std::uint64_t(1) << field_bits;

// One thread's count of parks minus wake-ups (negative when it wakes more
// than it parks).
struct alignas(64) blocked_count {
  std::atomic<std::int64_t> n{0};
};
constexpr int max_blocked_counts = 4096;
blocked_count blocked_counts[max_blocked_counts];
std::atomic<int> blocked_counts_used{0};
// Threads past max_blocked_counts share this one (with atomic adds).
blocked_count shared_blocked_count;
thread_local blocked_count* tls_blocked_count = nullptr;
thread_local bool tls_blocked_count_shared = false;

void add_blocked(std::int64_t delta) {
  blocked_count* c = tls_blocked_count;
  if (c == nullptr) {
    int i = blocked_counts_used.fetch_add(1);
    if (i < max_blocked_counts) {
      c = &blocked_counts[i];
    } else {
      c = &shared_blocked_count;
      tls_blocked_count_shared = true;
    }
    tls_blocked_count = c;
  }
  if (tls_blocked_count_shared) {
    c->n.fetch_add(delta);
  } else {
    // Only this thread writes it: no locked instruction needed.
    c->n.store(c->n.load(std::memory_order_relaxed) + delta, std::memory_order_release);
  }
}

std::int64_t blocked_total() {
  int used = blocked_counts_used.load();
  if (used > max_blocked_counts) used = max_blocked_counts;
  std::int64_t total = shared_blocked_count.n.load();
  for (int i = 0; i < used; i++) total += blocked_counts[i].n.load(std::memory_order_acquire);
  return total;
}

// On a cache line of its own (the struct pads it): every park and ready
// writes it, and what the linker puts next to it is read at every switch.
struct alignas(64) padded_counters {
  std::atomic<std::uint64_t> word{0};
};
padded_counters counters_line;
std::atomic<std::uint64_t>& counters = counters_line.word;
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
  std::uint64_t v = counters.load();
  std::uint64_t live = v >> field_bits;
  std::uint64_t timers = v & field_mask;
  if (live == 0 || timers != 0 || main_goroutine.load() == nullptr) return false;
  return blocked_total() == static_cast<std::int64_t>(live);
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
void note_goroutine_started() { counters.fetch_add(one_live); }
void note_goroutine_exited() { counters.fetch_sub(one_live); }
void note_blocked() { add_blocked(1); }
void note_unblocked() { add_blocked(-1); }
void note_timer_added() { counters.fetch_add(one_timer); }
void note_timer_done() { counters.fetch_sub(one_timer); }
int live_goroutines() { return static_cast<int>(counters.load() >> field_bits); }

}  // namespace go::sched
