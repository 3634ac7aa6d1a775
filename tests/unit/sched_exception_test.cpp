// Tests that a goroutine keeps the C++ exception it is handling when it
// blocks inside the handler and resumes on another thread, as Go's deferred
// calls do while a panic unwinds (exception_state.hpp).
#include <gtest/gtest.h>

#include <atomic>
#include <exception>
#include <stdexcept>
#include <string>

#include <sys/syscall.h>
#include <unistd.h>

#include "go/sched/chan.hpp"
#include "go/sched/sched.hpp"

namespace {

std::atomic<int> migrated{0};

// The kernel's thread id: pthread_self (std::this_thread::get_id) is a
// const function, which the compiler may read once for the whole handler.
long thread_id() { return syscall(SYS_gettid); }

std::atomic<int> wrong{0};

// Inside a handler: the exception being handled must still be e, and none
// may be in flight.
void check_current_is(const std::runtime_error& e) {
  std::exception_ptr p = std::current_exception();
  if (p == nullptr) {
    wrong++;
    return;
  }
  try {
    std::rethrow_exception(p);
  } catch (const std::runtime_error& again) {
    if (&again != &e) wrong++;
  } catch (...) {
    wrong++;
  }
  if (std::uncaught_exceptions() != 0) wrong++;
}

TEST(SchedException, HandlerKeepsItsExceptionAcrossThreads) {
  migrated = 0;
  wrong = 0;
  go::sched::run_main_goroutine([] {
    go::int_ old = go::gomaxprocs(2);
    constexpr int goroutines = 8, rounds = 200;
    auto done = go::make_chan<int>(goroutines);
    for (int gi = 0; gi < goroutines; gi++) {
      go::spawn([done, gi] {
        for (int r = 0; r < rounds; r++) {
          try {
            throw std::runtime_error(std::to_string(gi * 1000 + r));
          } catch (const std::runtime_error& e) {
            long before = thread_id();
            // Other goroutines throw and catch meanwhile, on both threads;
            // a sleeper wakes on whichever worker runs its timer.
            if (r % 2 == 0) go::gosched();
            else go::sleep_ns(20'000);
            if (thread_id() != before) migrated++;
            check_current_is(e);
          }
        }
        done.send(0);
      });
    }
    for (int gi = 0; gi < goroutines; gi++) done.recv();
    go::gomaxprocs(old);
  });
  EXPECT_GT(migrated.load(), 0);
  EXPECT_EQ(wrong.load(), 0);
}

}  // namespace
