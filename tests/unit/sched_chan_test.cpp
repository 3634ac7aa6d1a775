// Tests of channels: unbuffered hand-off, buffered FIFO order, len/cap,
// close semantics (zero value and ok=false, range ends), gc's panic texts for
// send on closed / close of nil / close of closed / negative make, and values
// that carry GC pointers through buffers and hand-offs.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "go/panic.hpp"
#include "go/sched/chan.hpp"
#include "go/sched/sched.hpp"

namespace {

TEST(SchedChan, UnbufferedHandsValuesOverInOrder) {
  static std::vector<int> got;
  go::sched::run_main_goroutine([] {
    got.clear();
    auto ch = go::make_chan<int>();
    go::spawn([ch] {
      for (int i = 0; i < 100; i++) ch.send(i);
      go::close(ch);
    });
    for (;;) {
      auto [v, ok] = ch.recv_ok();
      if (!ok) break;
      got.push_back(v);
    }
  });
  ASSERT_EQ(got.size(), 100u);
  for (int i = 0; i < 100; i++) EXPECT_EQ(got[i], i);
}

TEST(SchedChan, BufferedKeepsFifoOrderLenAndCap) {
  static go::int_ len_after_three = -1, cap_ = -1, len_nil = -1, cap_nil = -1;
  static std::vector<int> got;
  go::sched::run_main_goroutine([] {
    got.clear();
    auto ch = go::make_chan<int>(5);
    ch.send(1);
    ch.send(2);
    ch.send(3);
    len_after_three = go::len(ch);
    cap_ = go::cap(ch);
    go::chan<int> nil;
    len_nil = go::len(nil);
    cap_nil = go::cap(nil);
    for (int i = 0; i < 3; i++) got.push_back(ch.recv());
  });
  EXPECT_EQ(len_after_three, 3);
  EXPECT_EQ(cap_, 5);
  EXPECT_EQ(len_nil, 0);
  EXPECT_EQ(cap_nil, 0);
  EXPECT_EQ(got, (std::vector<int>{1, 2, 3}));
}

TEST(SchedChan, FullBufferBlocksSenderUntilReceiveAndKeepsOrder) {
  static std::vector<int> got;
  go::sched::run_main_goroutine([] {
    got.clear();
    auto ch = go::make_chan<int>(2);
    auto done = go::make_chan<int>();
    go::spawn([ch, done] {
      for (int i = 0; i < 50; i++) ch.send(i);  // blocks on a full buffer
      done.send(0);
    });
    go::sleep_ns(2000000);  // let the sender fill the buffer and park
    for (int i = 0; i < 50; i++) got.push_back(ch.recv());
    done.recv();
  });
  ASSERT_EQ(got.size(), 50u);
  for (int i = 0; i < 50; i++) EXPECT_EQ(got[i], i);
}

TEST(SchedChan, ReceiveFromClosedGivesBufferedThenZeroAndNotOk) {
  static int a = -1, b = -1, c = -1;
  static bool oka = false, okb = false, okc = true;
  go::sched::run_main_goroutine([] {
    auto ch = go::make_chan<int>(2);
    ch.send(7);
    ch.send(8);
    go::close(ch);
    std::tie(a, oka) = ch.recv_ok();
    std::tie(b, okb) = ch.recv_ok();
    std::tie(c, okc) = ch.recv_ok();
  });
  EXPECT_EQ(a, 7);
  EXPECT_TRUE(oka);
  EXPECT_EQ(b, 8);
  EXPECT_TRUE(okb);
  EXPECT_EQ(c, 0);
  EXPECT_FALSE(okc);
}

TEST(SchedChan, CloseWakesAllBlockedReceivers) {
  static int woken = 0;
  go::sched::run_main_goroutine([] {
    woken = 0;
    auto ch = go::make_chan<int>();
    auto done = go::make_chan<bool>(10);
    for (int i = 0; i < 10; i++) {
      go::spawn([ch, done] {
        auto [v, ok] = ch.recv_ok();
        done.send(!ok && v == 0);
      });
    }
    go::sleep_ns(2000000);
    go::close(ch);
    for (int i = 0; i < 10; i++) woken += done.recv() ? 1 : 0;
  });
  EXPECT_EQ(woken, 10);
}

std::string panic_text_of(void (*op)()) {
  static std::string text;
  static void (*the_op)() = nullptr;
  text = "no panic";
  the_op = op;
  go::sched::run_main_goroutine([] {
    try {
      the_op();
    } catch (const go::panic_error& e) {
      text = e.text();
    }
  });
  return text;
}

TEST(SchedChan, PanicTextsAreGcs) {
  EXPECT_EQ(panic_text_of([] {
              auto ch = go::make_chan<int>(1);
              go::close(ch);
              ch.send(1);
            }),
            "send on closed channel");
  EXPECT_EQ(panic_text_of([] {
              go::chan<int> nil;
              go::close(nil);
            }),
            "close of nil channel");
  EXPECT_EQ(panic_text_of([] {
              auto ch = go::make_chan<int>();
              go::close(ch);
              go::close(ch);
            }),
            "close of closed channel");
  EXPECT_EQ(panic_text_of([] { go::make_chan<int>(-1); }), "makechan: size out of range");
}

TEST(SchedChan, BlockedSenderPanicsWhenChannelIsClosed) {
  static std::string text;
  go::sched::run_main_goroutine([] {
    text = "no panic";
    auto ch = go::make_chan<int>();
    auto done = go::make_chan<int>();
    go::spawn([ch, done] {
      try {
        ch.send(1);
      } catch (const go::panic_error& e) {
        text = e.text();
      }
      done.send(0);
    });
    go::sleep_ns(2000000);
    go::close(ch);
    done.recv();
  });
  EXPECT_EQ(text, "send on closed channel");
}

struct boxed {
  int* values;
  int n;
};

TEST(SchedChan, CarriesCollectedPointersThroughBufferAndHandOff) {
  static long sum = 0;
  go::sched::run_main_goroutine([] {
    sum = 0;
    auto ch = go::make_chan<boxed>(16);
    auto done = go::make_chan<int>();
    go::spawn([ch, done] {
      for (;;) {
        auto [b, ok] = ch.recv_ok();
        if (!ok) break;
        for (int i = 0; i < b.n; i++) sum += b.values[i];
      }
      done.send(0);
    });
    for (int k = 0; k < 2000; k++) {
      auto* v = static_cast<int*>(go::alloc(sizeof(int) * 64));
      for (int i = 0; i < 64; i++) v[i] = 1;
      ch.send(boxed{v, 64});
    }
    go::close(ch);
    done.recv();
  });
  EXPECT_EQ(sum, 2000 * 64);
}

}  // namespace
