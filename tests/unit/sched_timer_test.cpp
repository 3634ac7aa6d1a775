// Tests of runtime timers as the time package will use them: a one-shot
// timer whose callback does a non-blocking send on a buffered channel
// (time.After), Stop before it fires (true, and it never fires), Reset of a
// fired timer, a ticker firing repeatedly, a callback that spawns a
// goroutine (AfterFunc), and a pending timer preventing a deadlock report.
#include <gtest/gtest.h>

#include <atomic>

#include "go/memory.hpp"
#include "go/sched/chan.hpp"
#include "go/sched/sched.hpp"
#include "go/sched/timer.hpp"

namespace {

using go::sched::runtime_timer;

// time.After's sendTime: never blocks; drops the value if the buffer is full.
void send_now(void* arg, go::uintptr) {
  auto* c = static_cast<go::sched::chan_core*>(arg);
  go::int64 now = go::sched::nanotime();
  go::sched::chan_try_send(c, &now);
}

runtime_timer* new_timer(go::int64 after_ns, void (*f)(void*, go::uintptr), void* arg, go::int64 period = 0) {
  auto* t = go::new_<runtime_timer>();
  t->when = go::sched::nanotime() + after_ns;
  t->period = period;
  t->f = f;
  t->arg = arg;
  return t;
}

TEST(SchedTimer, AfterDeliversTheFiringTimeOnItsChannel) {
  static go::int64 waited = 0, fired_at = 0;
  go::sched::run_main_goroutine([] {
    auto ch = go::make_chan<go::int64>(1);
    go::int64 start = go::sched::nanotime();
    go::sched::start_timer(new_timer(10000000, send_now, ch.core()));
    fired_at = ch.recv();
    waited = fired_at - start;
  });
  EXPECT_GE(waited, 10000000);
  EXPECT_LT(waited, 1000000000);
}

TEST(SchedTimer, StopBeforeFiringReturnsTrueAndItNeverFires) {
  static bool stopped = false, stopped_again = true, fired = true;
  go::sched::run_main_goroutine([] {
    auto ch = go::make_chan<go::int64>(1);
    runtime_timer* t = new_timer(20000000, send_now, ch.core());
    go::sched::start_timer(t);
    stopped = go::sched::stop_timer(t);
    stopped_again = go::sched::stop_timer(t);
    go::sleep_ns(40000000);
    go::int64 v;
    bool ok;
    fired = go::sched::chan_try_recv(ch.core(), &v, &ok);
  });
  EXPECT_TRUE(stopped);
  EXPECT_FALSE(stopped_again);
  EXPECT_FALSE(fired);
}

TEST(SchedTimer, ResetAfterFiringArmsItAgain) {
  static int received = 0;
  static bool was_pending = true;
  go::sched::run_main_goroutine([] {
    received = 0;
    auto ch = go::make_chan<go::int64>(1);
    runtime_timer* t = new_timer(1000000, send_now, ch.core());
    go::sched::start_timer(t);
    ch.recv();
    received++;
    was_pending = go::sched::reset_timer(t, go::sched::nanotime() + 1000000);
    ch.recv();
    received++;
  });
  EXPECT_EQ(received, 2);
  EXPECT_FALSE(was_pending);
}

TEST(SchedTimer, TickerFiresEveryPeriodUntilStopped) {
  static int ticks = 0;
  go::sched::run_main_goroutine([] {
    ticks = 0;
    auto ch = go::make_chan<go::int64>(1);
    runtime_timer* t = new_timer(2000000, send_now, ch.core(), 2000000);
    go::sched::start_timer(t);
    for (int i = 0; i < 5; i++) {
      ch.recv();
      ticks++;
    }
    EXPECT_TRUE(go::sched::stop_timer(t));
  });
  EXPECT_EQ(ticks, 5);
}

void spawn_sender(void* arg, go::uintptr) {
  go::chan<int> ch(static_cast<go::sched::chan_core*>(arg));
  go::spawn([ch] { ch.send(42); });  // AfterFunc runs f in its own goroutine
}

TEST(SchedTimer, CallbackMaySpawnAGoroutine) {
  static int got = 0;
  go::sched::run_main_goroutine([] {
    auto ch = go::make_chan<int>();
    go::sched::start_timer(new_timer(1000000, spawn_sender, ch.core()));
    got = ch.recv();
  });
  EXPECT_EQ(got, 42);
}

TEST(SchedTimer, PendingTimerIsNoDeadlock) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        go::sched::run_main_goroutine([] {
          auto ch = go::make_chan<go::int64>(1);
          go::sched::start_timer(new_timer(30000000, send_now, ch.core()));
          ch.recv();  // blocked, but the timer will send
        });
        std::_Exit(0);
      },
      ::testing::ExitedWithCode(0), "");
}

}  // namespace
