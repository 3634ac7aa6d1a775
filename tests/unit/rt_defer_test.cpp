// Tests of deferred calls and recover() in the runtime (go/defer.hpp),
// written the way the emitter prints a function with defer statements:
// a defer_stack, the body in a try block, run() at each return and
// run_panicking() in the handler. The expected orders and reports are gc's
// for the Go programs quoted above each test.
#include <gtest/gtest.h>

#include <string>

#include "go/runtime.hpp"

namespace {

using go::int_;

std::string trace;

// func record(s string) { trace += s }
void record(const char* s) { trace += s; }

// func f() { defer record("1"); defer record("2"); record("body ") }
void two_defers() {
  go::defer_stack defers;
  try {
    defers.push([] { record("1"); });
    defers.push([] { record("2"); });
    record("body ");
    defers.run();
  } catch (const go::panic_error& panic) {
    defers.run_panicking(panic);
  }
}

TEST(RtDefer, RunsLastPushedFirst) {
  trace.clear();
  two_defers();
  EXPECT_EQ(trace, "body 21");
}

// func f() (r int) { defer double(&r); return 21 }  (double: *p *= 2)
int_ named_result() {
  int_ r{};
  go::defer_stack defers;
  try {
    defers.push([p = &r] { *p *= 2; });
    r = 21;
    defers.run();
    return r;
  } catch (const go::panic_error& panic) {
    defers.run_panicking(panic);
  }
  return r;
}

TEST(RtDefer, DeferredCallChangesNamedResult) { EXPECT_EQ(named_result(), 42); }

// func stop() { recover() }
void stop() {
  go::recover_frame frame;
  frame.recover();
}

// func f() (r int) { r = 7; defer stop(); defer record("d"); panic("boom") }
int_ recovers(bool recovering) {
  int_ r{};
  go::defer_stack defers;
  try {
    r = 7;
    if (recovering) defers.push_recovering([] { stop(); });
    defers.push([] { record("d"); });
    go::raise_panic("boom", false);
  } catch (const go::panic_error& panic) {
    defers.run_panicking(panic);
  }
  return r;
}

TEST(RtDefer, RecoverInDeferredCallReturnsNormally) {
  trace.clear();
  EXPECT_EQ(recovers(true), 7);
  EXPECT_EQ(trace, "d");
}

TEST(RtDefer, UnrecoveredPanicRunsDefersAndPropagates) {
  trace.clear();
  try {
    recovers(false);
    ADD_FAILURE() << "no panic";
  } catch (const go::panic_error& p) {
    EXPECT_EQ(p.text(), "boom");
    EXPECT_FALSE(p.record->recovered);
  }
  EXPECT_EQ(trace, "d");
}

// func indirect() { stop() }: recover is not called by the deferred call
// itself, so it returns nil and the panic goes on.
void indirect() {
  go::recover_frame frame;  // indirect calls recover too, but not first
  stop();
}

TEST(RtDefer, RecoverOnlyInTheDirectlyDeferredCall) {
  go::defer_stack defers;
  try {
    try {
      defers.push_recovering([] { indirect(); });
      go::raise_panic("still panicking", false);
    } catch (const go::panic_error& panic) {
      defers.run_panicking(panic);
    }
    ADD_FAILURE() << "recovered";
  } catch (const go::panic_error& p) {
    EXPECT_EQ(p.text(), "still panicking");
  }
  // Called normally, not by a deferred call: nothing to recover.
  go::recover_frame frame;
  EXPECT_EQ(frame.recoverable(), nullptr);
}

// defer func() { recover(); panic("second") }(); panic("first")
// gc: "panic: first [recovered]\n\tpanic: second"
TEST(RtDefer, PanicInDeferredCallCarriesTheEarlierOne) {
  go::defer_stack defers;
  try {
    try {
      defers.push_recovering([] {
        go::recover_frame frame;
        frame.recover();
        go::raise_panic("second", false);
      });
      go::raise_panic("first", false);
    } catch (const go::panic_error& panic) {
      defers.run_panicking(panic);
    }
    ADD_FAILURE() << "recovered";
  } catch (const go::panic_error& p) {
    EXPECT_EQ(p.text(), "second");
    ASSERT_NE(p.record->link, nullptr);
    EXPECT_EQ(go::panic_value_text(p.record->link->value), "first");
    EXPECT_TRUE(p.record->link->recovered);
    go::release_panic_chain(p.record);
  }
}

// defer func() { recover() }(); defer func() { panic("second") }(); panic("first")
// The second panic replaces the first and is the one recovered.
TEST(RtDefer, RecoveringTheLaterPanicEndsBoth) {
  trace.clear();
  go::defer_stack defers;
  try {
    defers.push_recovering([] {
      go::recover_frame frame;
      trace += go::panic_value_text(frame.recover());
    });
    defers.push([] { go::raise_panic("second", false); });
    go::raise_panic("first", false);
  } catch (const go::panic_error& panic) {
    defers.run_panicking(panic);
  }
  EXPECT_EQ(trace, "second");
}

// After a recovery the remaining deferred calls run as at a return, and a
// panic among them runs the ones after it.
TEST(RtDefer, DeferredCallsAfterRecoveryStillRun) {
  trace.clear();
  go::defer_stack defers;
  try {
    try {
      defers.push([] { record("last "); });
      defers.push([] { go::raise_panic("again", false); });
      defers.push_recovering([] { stop(); });
      go::raise_panic("first", false);
    } catch (const go::panic_error& panic) {
      defers.run_panicking(panic);
    }
    ADD_FAILURE() << "recovered";
  } catch (const go::panic_error& p) {
    EXPECT_EQ(p.text(), "again");
    EXPECT_EQ(p.record->link, nullptr);  // the first one was recovered and is gone
  }
  EXPECT_EQ(trace, "last ");
}

// Goexit runs deferred calls, but recover() does not see it.
TEST(RtDefer, GoexitIsNotRecoverable) {
  go::defer_stack defers;
  try {
    try {
      defers.push_recovering([] { stop(); });
      go::goexit();
    } catch (const go::panic_error& panic) {
      defers.run_panicking(panic);
    }
    ADD_FAILURE() << "recovered";
  } catch (const go::panic_error& p) {
    EXPECT_TRUE(p.is_goexit());
  }
}

}  // namespace
