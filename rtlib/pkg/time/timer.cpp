// This file implements the natives behind Timer, Ticker, After and
// AfterFunc (timer.go) on the runtime's timer heap. A timer fires on a
// worker thread outside any goroutine, so its callbacks never block: one
// sends the current time with a non-blocking send (the channel has room
// for one value; a tick nobody took is dropped, as in gc), the other
// starts a goroutine.
#include <cstddef>

#include "go/sched/chan.hpp"
#include "go/sched/sched.hpp"
#include "go/sched/timer.hpp"
#include "time/time.hpp"

namespace time_ {

namespace {

using go::sched::runtime_timer;

static_assert(sizeof(runtimeTimer) == sizeof(runtime_timer) &&
                  offsetof(runtimeTimer, when) == offsetof(runtime_timer, when) &&
                  offsetof(runtimeTimer, period) == offsetof(runtime_timer, period) &&
                  offsetof(runtimeTimer, f) == offsetof(runtime_timer, f) &&
                  offsetof(runtimeTimer, arg) == offsetof(runtime_timer, arg) &&
                  offsetof(runtimeTimer, seq) == offsetof(runtime_timer, seq) &&
                  offsetof(runtimeTimer, version) == offsetof(runtime_timer, version) &&
                  offsetof(runtimeTimer, pending) == offsetof(runtime_timer, pending),
              "time.runtimeTimer must have go::sched::runtime_timer's layout");

runtime_timer* runtime_record(runtimeTimer* t) { return reinterpret_cast<runtime_timer*>(&go::deref(t)); }

void send_time(void* arg, go::uintptr) {
  Time now = Now();
  go::sched::chan_try_send(static_cast<go::sched::chan_core*>(arg), &now);
}

void call_in_goroutine(void* arg, go::uintptr) {
  go::func<void()> f = *static_cast<go::func<void()>*>(arg);
  go::spawn([f] { f(); }, false, false);
}

}  // namespace

void startTimer(runtimeTimer* t) { go::sched::start_timer(runtime_record(t)); }

bool stopTimer(runtimeTimer* t) { return go::sched::stop_timer(runtime_record(t)); }

bool resetTimer(runtimeTimer* t, go::int64 when, go::int64 period) {
  runtime_timer* r = runtime_record(t);
  r->period = period;
  return go::sched::reset_timer(r, when);
}

void sendTimeOn(runtimeTimer* t, go::chan<Time> c) {
  runtime_timer* r = runtime_record(t);
  r->f = send_time;
  r->arg = c.core();
}

void callInGoroutine(runtimeTimer* t, go::func<void()> f) {
  runtime_timer* r = runtime_record(t);
  r->f = call_in_goroutine;
  r->arg = go::new_<go::func<void()>>(f);
}

}  // namespace time_
