// Death tests of an unrecovered panic: the report on stderr must read like
// gc's (panic line, runtime-error and signal lines, blank line, goroutine
// header, Go frames whose file:line come from #line directives) and the
// process must exit with status 2. os.Exit exits with its code.
#include <gtest/gtest.h>

#include "fmt/fmt.hpp"
#include "go/runtime.hpp"
#include "os/os.hpp"

// Functions standing for translated Go code (defined at the end of the file,
// under #line directives naming a Go file).
namespace main_ {
void init_package();
void divide_by_zero();
void index_out_of_range();
void panic_with_string();
void panic_with_float();
void nil_dereference();
void exit_three();
void print_args();
void closure_panics();
void goroutine_panics();
void main_blocks_forever();
}  // namespace main_

namespace {

// Boehm's marker threads exist by now: re-executing the test binary for
// each death test is the safe style with threads.
class RtPanicDeathTest : public testing::Test {
 protected:
  void SetUp() override { GTEST_FLAG_SET(death_test_style, "threadsafe"); }
};

TEST_F(RtPanicDeathTest, DivideByZero) {
  EXPECT_EXIT(go::run_main(0, nullptr, &main_::init_package, &main_::divide_by_zero), testing::ExitedWithCode(2),
              "^panic: runtime error: integer divide by zero\n\n"
              "goroutine 1 \\[running\\]:\n"
              "main\\.helper\\(\\.\\.\\.\\)\n\t.*crash\\.go:7( \\+0x[0-9a-f]+)?\n"
              "main\\.divide_by_zero\\(\\)\n\t.*crash\\.go:10 \\+0x[0-9a-f]+\n$");
}

TEST_F(RtPanicDeathTest, IndexOutOfRange) {
  EXPECT_EXIT(go::run_main(0, nullptr, &main_::init_package, &main_::index_out_of_range), testing::ExitedWithCode(2),
              "^panic: runtime error: index out of range \\[5\\] with length 3\n\n"
              "goroutine 1 \\[running\\]:\n"
              "main\\.index_out_of_range\\(\\)\n\t.*crash\\.go:15 \\+0x[0-9a-f]+\n$");
}

TEST_F(RtPanicDeathTest, PanicValuesPrintLikeGc) {
  EXPECT_EXIT(go::run_main(0, nullptr, &main_::init_package, &main_::panic_with_string), testing::ExitedWithCode(2),
              "^panic: boom\n\ngoroutine 1 \\[running\\]:\nmain\\.panic_with_string\\(\\)\n\t.*crash\\.go:18 ");
  EXPECT_EXIT(go::run_main(0, nullptr, &main_::init_package, &main_::panic_with_float), testing::ExitedWithCode(2),
              "^panic: \\+1\\.500000e\\+000\n\ngoroutine 1 \\[running\\]:\n");
}

TEST_F(RtPanicDeathTest, NilDereferenceFault) {
  EXPECT_EXIT(go::run_main(0, nullptr, &main_::init_package, &main_::nil_dereference), testing::ExitedWithCode(2),
              "^panic: runtime error: invalid memory address or nil pointer dereference\n"
              "\\[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x[0-9a-f]+\\]\n\n"
              "goroutine 1 \\[running\\]:\n"
              "main\\.nil_dereference\\(\\)\n\t.*crash\\.go:27 ");
}

TEST_F(RtPanicDeathTest, ClosureFramesAreNamedLikeGc) {
  EXPECT_EXIT(go::run_main(0, nullptr, &main_::init_package, &main_::closure_panics), testing::ExitedWithCode(2),
              "^panic: in closure\n\n"
              "goroutine 1 \\[running\\]:\n"
              "main\\.closure_panics\\.func1\\(\\)\n\t.*crash\\.go:39 \\+0x[0-9a-f]+\n"
              "main\\.closure_panics\\(\\)\n\t.*crash\\.go:41 \\+0x[0-9a-f]+\n$");
}

TEST_F(RtPanicDeathTest, OsExitUsesItsCode) {
  EXPECT_EXIT(go::run_main(0, nullptr, &main_::init_package, &main_::exit_three), testing::ExitedWithCode(3), "");
}

TEST(RtPanic, CheckedDereferenceRaisesRecoverablePanic) {
  go::int_ x = 5;
  EXPECT_EQ(go::deref(&x), 5);
  try {
    go::deref(static_cast<go::int_*>(nullptr));
    ADD_FAILURE() << "no panic";
  } catch (const go::panic_error& p) {
    EXPECT_EQ(p.text(), "runtime error: invalid memory address or nil pointer dereference");
    EXPECT_TRUE(p.is_runtime_error());
    EXPECT_EQ(p.record->signal_line.rfind("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x", 0), 0u);
    EXPECT_GT(p.record->npcs, 0);
  }
}

TEST_F(RtPanicDeathTest, RunMainRecordsArgsAndExitsZeroWhenMainReturns) {
  char prog[] = "prog", one[] = "one";
  char* argv[] = {prog, one, nullptr};
  EXPECT_EXIT(go::run_main(2, argv, &main_::init_package, &main_::print_args), testing::ExitedWithCode(0),
              "^2 prog one\n$");
}

TEST_F(RtPanicDeathTest, PanicInAGoroutineEndsWithCreatedBy) {
  EXPECT_EXIT(go::run_main(0, nullptr, &main_::init_package, &main_::goroutine_panics), testing::ExitedWithCode(2),
              "^panic: runtime error: integer divide by zero\n\n"
              "goroutine [0-9]+ \\[running\\]:\n"
              "main\\.helper\\(\\.\\.\\.\\)\n\t.*crash\\.go:7( \\+0x[0-9a-f]+)?\n"
              "created by main\\.goroutine_panics\n\t.*crash\\.go:47 \\+0x[0-9a-f]+\n$");
}

TEST_F(RtPanicDeathTest, DeadlockReportShowsMainsFrames) {
  EXPECT_EXIT(go::run_main(0, nullptr, &main_::init_package, &main_::main_blocks_forever), testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\n"
              "goroutine 1 \\[chan receive\\]:\n"
              "main\\.main_blocks_forever\\(\\)\n\t.*crash\\.go:53 \\+0x[0-9a-f]+\n$");
}

}  // namespace

// What follows stands for emitted code: its line numbers are Go's.
namespace main_ {
void init_package() {}
volatile go::int_ zero = 0;
#line 5 "crash.go"
go::int_ helper(go::int_ a) {
  // Line 7: the division.
  return go::div<go::int_>(a, zero);
}
void divide_by_zero() {
  go::int_ r = helper(10);
  fmt::cpp::Println(r);
}
void index_out_of_range() {
  go::slice<go::int_> s = go::make_slice<go::int_>(3);
  go::index(s, 5 + zero) = 1;
}
void panic_with_string() {
  go::panic(go::string("boom"));
}
void panic_with_float() {
  go::panic(1.5);
}
go::int_* volatile null_int = nullptr;
volatile go::int_ sink;
void nil_dereference() {
  // Line 27, next: the load through a nil pointer.
  sink = *null_int;
  fmt::cpp::Println(go::int_(sink));
}
void exit_three() {
  os::Exit(3);
}
void print_args() {
  go::println(go::len(os::Args), os::Args.ptr[0], os::Args.ptr[1]);
}
void closure_panics() {
  // Line 38; the closure (kept out of line) panics on line 39.
  auto f = [](go::func_lit<1> = {}) __attribute__((noinline)) {
    go::panic(go::string("in closure"));
  };
  f();
  sink = 0;
}
void goroutine_panics() {
  go::chan<go::int_> never = go::make_chan<go::int_>();
  // Line 47: go helper(1)
  go::spawn([] { helper(1); }, true);
  never.recv();
}
void main_blocks_forever() {
  go::chan<go::int_> never = go::make_chan<go::int_>();
  // Line 53: <-never
  never.recv();
  sink = 0;
}
}  // namespace main_
