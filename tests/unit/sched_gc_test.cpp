// Stress test of the collector with goroutines: many goroutines on two
// threads hold the only references to collected objects in their stack
// frames (and in the values they send) across blocking channel operations,
// while collections are forced again and again. An object freed while still
// referenced would be reused by later allocations and its contents
// overwritten; every check counts the objects whose pattern changed.
#define GC_THREADS
#include <gc/gc.h>
#include <gtest/gtest.h>

#include <atomic>

#include "go/memory.hpp"
#include "go/sched/chan.hpp"
#include "go/sched/sched.hpp"

namespace {

constexpr int words = 32;

struct node {
  long pattern[words];
  node* next;
};

node* make_list(long seed, int length) {
  node* head = nullptr;
  for (int i = 0; i < length; i++) {
    auto* n = go::new_<node>();
    for (int w = 0; w < words; w++) n->pattern[w] = seed * 1000 + i;
    n->next = head;
    head = n;
  }
  return head;
}

int count_broken(node* head, long seed, int length) {
  int broken = 0, i = length - 1, seen = 0;
  for (node* n = head; n != nullptr; n = n->next, i--, seen++) {
    for (int w = 0; w < words; w++) {
      if (n->pattern[w] != seed * 1000 + i) {
        broken++;
        break;
      }
    }
  }
  return broken + (seen != length ? 1 : 0);
}

std::atomic<int> broken_total{0};
std::atomic<int> checks{0};

TEST(SchedGc, SuspendedStacksKeepTheirObjectsAliveAcrossForcedCollections) {
  broken_total = 0;
  checks = 0;
  go::sched::run_main_goroutine([] {
    go::int_ old = go::gomaxprocs(2);
    constexpr int goroutines = 64;
    constexpr int iterations = 60;
    auto tokens = go::make_chan<node*>(0);
    auto done = go::make_chan<int>(goroutines);
    for (int gi = 0; gi < goroutines; gi++) {
      go::spawn([tokens, done, gi] {
        for (int it = 0; it < iterations; it++) {
          long seed = gi * 100000 + it;
          // The only reference is this frame's local while we block.
          node* mine = make_list(seed, 20);
          if (gi % 2 == 0) {
            tokens.send(make_list(seed + 50000, 5));  // blocks until taken
          } else {
            node* got = tokens.recv();  // someone's list, checked by length only
            int n = 0;
            for (node* p = got; p != nullptr; p = p->next) n++;
            if (n != 5) broken_total++;
          }
          if (it % 8 == 0) GC_gcollect();
          // Garbage that reuses freed memory if anything was freed wrongly.
          for (int k = 0; k < 50; k++) make_list(-1, 4);
          broken_total += count_broken(mine, seed, 20);
          checks++;
        }
        done.send(0);
      });
    }
    for (int gi = 0; gi < goroutines; gi++) done.recv();
    go::gomaxprocs(old);
  });
  EXPECT_EQ(checks.load(), 64 * 60);
  EXPECT_EQ(broken_total.load(), 0);
}

}  // namespace

namespace {

// Creating a fiber jumps to its new stack and back (Boost.Context runs the
// fiber's entry once to set it up). A collection that stopped the thread
// there scanned from the new stack's pointer up to the old stack's bottom,
// across guard pages (a SIGSEGV in GC_mark_from, seen in gcgort.go about once
// in 1,000 runs). Goroutines spawn goroutines on two workers while others
// force collections without pause.
std::atomic<int> ran{0};

TEST(SchedGc, SpawningGoroutinesWhileCollectionsRun) {
  ran = 0;
  go::sched::run_main_goroutine([] {
    go::int_ old = go::gomaxprocs(2);
    constexpr int spawners = 4, children = 3000, collectors = 2, collections = 300;
    auto done = go::make_chan<int>(spawners + collectors);
    for (int c = 0; c < collectors; c++) {
      go::spawn([done] {
        for (int i = 0; i < collections; i++) {
          GC_gcollect();
          go::gosched();
        }
        done.send(0);
      });
    }
    for (int s = 0; s < spawners; s++) {
      go::spawn([done] {
        // Children stay parked until all are spawned, so each needs a
        // fresh fiber (not a finished goroutine's, reused).
        auto release = go::make_chan<int>(0);
        for (int i = 0; i < children; i++) {
          go::spawn([release] {
            release.recv();
            ran++;
          });
          if (i % 64 == 0) go::gosched();
        }
        go::close(release);
        done.send(0);
      });
    }
    for (int i = 0; i < spawners + collectors; i++) done.recv();
    while (ran.load() < spawners * children) go::gosched();
    go::gomaxprocs(old);
  });
  EXPECT_EQ(ran.load(), 4 * 3000);
}

}  // namespace
