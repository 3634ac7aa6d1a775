// Tests of goroutines on the scheduler: spawning and joining many, runnext
// hand-off, Gosched fairness, NumGoroutine, GOMAXPROCS, LockOSThread and
// Sleep. Each test runs its body as the main goroutine.
#define GC_THREADS
#include <gc/gc.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include "go/sched/chan.hpp"
#include "go/sched/sched.hpp"
#include "../../rtlib/src/sched/free_goroutines.hpp"
#include "../../rtlib/src/sched/scheduler.hpp"
#include "../../rtlib/src/sched/stack_pool.hpp"

namespace {

std::atomic<int> counter{0};

TEST(SchedGoroutine, SpawnAndJoinTenThousand) {
  counter = 0;
  go::sched::run_main_goroutine([] {
    auto done = go::make_chan<int>(0);
    constexpr int n = 10000;
    for (int i = 0; i < n; i++) {
      go::spawn([done, i] {
        counter += i;
        done.send(1);
      });
    }
    for (int i = 0; i < n; i++) done.recv();
  });
  EXPECT_EQ(counter.load(), 10000 * 9999 / 2);
}

// Boost frees a finished fiber (and so returns its stack to the pool) only
// in its dispatcher, which a worker that always has a goroutine to run
// never entered: on one proc, rounds of spawned goroutines kept every
// stack of every round. Now a finished goroutine is reused, stack and all,
// by the next round (free_goroutines.hpp): one round's worth of stacks.
TEST(SchedGoroutine, FinishedGoroutinesReturnTheirStacksWhileTheWorkerIsBusy) {
  static std::size_t in_use_before = 0, in_use_after = 0;
  go::sched::run_main_goroutine([] {
    go::int_ old = go::gomaxprocs(1);
    // Earlier tests' free goroutines hold stacks too: count the growth.
    in_use_before = go::sched::guarded_stacks_in_use() + go::sched::carved_stacks_in_use();
    constexpr int rounds = 5, n = 3000;
    for (int r = 0; r < rounds; r++) {
      auto done = go::make_chan<int>(n);
      for (int i = 0; i < n; i++) go::spawn([done] { done.send(1); });
      for (int i = 0; i < n; i++) done.recv();
    }
    in_use_after = go::sched::guarded_stacks_in_use() + go::sched::carved_stacks_in_use();
    go::gomaxprocs(old);
  });
  EXPECT_LT(in_use_after, in_use_before + 2 * 3000u);
}

// A spawn loop on one proc yields once its worker's local queue is full
// (spawn_closure), so the spawned goroutines finish and are reused instead
// of piling up until sysmon's 10 ms preemption (~10k of them).
TEST(SchedGoroutine, SpawnLoopOnOneProcKeepsFewGoroutinesAlive) {
  static std::atomic<int> ran{0};
  static go::int_ peak = 0;
  go::sched::run_main_goroutine([] {
    go::int_ old = go::gomaxprocs(1);
    ran = 0;
    peak = 0;
    constexpr int n = 20000;
    for (int i = 0; i < n; i++) {
      go::spawn([] { ran++; });
      peak = std::max(peak, go::num_goroutine());
    }
    while (ran.load() < n) go::gosched();
    go::gomaxprocs(old);
  });
  EXPECT_EQ(ran.load(), 20000);
  // The local queue (256), runnext and main.
  EXPECT_LE(peak, 300);
}

// Stacks are mapped far from the collector's heap (stack_pool.cpp): a
// goroutine's locals are nowhere near a heap object's address.
TEST(SchedGoroutine, StacksLieOutsideTheHeapsAddressRange) {
#if defined(__SANITIZE_THREAD__)
  // TSan keeps application memory in ranges of its own and ignores the hint.
  GTEST_SKIP();
#endif
  static std::uintptr_t local = 0, heap = 0;
  go::sched::run_main_goroutine([] {
    auto done = go::make_chan<int>(1);
    go::spawn([done] {
      int x = 0;
      local = reinterpret_cast<std::uintptr_t>(&x);
      heap = reinterpret_cast<std::uintptr_t>(GC_MALLOC(64));
      done.send(1);
    });
    done.recv();
  });
  std::uintptr_t distance = local > heap ? local - heap : heap - local;
  EXPECT_GT(distance, std::uintptr_t{1} << 40);
}

std::size_t stacks_in_use() { return go::sched::guarded_stacks_in_use() + go::sched::carved_stacks_in_use(); }

// A second round of goroutines runs on the fibers and stacks of the first
// (no new stack), each with a new id and its own function.
TEST(SchedGoroutine, ExitedGoroutinesAreReusedWithNewIds) {
  static std::size_t stacks_first = 0, stacks_second = 0;
  static std::vector<go::int64> first, second;
  go::sched::run_main_goroutine([] {
    go::int_ old = go::gomaxprocs(1);
    constexpr int n = 500;
    auto round = [](std::vector<go::int64>& ids) {
      ids.assign(n, 0);
      auto done = go::make_chan<int>(n);
      auto release = go::make_chan<int>(n);
      // All n alive at once, so that the first round needs n stacks.
      for (int i = 0; i < n; i++) {
        go::spawn([done, release, &ids, i] {
          ids[i] = go::goroutine_id();
          release.recv();
          done.send(1);
        });
      }
      for (int i = 0; i < n; i++) release.send(1);
      for (int i = 0; i < n; i++) done.recv();
      go::sleep_ns(1000000);  // the last ones park on the free lists
    };
    round(first);
    stacks_first = stacks_in_use();
    round(second);
    stacks_second = stacks_in_use();
    go::gomaxprocs(old);
  });
  EXPECT_LE(stacks_second, stacks_first);
  go::int64 newest_first = *std::max_element(first.begin(), first.end());
  std::vector<go::int64> ids = second;
  std::sort(ids.begin(), ids.end());
  EXPECT_GT(ids.front(), newest_first);
  EXPECT_EQ(std::unique(ids.begin(), ids.end()), ids.end());
}

// Free goroutines keep their stacks until a collection; then the next one to
// exit ends all but 2048 of them (plus the threads' own short lists), and
// their stacks go back to the pool.
TEST(SchedGoroutine, CollectionEndsSurplusFreeGoroutines) {
  static std::size_t free_before = 0, free_after = 0, stacks_before = 0, stacks_after = 0, hot_after = 0;
  // The guarded and carved pools keep 2048 warm stacks each after a
  // collection; a few more may come back after the last trim.
  static constexpr std::size_t hot_limit = 2 * 2048 + 64;
  go::sched::run_main_goroutine([] {
    go::int_ old = go::gomaxprocs(1);
    constexpr int n = 6000;
    auto done = go::make_chan<int>(n);
    auto release = go::make_chan<int>(n);
    // All n alive at once (else later spawns reuse the first ones).
    for (int i = 0; i < n; i++) {
      go::spawn([done, release] {
        release.recv();
        done.send(1);
      });
    }
    for (int i = 0; i < n; i++) release.send(1);
    for (int i = 0; i < n; i++) done.recv();
    go::sleep_ns(1000000);
    free_before = go::sched::free_goroutine_count();
    stacks_before = stacks_in_use();
    GC_gcollect();
    go::spawn([done] { done.send(1); });
    done.recv();
    // The ended ones' stacks come back as their fibers are freed; the last
    // of them trims the pool.
    // At least this many end.
    std::size_t drop = free_before > 2048 + 256 ? free_before - (2048 + 256) : 0;
    for (int i = 0; i < 1000 && (stacks_in_use() + drop > stacks_before || go::sched::pooled_hot_stacks() > hot_limit);
         i++) {
      go::sleep_ns(1000000);
    }
    free_after = go::sched::free_goroutine_count();
    stacks_after = stacks_in_use();
    hot_after = go::sched::pooled_hot_stacks();
    go::gomaxprocs(old);
  });
  EXPECT_GE(free_before, 6000u);
  EXPECT_LE(free_after, 2048u + 2 * 64u);
  EXPECT_LE(stacks_after + 3000, stacks_before);
  // Their stacks came back after the collection's trim, and were trimmed
  // too.
  EXPECT_LE(hot_after, hot_limit);
}

TEST(SchedGoroutine, MainIsGoroutineOneOnlyOnFirstRunButHasAnId) {
  static go::int64 id = 0;
  go::sched::run_main_goroutine([] { id = go::goroutine_id(); });
  EXPECT_GT(id, 0);
  EXPECT_EQ(go::goroutine_id(), 0);  // the test thread is no goroutine
}

TEST(SchedGoroutine, NumGoroutineCountsBlockedOnes) {
  static go::int_ before = 0, during = 0, after = 0;
  go::sched::run_main_goroutine([] {
    before = go::num_goroutine();
    auto release = go::make_chan<int>(0);
    auto done = go::make_chan<int>(0);
    for (int i = 0; i < 5; i++) {
      go::spawn([release, done] {
        release.recv();
        done.send(0);
      });
    }
    during = go::num_goroutine();
    for (int i = 0; i < 5; i++) release.send(0);
    for (int i = 0; i < 5; i++) done.recv();
    // Let them finish exiting (up to 1 s: slow under ThreadSanitizer).
    for (int i = 0; i < 1000 && go::num_goroutine() != before; i++) go::sleep_ns(1000000);
    after = go::num_goroutine();
  });
  EXPECT_EQ(during, before + 5);
  EXPECT_EQ(after, before);
}

TEST(SchedGoroutine, GoschedLetsAnotherGoroutineRunOnOneProc) {
  static std::atomic<bool> other_ran{false};
  static bool seen = false;
  go::sched::run_main_goroutine([] {
    go::int_ old = go::gomaxprocs(1);
    other_ran = false;
    go::spawn([] { other_ran = true; });
    // Spin with Gosched: on one proc the other goroutine only runs because
    // we yield.
    for (int i = 0; i < 1000 && !other_ran; i++) go::gosched();
    seen = other_ran;
    go::gomaxprocs(old);
  });
  EXPECT_TRUE(seen);
}

TEST(SchedGoroutine, GomaxprocsReadsAndSets) {
  static go::int_ first = 0, second = 0, third = 0;
  go::sched::run_main_goroutine([] {
    first = go::gomaxprocs(0);
    go::gomaxprocs(2);
    second = go::gomaxprocs(0);
    go::gomaxprocs(first);
    third = go::gomaxprocs(0);
  });
  EXPECT_GE(first, 1);
  EXPECT_EQ(second, 2);
  EXPECT_EQ(third, first);
}

// Lowering GOMAXPROCS below the caller's worker moves the caller to an
// active worker (gc's procresize gives it P0): an inactive worker queues
// whatever it readies globally and its goroutine would hold it anyway.
TEST(SchedGoroutine, LoweringGomaxprocsMovesTheCallerToAnActiveWorker) {
  static int on_inactive = 0, moved = 0;
  go::sched::run_main_goroutine([] {
    go::int_ old = go::gomaxprocs(0);
    on_inactive = moved = 0;
    for (int round = 0; round < 200; round++) {
      go::gomaxprocs(2);
      // Sleeping wakes us on whichever worker finds us first.
      go::sleep_ns(10'000);
      if (go::sched::current_worker()->index == 1) moved++;
      go::gomaxprocs(1);
      if (go::sched::current_worker()->index != 0) on_inactive++;
    }
    go::gomaxprocs(old);
  });
  EXPECT_EQ(on_inactive, 0);
  RecordProperty("rounds_on_worker_1", moved);
}

TEST(SchedGoroutine, LockOSThreadKeepsTheThread) {
  static bool same = true;
  go::sched::run_main_goroutine([] {
    go::int_ old = go::gomaxprocs(2);
    auto done = go::make_chan<int>(0);
    go::spawn([done] {
      go::lock_os_thread();
      std::thread::id home = std::this_thread::get_id();
      auto ping = go::make_chan<int>(0);
      // Park and wake many times while other goroutines keep both threads
      // busy; we must always come back on the same thread.
      for (int i = 0; i < 200; i++) {
        go::spawn([ping] { ping.send(1); });
        ping.recv();
        go::gosched();
        if (std::this_thread::get_id() != home) same = false;
      }
      go::unlock_os_thread();
      done.send(0);
    });
    for (int i = 0; i < 4; i++) {
      go::spawn([] {
        for (int k = 0; k < 2000; k++) go::gosched();
      });
    }
    done.recv();
    go::gomaxprocs(old);
  });
  EXPECT_TRUE(same);
}

TEST(SchedGoroutine, SleepWaitsAtLeastTheDuration) {
  static std::chrono::nanoseconds slept{};
  go::sched::run_main_goroutine([] {
    auto start = std::chrono::steady_clock::now();
    go::sleep_ns(20 * 1000 * 1000);
    slept = std::chrono::steady_clock::now() - start;
  });
  EXPECT_GE(slept, std::chrono::milliseconds(20));
  EXPECT_LT(slept, std::chrono::milliseconds(1000));
}

TEST(SchedGoroutine, ManySleepersWakeInDeadlineOrder) {
  static std::vector<int> order;
  go::sched::run_main_goroutine([] {
    order.clear();
    auto results = go::make_chan<int>(10);
    for (int i = 5; i >= 1; i--) {
      go::spawn([results, i] {
        go::sleep_ns(i * 10 * 1000 * 1000);
        results.send(i);
      });
    }
    for (int i = 0; i < 5; i++) order.push_back(results.recv());
  });
  EXPECT_EQ(order, (std::vector<int>{1, 2, 3, 4, 5}));
}

}  // namespace
