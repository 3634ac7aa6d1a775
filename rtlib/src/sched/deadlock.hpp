// This file declares deadlock detection (Go's checkdead): the runtime counts
// live goroutines, goroutines blocked with nothing but another goroutine to
// wake them, and pending timers. When every worker has gone idle and every
// live goroutine is blocked with no timer pending while main is still
// running, nothing can ever run again: the program prints gc's report and
// exits with status 2. As in gc, the check runs when the last worker goes
// idle, not at every park: the blocked counts are per thread, so parks and
// wake-ups on different workers do not write one shared cache line.
#pragma once

namespace go::sched {

struct goroutine;

void set_main_goroutine(goroutine* g);  // null when main has returned
void note_goroutine_started();
void note_goroutine_exited();
void note_blocked();  // the running goroutine is about to park
void note_unblocked();
// Called by the scheduler with every worker idle (under its idle-list lock,
// so no goroutine runs on any worker): true when nothing can run again.
// The caller then calls hand_deadlock_to_main outside that lock.
bool deadlocked_with_all_workers_idle();
// Starts the report (deadlock_report.hpp) with main.
void hand_deadlock_to_main();
void note_timer_added();
void note_timer_done();
int live_goroutines();

}  // namespace go::sched
