// This file declares gc's deadlock report: "fatal error: all goroutines are
// asleep - deadlock!", then every blocked goroutine with its wait reason and
// frames, main first. Only a goroutine can walk its own stack, so each one
// is woken in turn (nothing else can run: every goroutine is blocked),
// appends its section and wakes the next; the last prints the report and
// exits with status 2.
#pragma once

namespace go::sched {

struct goroutine;

// Every worker is idle and main is parked: wakes main (or, if main called
// runtime.Goexit, the first other blocked goroutine) to start the report.
// Called once; later calls do nothing.
void start_deadlock_report(goroutine* main);
// Called by every goroutine as it wakes from a park: the one whose turn it
// is adds its section and never returns.
void report_deadlock_if_woken_for_it(goroutine* g);

}  // namespace go::sched
