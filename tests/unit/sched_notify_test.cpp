// Tests of sync.Cond's runtime wait list: Broadcast wakes every waiter,
// Signal wakes one per call in ticket order, a notification between taking
// a ticket and waiting is not lost, and a waiter nobody signals is reported
// as gc reports it, "sync.Cond.Wait".
#include <gtest/gtest.h>

#include <atomic>
#include <vector>

#include "go/sched/chan.hpp"
#include "go/sched/notify_list.hpp"
#include "go/sched/sched.hpp"

namespace {

go::sched::notify_list* fresh_list() { return new go::sched::notify_list; }

TEST(SchedNotify, BroadcastWakesEveryWaiter) {
  static int woken = 0;
  go::sched::run_main_goroutine([] {
    woken = 0;
    auto* l = fresh_list();
    auto done = go::make_chan<int>(10);
    static std::atomic<int> registered{0};
    registered = 0;
    for (int i = 0; i < 10; i++) {
      go::spawn([l, done] {
        auto ticket = go::sched::notify_list_add(l);
        registered++;
        go::sched::notify_list_wait(l, ticket);
        done.send(1);
      });
    }
    // Every waiter holds a ticket before the broadcast (a fixed sleep was
    // too short under ThreadSanitizer); some may not be parked yet, which
    // notify_all must handle too.
    while (registered.load() < 10) go::sleep_ns(100000);
    go::sched::notify_list_notify_all(l);
    for (int i = 0; i < 10; i++) woken += done.recv();
  });
  EXPECT_EQ(woken, 10);
}

TEST(SchedNotify, SignalWakesOneInTicketOrder) {
  static std::vector<int> order;
  go::sched::run_main_goroutine([] {
    order.clear();
    auto* l = fresh_list();
    auto done = go::make_chan<int>(3);
    for (int i = 0; i < 3; i++) {
      go::uint32 t = go::sched::notify_list_add(l);  // tickets 0, 1, 2 in order
      go::spawn([l, done, t, i] {
        go::sched::notify_list_wait(l, t);
        done.send(i);
      });
    }
    go::sleep_ns(2000000);
    for (int i = 0; i < 3; i++) {
      go::sched::notify_list_notify_one(l);
      order.push_back(done.recv());
    }
  });
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2}));
}

TEST(SchedNotify, NotifyBeforeWaitIsNotLost) {
  static bool returned = false;
  go::sched::run_main_goroutine([] {
    auto* l = fresh_list();
    go::uint32 t = go::sched::notify_list_add(l);
    go::sched::notify_list_notify_one(l);
    go::sched::notify_list_wait(l, t);  // must return at once
    returned = true;
  });
  EXPECT_TRUE(returned);
}

TEST(SchedNotify, UnsignalledWaiterIsADeadlockNamedCondWait) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(go::sched::run_main_goroutine([] {
                auto* l = fresh_list();
                go::sched::notify_list_wait(l, go::sched::notify_list_add(l));
              }),
              ::testing::ExitedWithCode(2), "goroutine 1 \\[sync.Cond.Wait\\]:");
}

}  // namespace
