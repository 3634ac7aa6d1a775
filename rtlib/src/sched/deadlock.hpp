// This file declares deadlock detection (Go's checkdead): the runtime counts
// live goroutines, goroutines blocked with nothing but another goroutine to
// wake them, and pending timers. When a change leaves every live goroutine
// blocked and no timer pending while main is still running, nothing can
// ever run again: the program prints gc's report and exits with status 2.
#pragma once

namespace go::sched {

struct goroutine;

void set_main_goroutine(goroutine* g);  // null when main has returned
// Called by a goroutine as it wakes from a park: main, woken by the
// goroutine that found a deadlock, reports it with its own frames.
void report_deadlock_if_woken_for_it(goroutine* g);
void note_goroutine_started();
void note_goroutine_exited();
void note_blocked();  // the running goroutine is about to park
void note_unblocked();
void note_timer_added();
void note_timer_done();
int live_goroutines();

}  // namespace go::sched
