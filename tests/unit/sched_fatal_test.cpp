// Death tests of the scheduler's fatal reports, each in a fresh process
// (gtest's "threadsafe" style re-executes the binary, so the worker threads
// exist in the child): gc's deadlock report with the main goroutine's wait
// reason (also after work on several workers), no deadlock while a
// sleeper's timer is pending or another worker computes, an unrecovered
// panic in a goroutine other than main, and a goroutine stack overflow
// reaching its guard page, and a C++ exception escaping noexcept runtime
// code.
#include <gtest/gtest.h>

#include <chrono>
#include <mutex>

#include "go/func.hpp"
#include "go/panic.hpp"
#include "go/sched/chan.hpp"
#include "go/sched/sched.hpp"
#include "go/sched/select.hpp"

namespace go::internal {
void install_signal_handlers();    // rtlib/src/runtime_internal.hpp
void install_terminate_handler();  // rtlib/src/runtime_internal.hpp
}

// Stand-ins for translated Go functions (a C++ lambda without the
// emitter's go::func_lit tag has no Go name, so no frame in a report).
namespace main_ {
void main_blocks_first() {
  auto done = go::make_chan<int>();
  auto never = go::make_chan<int>();
  go::spawn([never](go::func_lit<1> = {}) {
    go::sleep_ns(20'000'000);  // main blocks first
    never.recv();
  });
  done.recv();
}

void several_blocked() {
  auto a = go::make_chan<int>();
  auto ended = go::make_chan<int>();
  go::spawn([ended](go::func_lit<1> = {}) { ended.send(1); });  // 5: ends
  ended.recv();
  go::spawn([](go::func_lit<2> = {}) {  // 6
    go::chan<int> nil;
    nil.send(1);
  });
  go::spawn([](go::func_lit<3> = {}) { go::select_forever(); });  // 7
  go::spawn([a](go::func_lit<4> = {}) { a.send(1); });            // 8: ends
  go::sleep_ns(20'000'000);
  a.recv();
  a.recv();
}
}  // namespace main_

namespace {

class SchedFatal : public ::testing::Test {
 protected:
  void SetUp() override { GTEST_FLAG_SET(death_test_style, "threadsafe"); }
};

TEST_F(SchedFatal, DeadlockOnReceiveNamesChanReceive) {
  EXPECT_EXIT(go::sched::run_main_goroutine([] {
                auto ch = go::make_chan<int>();
                ch.recv();
              }),
              ::testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[chan receive\\]:\n");
}

TEST_F(SchedFatal, DeadlockWithOtherGoroutinesBlockedNamesChanSend) {
  EXPECT_EXIT(go::sched::run_main_goroutine([] {
                auto a = go::make_chan<int>();
                auto b = go::make_chan<int>();
                go::spawn([a] { a.recv(); a.recv(); });
                a.send(1);
                b.send(2);
              }),
              ::testing::ExitedWithCode(2), "goroutine 1 \\[chan send\\]:");
}

// The last goroutine to block is not main: main is woken to report, so the
// report shows main's frames as gc's does (it printed the header alone).
TEST_F(SchedFatal, DeadlockFoundByAnotherGoroutineShowsMainsFrames) {
  EXPECT_EXIT(go::sched::run_main_goroutine(&main_::main_blocks_first), ::testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[chan receive\\]:\n"
              "main\\.main_blocks_first\\(\\)\n\t[^\n]*sched_fatal_test.cpp:[0-9]+");
}

TEST_F(SchedFatal, DeadlockInSelectAndEmptySelectAndNilChannel) {
  EXPECT_EXIT(go::sched::run_main_goroutine([] {
                auto a = go::make_chan<int>();
                int x;
                go::select_case cases[] = {go::recv_case(a, &x), go::send_case(a, x)};
                go::select(cases, 2, false, nullptr);
              }),
              ::testing::ExitedWithCode(2), "goroutine 1 \\[select\\]:");
  EXPECT_EXIT(go::sched::run_main_goroutine([] { go::select_forever(); }), ::testing::ExitedWithCode(2),
              "goroutine 1 \\[select \\(no cases\\)\\]:");
  EXPECT_EXIT(go::sched::run_main_goroutine([] {
                go::chan<int> nil;
                nil.recv();
              }),
              ::testing::ExitedWithCode(2), "goroutine 1 \\[chan receive \\(nil chan\\)\\]:");
}

// As gc's: every blocked goroutine follows main, with its wait reason, its
// frames and where it was made; one that ended or sits on the free list is
// not there. The first `go` statement makes goroutine 5 (gc's runtime owns
// 2-4).
TEST_F(SchedFatal, DeadlockReportListsEveryBlockedGoroutine) {
  EXPECT_EXIT(go::sched::run_main_goroutine(&main_::several_blocked), ::testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\n"
              "goroutine 1 \\[chan receive\\]:\n(.+\n)+\n"
              "goroutine 6 \\[chan send \\(nil chan\\)\\]:\n(.+\n)*created by .+\n\t.*sched_fatal_test.cpp:[0-9]+ \\+0x[0-9a-f]+\n\n"
              "goroutine 7 \\[select \\(no cases\\)\\]:\n(.+\n)*created by .+\n\t.*sched_fatal_test.cpp:[0-9]+ \\+0x[0-9a-f]+\n$");
}

TEST_F(SchedFatal, SleepingGoroutineIsNoDeadlock) {
  // The helper sleeps, then sends: main is blocked meanwhile, which is fine.
  EXPECT_EXIT(
      {
        go::sched::run_main_goroutine([] {
          auto ch = go::make_chan<int>();
          go::spawn([ch] {
            go::sleep_ns(30 * 1000 * 1000);
            ch.send(1);
          });
          ch.recv();
        });
        std::_Exit(0);
      },
      ::testing::ExitedWithCode(0), "");
}

// The deadlock check runs when the last worker goes idle, over blocked
// counts kept per thread: goroutines that parked on one worker and were
// woken on another must add up. Four pairs pass values on four workers
// for a while (parks and wake-ups on every thread), then all block.
TEST_F(SchedFatal, DeadlockAfterWorkOnFourWorkersIsReported) {
  EXPECT_EXIT(go::sched::run_main_goroutine([] {
                go::gomaxprocs(4);
                auto never = go::make_chan<int>();
                auto done = go::make_chan<int>(8);
                for (int pair = 0; pair < 4; pair++) {
                  auto link = go::make_chan<int>();
                  go::spawn([link, done, never] {
                    for (int k = 0; k < 2000; k++) link.send(k);
                    done.send(0);
                    never.recv();  // blocks for good
                  });
                  go::spawn([link, done, never] {
                    for (int k = 0; k < 2000; k++) link.recv();
                    done.send(0);
                    never.recv();
                  });
                }
                for (int i = 0; i < 8; i++) done.recv();
                done.recv();
              }),
              ::testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[chan receive\\]:\n");
}

// Main blocked while another goroutine computes on the other worker is no
// deadlock: one worker idle is not every worker idle.
TEST_F(SchedFatal, BlockedMainWhileAnotherWorkerComputesIsNoDeadlock) {
  EXPECT_EXIT(
      {
        go::sched::run_main_goroutine([] {
          go::gomaxprocs(2);
          auto ch = go::make_chan<int>();
          go::spawn([ch] {
            auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(100);
            while (std::chrono::steady_clock::now() < until) {
            }
            ch.send(1);
          });
          ch.recv();
        });
        std::_Exit(0);
      },
      ::testing::ExitedWithCode(0), "");
}

TEST_F(SchedFatal, PanicInAGoroutineIsReportedAndExitsTwo) {
  EXPECT_EXIT(go::sched::run_main_goroutine([] {
                auto never = go::make_chan<int>();
                go::spawn([] { go::raise_panic("boom", false); });
                go::sleep_ns(1000 * 1000 * 1000);
                never.recv();
              }),
              ::testing::ExitedWithCode(2), "^panic: boom\n\ngoroutine [0-9]+ \\[running\\]:");
}

int recurse(int n) {
  volatile char frame[512];
  frame[0] = static_cast<char>(n);
  return n == 0 ? frame[0] : recurse(n - 1) + frame[0];
}

TEST_F(SchedFatal, GoroutineStackOverflowIsGcsFatalError) {
  EXPECT_EXIT(
      {
        go::internal::install_signal_handlers();
        go::sched::run_main_goroutine([] {
          auto done = go::make_chan<int>();
          go::spawn([done] { done.send(recurse(1 << 30)); });
          done.recv();
        });
      },
      ::testing::ExitedWithCode(2),
      "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow");
}

// Runtime code that throws where nothing can catch (here: unlocking a lock
// it does not hold, inside a noexcept function) names the exception and
// shows the frame that threw, not libstdc++'s one line and an abort.
__attribute__((noinline)) void unlock_unheld_lock_in_noexcept_code() noexcept {
  std::mutex m;
  std::unique_lock<std::mutex> lock(m, std::defer_lock);
  lock.unlock();
}

TEST_F(SchedFatal, UncaughtRuntimeExceptionNamesItAndItsStack) {
  EXPECT_EXIT(
      {
        go::internal::install_terminate_handler();
        unlock_unheld_lock_in_noexcept_code();
      },
      ::testing::ExitedWithCode(2),
      "^fatal error: unexpected C\\+\\+ exception std::system_error: Operation not permitted\n\n"
      "runtime stack:\n.*unlock_unheld_lock_in_noexcept_code\\(\\)\n\t[^\n]*sched_fatal_test.cpp:[0-9]+\n");
}

}  // namespace
