// Tests of select: default when nothing is ready, a ready case over default,
// uniform choice among ready cases, send and receive cases mixed, receive
// from a closed channel, nil-channel cases, and a goroutine waiting on many
// channels being woken exactly once while several senders race.
#include <gtest/gtest.h>

#include <atomic>

#include "go/sched/chan.hpp"
#include "go/sched/sched.hpp"
#include "go/sched/select.hpp"

namespace {

TEST(SchedSelect, DefaultWhenNothingReady) {
  static int chosen = 5;
  go::sched::run_main_goroutine([] {
    auto a = go::make_chan<int>();
    int x = 0;
    go::select_case cases[] = {go::recv_case(a, &x), go::send_case(a, x)};
    chosen = go::select(cases, 2, true, nullptr);
  });
  EXPECT_EQ(chosen, -1);
}

TEST(SchedSelect, ReadyCaseBeatsDefault) {
  static int chosen = 5, value = 0;
  static bool ok = false;
  go::sched::run_main_goroutine([] {
    auto a = go::make_chan<int>(1);
    a.send(42);
    go::select_case cases[] = {go::recv_case(a, &value)};
    chosen = go::select(cases, 1, true, &ok);
  });
  EXPECT_EQ(chosen, 0);
  EXPECT_EQ(value, 42);
  EXPECT_TRUE(ok);
}

TEST(SchedSelect, ChoosesUniformlyAmongReadyCases) {
  static int counts[3];
  go::sched::run_main_goroutine([] {
    counts[0] = counts[1] = counts[2] = 0;
    auto a = go::make_chan<int>(1);
    auto b = go::make_chan<int>(1);
    auto c = go::make_chan<int>(1);
    for (int i = 0; i < 30000; i++) {
      if (go::len(a) == 0) a.send(1);
      if (go::len(b) == 0) b.send(1);
      if (go::len(c) == 0) c.send(1);
      int x;
      go::select_case cases[] = {go::recv_case(a, &x), go::recv_case(b, &x), go::recv_case(c, &x)};
      counts[go::select(cases, 3, false, nullptr)]++;
    }
  });
  for (int k = 0; k < 3; k++) {
    EXPECT_GT(counts[k], 9000) << k;
    EXPECT_LT(counts[k], 11000) << k;
  }
}

TEST(SchedSelect, BlocksUntilASendOrReceiveCaseFires) {
  static int sent_case = -1, recv_case_ = -1, got = 0, forwarded = 0;
  go::sched::run_main_goroutine([] {
    auto in = go::make_chan<int>();
    auto out = go::make_chan<int>();
    go::spawn([in] { in.send(9); });
    int v = 0, w = 77;
    bool ok = false;
    go::select_case cases[] = {go::recv_case(in, &v), go::send_case(out, w)};
    recv_case_ = go::select(cases, 2, false, &ok);
    got = v;
    go::spawn([out] { forwarded = out.recv(); });
    go::chan<int> never;
    go::select_case cases2[] = {go::recv_case(never, &v), go::send_case(out, w)};
    sent_case = go::select(cases2, 2, false, nullptr);
    go::sleep_ns(1000000);
  });
  EXPECT_EQ(recv_case_, 0);
  EXPECT_EQ(got, 9);
  EXPECT_EQ(sent_case, 1);
  EXPECT_EQ(forwarded, 77);
}

TEST(SchedSelect, ClosedChannelCaseFiresWithNotOk) {
  static int chosen = -2;
  static bool ok = true;
  go::sched::run_main_goroutine([] {
    auto a = go::make_chan<int>();
    auto b = go::make_chan<int>();
    go::spawn([b] {
      go::sleep_ns(1000000);
      go::close(b);
    });
    int x = 5;
    go::select_case cases[] = {go::recv_case(a, &x), go::recv_case(b, &x)};
    chosen = go::select(cases, 2, false, &ok);
  });
  EXPECT_EQ(chosen, 1);
  EXPECT_FALSE(ok);
}

TEST(SchedSelect, WaiterOnManyChannelsIsWokenOnceAndNoValueIsLost) {
  // Each round: the main goroutine selects on 4 channels while 4 senders
  // race to send on them. Exactly one send completes through the select;
  // the other three values must still be received afterwards, exactly once.
  static int total_received = 0, rounds_ok = 0;
  go::sched::run_main_goroutine([] {
    total_received = rounds_ok = 0;
    go::int_ old = go::gomaxprocs(2);
    for (int round = 0; round < 300; round++) {
      go::chan<int> chans[4] = {go::make_chan<int>(), go::make_chan<int>(), go::make_chan<int>(),
                                go::make_chan<int>()};
      for (int k = 0; k < 4; k++) {
        auto ch = chans[k];
        go::spawn([ch, k] { ch.send(k + 1); });
      }
      int v = 0;
      go::select_case cases[4];
      for (int k = 0; k < 4; k++) cases[k] = go::recv_case(chans[k], &v);
      int chosen = go::select(cases, 4, false, nullptr);
      int received = v == chosen + 1 ? 1 : 0;
      for (int k = 0; k < 4; k++) {
        if (k != chosen && chans[k].recv() == k + 1) received++;
      }
      total_received += received;
      if (received == 4) rounds_ok++;
    }
    go::gomaxprocs(old);
  });
  EXPECT_EQ(rounds_ok, 300);
  EXPECT_EQ(total_received, 1200);
}

}  // namespace
