// This file implements the deadlock report (deadlock_report.hpp). gc lists
// goroutine 1 first, then the others in the order it made them; ours go by
// id. Goroutines on the free lists and the runtime's own parked ones are
// not user goroutines and are left out, as gc leaves out its system ones.
#include "sched/deadlock_report.hpp"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <string>
#include <vector>

#include "runtime_internal.hpp"
#include "sched/gc_fibers.hpp"
#include "sched/goroutine.hpp"

namespace go::sched {

namespace {

constexpr const char* all_asleep = "fatal error: all goroutines are asleep - deadlock!\n";

struct blocked_goroutine {
  goroutine* g;
  wait_reason reason;  // readying clears g's own
};

// Read at every wake-up from a park: a plain atomic, no static guard.
std::atomic<bool> report_started{false};

struct report_state {
  goroutine* main = nullptr;
  std::vector<blocked_goroutine> turns;  // main first
  std::size_t turn = 0;                  // whose section comes next
  std::string text;
};

report_state& report() {
  static report_state* r = new report_state;  // outlives exit()
  return *r;
}

bool shown(const goroutine* g) {
  return !g->is_free && g->reason != wait_reason::none && g->reason != wait_reason::forever;
}

// The running goroutine's section: its header, then its Go frames from the
// traceback (which leaves out the runtime's), ending with "created by" for
// a goroutine other than main.
std::string own_section(wait_reason reason, bool is_main) {
  internal::goroutine_origin origin = internal::current_goroutine_origin();
  // Main is goroutine 1 to gc whatever id an embedding gave it.
  if (is_main) origin.id = 1;
  uintptr pcs[64];
  int n = internal::capture_pcs(pcs, 64, 0);
  return internal::format_goroutine_section(origin, wait_reason_text(reason), pcs, n);
}

[[noreturn]] void print_and_exit(const std::string& text) {
  internal::flush_stdout_for_crash();
  internal::write_stderr_for_crash(text);
  std::_Exit(2);
}

}  // namespace

void start_deadlock_report(goroutine* main) {
  if (report_started.exchange(true)) return;
  report_state& r = report();
  // A main that called runtime.Goexit has no section (gc's is gone).
  bool main_exited = main->reason == wait_reason::main_goexit;
  if (!main_exited) r.turns.push_back({main, main->reason});
  std::vector<blocked_goroutine> others;
  lock_registry();
  for (goroutine* g = registry_first(); g != nullptr; g = g->registry_next) {
    if (g != main && shown(g)) others.push_back({g, g->reason});
  }
  unlock_registry();
  std::sort(others.begin(), others.end(),
            [](const blocked_goroutine& a, const blocked_goroutine& b) { return a.g->id < b.g->id; });
  r.turns.insert(r.turns.end(), others.begin(), others.end());
  if (r.turns.empty()) print_and_exit("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
  if (internal::traceback_level() == 0) print_and_exit(all_asleep);
  r.main = main;
  ready(r.turns.front().g, false);
}

void report_deadlock_if_woken_for_it(goroutine* g) {
  if (!report_started.load(std::memory_order_relaxed)) return;
  report_state& r = report();
  if (r.turn >= r.turns.size() || r.turns[r.turn].g != g) return;
  wait_reason reason = r.turns[r.turn].reason;
  r.text += r.turn == 0 ? all_asleep : "";
  r.text += "\n";
  r.text += own_section(reason, g == r.main);
  if (++r.turn == r.turns.size()) print_and_exit(r.text);
  // The next one's turn; this one stays parked for good (the report ends
  // the process).
  ready(r.turns[r.turn].g, false);
  park_forever(wait_reason::forever);
}

}  // namespace go::sched
