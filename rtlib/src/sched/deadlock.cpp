// This file implements deadlock detection (see deadlock.hpp). The three
// counters share one 64-bit word, 21 bits each, so that every change and
// the check of its result are one atomic step: no interleaving of parks,
// wakeups and exits can make a half-updated state look like a deadlock.
// A goroutine is readied (unblocked) by a running one before that one can
// block itself, so "all blocked" can only be seen when it is true.
#include "sched/deadlock.hpp"

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "runtime_internal.hpp"
#include "sched/goroutine.hpp"

namespace go::sched {

namespace {

constexpr int field_bits = 21;
constexpr std::uint64_t field_mask = (std::uint64_t(1) << field_bits) - 1;
constexpr std::uint64_t one_timer = 1;
constexpr std::uint64_t one_blocked = std::uint64_t(1) << field_bits;
constexpr std::uint64_t one_live = std::uint64_t(1) << (2 * field_bits);

std::atomic<std::uint64_t> counters{0};
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

void check(std::uint64_t v) {
  std::uint64_t live = v >> (2 * field_bits);
  std::uint64_t blocked = (v >> field_bits) & field_mask;
  std::uint64_t timers = v & field_mask;
  goroutine* m = main_goroutine.load();
  if (live == 0 || live != blocked || timers != 0 || m == nullptr) return;
  if (current_goroutine() == m) report_deadlock(m->reason);
  // Main not yet parked (it is about to, with its reason set) or found by
  // another thread: the report waits for main's park to complete.
  hand_to_main(m);
}

}  // namespace

void set_main_goroutine(goroutine* g) { main_goroutine.store(g); }
void report_deadlock_if_woken_for_it(goroutine* g) {
  if (handed_to_main.load(std::memory_order_relaxed) && g == main_goroutine.load()) report_deadlock(main_reason.load());
}
void note_goroutine_started() { counters.fetch_add(one_live); }
void note_goroutine_exited() { check(counters.fetch_sub(one_live) - one_live); }
void note_blocked() { check(counters.fetch_add(one_blocked) + one_blocked); }
void note_unblocked() { counters.fetch_sub(one_blocked); }
void note_timer_added() { counters.fetch_add(one_timer); }
void note_timer_done() { check(counters.fetch_sub(one_timer) - one_timer); }
int live_goroutines() { return static_cast<int>(counters.load() >> (2 * field_bits)); }

}  // namespace go::sched
