// Tests of stack compaction (rtlib/src/sched/stack_compaction.hpp): parked
// goroutines whose stacks are copied out and their pages returned must come
// back with every local intact, whichever way they are woken (channel send
// or receive, close, select, semaphore, timer), keep alive the collected
// objects only their stacks reference, and survive compactions racing with
// wakers on two threads.
#define GC_THREADS
#include <gc/gc.h>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "go/memory.hpp"
#include "go/sched/chan.hpp"
#include "go/sched/sched.hpp"
#include "go/sched/select.hpp"
#include "go/sched/sema.hpp"
#include "sched/goroutine.hpp"
#include "sched/stack_compaction.hpp"

namespace {

using go::int64;
using go::sched::compact_idle_stacks;

// Locals a goroutine keeps across its park, checked when it wakes.
struct locals {
  int64 words[48];
  void fill(int64 seed) {
    for (int i = 0; i < 48; i++) words[i] = seed * 7919 + i;
  }
  bool intact(int64 seed) const {
    for (int i = 0; i < 48; i++) {
      if (words[i] != seed * 7919 + i) return false;
    }
    return true;
  }
};

// Collected objects reachable only from a goroutine's stack.
struct node {
  int64 pattern[16];
  node* next;
};
node* make_list(int64 seed, int length) {
  node* head = nullptr;
  for (int i = 0; i < length; i++) {
    auto* n = go::new_<node>();
    for (int64& w : n->pattern) w = seed * 1000 + i;
    n->next = head;
    head = n;
  }
  return head;
}
bool list_intact(const node* head, int64 seed, int length) {
  int i = length - 1;
  for (const node* n = head; n != nullptr; n = n->next, i--) {
    for (int64 w : n->pattern) {
      if (w != seed * 1000 + i) return false;
    }
  }
  return i == -1;
}

using go::sched::goroutine;
using go::sched::stack_state;

// Looks until every goroutine of gs is compacted (the compactor thread
// looks too); false after 5 s.
bool compact_all(const std::vector<goroutine*>& gs) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  for (goroutine* g : gs) {
    while (g->stack_st.load() != stack_state::compacted) {
      if (std::chrono::steady_clock::now() > deadline) return false;
      compact_idle_stacks();
      go::sleep_ns(1'000'000);
    }
  }
  return true;
}

// run_main_goroutine takes a plain function: the body goes through here.
std::function<void()> main_body;
void run_as_main(std::function<void()> body) {
  main_body = std::move(body);
  go::sched::run_main_goroutine([] { main_body(); });
  main_body = nullptr;
}

long rss_anon_kib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("RssAnon:", 0) == 0) return std::stol(line.substr(8));
  }
  return -1;
}

// n goroutines park in `wait` (given the goroutine's index and its locals'
// seed); once all are compacted, `wake` wakes them all; each reports
// whether its locals and collected objects survived.
template <class Wait, class Wake>
void park_compact_wake(int n, Wait wait, Wake wake) {
  // Shared state lives off every goroutine's stack (main's may be
  // compacted while it waits), as Go's escape analysis puts it.
  std::atomic<int> broken{0};
  std::vector<goroutine*> gs(static_cast<std::size_t>(n));
  run_as_main([&] {
    go::int_ old = go::gomaxprocs(2);
    auto parked = go::make_chan<int>(n);
    auto done = go::make_chan<int>(n);
    for (int i = 0; i < n; i++) {
      go::spawn([&, i, parked, done] {
        locals mine;
        mine.fill(i);
        node* list = make_list(i, 8);
        gs[static_cast<std::size_t>(i)] = go::sched::current_goroutine();
        parked.send(i);
        bool ok = wait(i);
        if (!ok || !mine.intact(i) || !list_intact(list, i, 8)) broken++;
        done.send(0);
      });
    }
    for (int i = 0; i < n; i++) parked.recv();
    EXPECT_TRUE(compact_all(gs));
    // Nothing but the saved copies references the lists now.
    for (int k = 0; k < 3; k++) {
      GC_gcollect();
      for (int j = 0; j < 2000; j++) make_list(-1, 2);
    }
    wake();
    for (int i = 0; i < n; i++) done.recv();
    go::gomaxprocs(old);
  });
  EXPECT_EQ(broken.load(), 0);
}

TEST(SchedCompaction, ReceiverWokenBySendGetsValueAndLocals) {
  auto c = go::make_chan<int64>(0);
  park_compact_wake(
      200, [&](int) { return c.recv() == 1000; },
      [&] {
        for (int i = 0; i < 200; i++) c.send(1000);
      });
}

TEST(SchedCompaction, SenderWokenByReceiveHandsItsValue) {
  auto c = go::make_chan<int64>(0);
  std::atomic<int64> sum{0};
  park_compact_wake(
      100, [&](int i) { c.send(static_cast<int64>(i)); return true; },
      [&] {
        for (int i = 0; i < 100; i++) sum += c.recv();
      });
  EXPECT_EQ(sum.load(), 99 * 100 / 2);
}

TEST(SchedCompaction, ReceiverWokenByCloseGetsZero) {
  auto c = go::make_chan<int64>(0);
  park_compact_wake(
      100, [&](int) { auto [v, ok] = c.recv_ok(); return v == 0 && !ok; }, [&] { go::close(c); });
}

TEST(SchedCompaction, SelectWokenByOneOfItsChannels) {
  auto a = go::make_chan<int64>(0);
  auto b = go::make_chan<int64>(0);
  park_compact_wake(
      100,
      [&](int) {
        int64 got = -1;
        go::select_case cases[] = {go::recv_case(a, &got), go::recv_case(b, &got)};
        int chosen = go::select(cases, 2, false, nullptr);
        return got == (chosen == 0 ? 7 : 8);
      },
      [&] {
        for (int i = 0; i < 100; i++) (i % 2 == 0 ? a : b).send(i % 2 == 0 ? 7 : 8);
      });
}

TEST(SchedCompaction, SemaphoreWaiterWokenByRelease) {
  static go::uint32 sem = 0;
  park_compact_wake(
      100, [&](int) { go::sched::semacquire(&sem); return true; },
      [&] {
        for (int i = 0; i < 100; i++) go::sched::semrelease(&sem);
      });
}

TEST(SchedCompaction, SleeperWokenByItsTimer) {
  park_compact_wake(
      50, [&](int) { go::sleep_ns(1'500'000'000); return true; }, [] {});
}

TEST(SchedCompaction, ReturnsTheStackPages) {
  constexpr int n = 2000;
  long before_kib = 0, after_kib = 0;
  std::size_t bytes = 0, count = 0;
  long resident = 0;
  std::vector<goroutine*> gs(n);  // off main's stack, which may be compacted
  run_as_main([&] {
    auto parked = go::make_chan<int>(n);
    auto release = go::make_chan<int>(0);
    for (int i = 0; i < n; i++) {
      go::spawn([&gs, i, parked, release] {
        gs[i] = go::sched::current_goroutine();
        parked.send(0);
        release.recv();
      });
    }
    for (int i = 0; i < n; i++) parked.recv();
    before_kib = rss_anon_kib();
    // The compactor thread may have taken some stacks already (under load
    // the spawning takes longer than its two looks): only the ones still
    // resident after the reading can give pages back below it.
    for (goroutine* g : gs) resident += g->stack_st.load() != stack_state::compacted;
    EXPECT_TRUE(compact_all(gs));
    after_kib = rss_anon_kib();
    for (goroutine* g : gs) {
      if (g->stack_st.load() != stack_state::compacted) continue;
      count++;
      bytes += static_cast<std::size_t>(g->stack.hi - g->compact_lo);
    }
    go::close(release);
  });
  ASSERT_GE(count, static_cast<std::size_t>(n));
  // Each idle stack held at least one 4 KiB page and needs far less.
  EXPECT_LT(bytes / count, 3000u);
#if !defined(__SANITIZE_THREAD__)  // TSan's shadow memory grows with each copy
  // (Nothing to measure when the compactor thread took most of them.)
  if (resident >= n / 2) EXPECT_LT(after_kib, before_kib - resident * 2);
#endif
}

// Goroutines pass tokens around at random on two threads while the main
// goroutine compacts and collects without pause: wakers race the compactor
// for the same goroutines.
TEST(SchedCompaction, RacesWithWakersOnTwoThreads) {
  std::atomic<int> broken{0};
  std::atomic<int> rounds{0};
  std::atomic<std::size_t> compactions{0};
  std::atomic<bool> stop{false};  // off main's stack, which may be compacted
  run_as_main([&] {
    go::int_ old = go::gomaxprocs(2);
    constexpr int goroutines = 48;
    constexpr int iterations = 500;
    auto ring = go::make_chan<int64>(0);
    auto side = go::make_chan<int64>(0);
    auto done = go::make_chan<int>(goroutines);
    for (int gi = 0; gi < goroutines; gi++) {
      go::spawn([&, gi, ring, side, done] {
        for (int it = 0; it < iterations; it++) {
          locals mine;
          mine.fill(gi * 100000 + it);
          node* list = make_list(gi * 100000 + it, 4);
          int64 got = 0;
          if (gi % 2 == 0) {
            int64 value = gi;  // send_case keeps its address until select returns
            go::select_case cases[] = {go::send_case(ring, value), go::send_case(side, value)};
            go::select(cases, 2, false, nullptr);
          } else {
            got = (it % 2 == 0 ? ring : side).recv();
            if (got % 2 != 0) broken++;
          }
          if (!mine.intact(gi * 100000 + it) || !list_intact(list, gi * 100000 + it, 4)) broken++;
          rounds++;
        }
        done.send(0);
      });
    }
    auto compactor = go::make_chan<int>(0);
    go::spawn([&, compactor] {
      for (int k = 0; !stop.load(); k++) {
        compactions += compact_idle_stacks();
        if (k % 16 == 0) GC_gcollect();
        go::gosched();
      }
      compactor.send(0);
    });
    for (int gi = 0; gi < goroutines; gi++) done.recv();
    stop = true;
    compactor.recv();
    go::gomaxprocs(old);
  });
  EXPECT_EQ(rounds.load(), 48 * 500);
  EXPECT_GT(compactions.load(), 0u);
  EXPECT_EQ(broken.load(), 0);
}

}  // namespace
