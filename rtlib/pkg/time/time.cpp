// This file implements package time's natives: the wall and monotonic
// clocks and Sleep (which parks the goroutine on the runtime's timers).
#include <ctime>

#include "go/sched/sched.hpp"
#include "go/sched/timer.hpp"
#include "time/time.hpp"

namespace time_ {

std::tuple<go::int64, go::int32, go::int64> now() {
  timespec ts{};
  clock_gettime(CLOCK_REALTIME, &ts);
  return {ts.tv_sec, static_cast<go::int32>(ts.tv_nsec), go::sched::nanotime()};
}

go::int64 runtimeNano() { return go::sched::nanotime(); }

void sleep(go::int64 ns) { go::sleep_ns(ns); }

}  // namespace time_
