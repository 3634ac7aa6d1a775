// This file implements the canaries of the ThreadSanitizer run
// (scripts/tsan-smoke): they prove that TSan, with the runtime's fiber
// annotations, still tells goroutines apart. Built only by scripts/tsan-sched
// (not part of unit_tests).
//   - TsanCanary.RaceBetweenGoroutinesIsReported: two goroutines running at
//     the same time on two threads increment a plain counter; tsan-smoke
//     requires TSan's data race report for it.
//   - TsanCanary.HandOffThroughAChannelIsNoRace: the same increments, ordered
//     by a channel hand-off; it must stay silent.
#include <gtest/gtest.h>

#include <atomic>

#include "go/sched/chan.hpp"
#include "go/sched/sched.hpp"

namespace {

long racy_counter = 0;
long handed_over_counter = 0;
std::atomic<int> started{0};

TEST(TsanCanary, RaceBetweenGoroutinesIsReported) {
  go::sched::run_main_goroutine([] {
    go::int_ old = go::gomaxprocs(2);
    auto done = go::make_chan<int>(2);
    for (int g = 0; g < 2; g++) {
      go::spawn([done] {
        // Both running at once, on different threads.
        started++;
        while (started.load() < 2) {
        }
        for (int i = 0; i < 100000; i++) racy_counter++;
        done.send(0);
      });
    }
    done.recv();
    done.recv();
    go::gomaxprocs(old);
  });
  EXPECT_GT(racy_counter, 0);
}

TEST(TsanCanary, HandOffThroughAChannelIsNoRace) {
  go::sched::run_main_goroutine([] {
    go::int_ old = go::gomaxprocs(2);
    auto token = go::make_chan<int>();
    auto done = go::make_chan<int>(2);
    go::spawn([token, done] {
      for (int i = 0; i < 1000; i++) handed_over_counter++;
      token.send(0);
      done.send(0);
    });
    go::spawn([token, done] {
      token.recv();
      for (int i = 0; i < 1000; i++) handed_over_counter++;
      done.send(0);
    });
    done.recv();
    done.recv();
    go::gomaxprocs(old);
  });
  EXPECT_EQ(handed_over_counter, 2000);
}

}  // namespace
