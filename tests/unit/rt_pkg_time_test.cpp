// Tests of package time's timer natives (rtlib/pkg/time/timer.cpp) on the
// runtime's timers: a send timer delivers the current time on its channel
// and drops a tick nobody took; Stop and Reset report whether the timer was
// pending; an AfterFunc timer runs its function in a new goroutine.
#include <gtest/gtest.h>

#include <atomic>

#include "go/sched/chan.hpp"
#include "go/sched/sched.hpp"
#include "time/time.hpp"

namespace {

TEST(TimePackageTimers, SendTimerDeliversTheTimeOnce) {
  static go::int64 waited = 0;
  static bool second = true;
  go::sched::run_main_goroutine([] {
    auto c = go::make_chan<time_::Time>(1);
    auto* t = go::new_<time_::runtimeTimer>();
    go::int64 start = time_::runtimeNano();
    t->when = start + 5000000;
    time_::sendTimeOn(t, c);
    time_::startTimer(t);
    time_::Time fired = c.recv();
    waited = time_::runtimeNano() - start;
    EXPECT_FALSE(fired.IsZero());
    go::sleep_ns(10000000);
    time_::Time v;
    bool ok = false;
    second = go::sched::chan_try_recv(c.core(), &v, &ok);
  });
  EXPECT_GE(waited, 5000000);
  EXPECT_FALSE(second);
}

TEST(TimePackageTimers, StopAndResetReportWhetherPending) {
  static bool stop1 = false, stop2 = true, reset1 = true, fired = false;
  go::sched::run_main_goroutine([] {
    auto c = go::make_chan<time_::Time>(1);
    auto* t = go::new_<time_::runtimeTimer>();
    t->when = time_::runtimeNano() + 1000000000;
    time_::sendTimeOn(t, c);
    time_::startTimer(t);
    stop1 = time_::stopTimer(t);
    stop2 = time_::stopTimer(t);
    reset1 = time_::resetTimer(t, time_::runtimeNano() + 1000000, 0);
    c.recv();
    fired = true;
  });
  EXPECT_TRUE(stop1);
  EXPECT_FALSE(stop2);
  EXPECT_FALSE(reset1);
  EXPECT_TRUE(fired);
}

TEST(TimePackageTimers, FuncTimerRunsInAGoroutine) {
  static std::atomic<int> calls{0};
  static go::int64 caller = 0, runner = -1;
  go::sched::run_main_goroutine([] {
    caller = go::goroutine_id();
    auto done = go::make_chan<bool>(1);
    auto* t = go::new_<time_::runtimeTimer>();
    t->when = time_::runtimeNano() + 1000000;
    time_::callInGoroutine(t, go::func<void()>([done] {
      runner = go::goroutine_id();
      calls++;
      done.send(true);
    }));
    time_::startTimer(t);
    done.recv();
  });
  EXPECT_EQ(calls.load(), 1);
  EXPECT_NE(runner, caller);
  EXPECT_GT(runner, 0);
}

}  // namespace
