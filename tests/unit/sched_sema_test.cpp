// Tests of the runtime semaphore sync is built on: a binary semaphore gives
// mutual exclusion to goroutines on two threads (a plain counter comes out
// exact), a counting one joins goroutines like a WaitGroup, handoff passes
// the count to the woken waiter, and a goroutine waiting forever is reported
// as gc reports it, "semacquire".
#include <gtest/gtest.h>

#include "go/sched/chan.hpp"
#include "go/sched/sched.hpp"
#include "go/sched/sema.hpp"

namespace {

TEST(SchedSema, BinarySemaphoreIsAMutexAcrossThreads) {
  static long counter = 0;
  go::sched::run_main_goroutine([] {
    go::int_ old = go::gomaxprocs(2);
    static go::uint32 lock = 1;
    static go::uint32 done = 0;
    counter = 0;
    constexpr int goroutines = 8, iterations = 20000;
    for (int i = 0; i < goroutines; i++) {
      go::spawn([] {
        for (int k = 0; k < iterations; k++) {
          go::sched::semacquire(&lock);
          counter = counter + 1;
          if (k % 64 == 0) go::gosched();  // hold it while others queue up
          go::sched::semrelease(&lock, k % 2 == 0);
        }
        go::sched::semrelease(&done);
      });
    }
    for (int i = 0; i < goroutines; i++) go::sched::semacquire(&done);
    go::gomaxprocs(old);
  });
  EXPECT_EQ(counter, 8L * 20000);
}

TEST(SchedSema, ReleaseBeforeAcquireIsKept) {
  static bool returned = false;
  go::sched::run_main_goroutine([] {
    static go::uint32 s = 0;
    go::sched::semrelease(&s);
    go::sched::semacquire(&s);  // must not block
    returned = true;
  });
  EXPECT_TRUE(returned);
}

TEST(SchedSema, WaitingForeverIsADeadlockNamedSemacquire) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(go::sched::run_main_goroutine([] {
                static go::uint32 s = 0;
                go::sched::semacquire(&s);
              }),
              ::testing::ExitedWithCode(2), "goroutine 1 \\[semacquire\\]:");
}

}  // namespace
