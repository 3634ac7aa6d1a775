// This file declares the runtime's one timer heap. Workers run due timers
// from the scheduling loop (pick_next) and sleep until the next one when
// idle, as Go's findrunnable does; there is no timer thread.
#pragma once

#include "go/types.hpp"

namespace go::sched {

struct goroutine;

int64 monotonic_now_ns();
// When the earliest timer is due (monotonic ns), or INT64_MAX.
int64 next_timer_deadline_ns();
// Fires every timer that is due; returns how many fired.
int run_due_timers();
// Parks the running goroutine until ns nanoseconds from now.
void sleep_goroutine(goroutine* g, int64 ns);

}  // namespace go::sched
