// This file declares the native functions of Go's package time (the Go
// declarations are in this folder's .go files; time.cpp implements them).
#pragma once

#include <tuple>

#include "go/runtime.hpp"
#include "go/sched/chan.hpp"

namespace time_ {

std::tuple<go::int64, go::int32, go::int64> now();
go::int64 runtimeNano();
void sleep(go::int64 ns);
// zoneinfo_read.go: TZ and ZONEINFO.
std::tuple<go::string, bool> getenv(go::string key);

// timer.go (timer.cpp): the runtime's timers behind Timer, Ticker, After
// and AfterFunc.
void startTimer(runtimeTimer* t);
bool stopTimer(runtimeTimer* t);
bool resetTimer(runtimeTimer* t, go::int64 when, go::int64 period);
void sendTimeOn(runtimeTimer* t, go::chan<Time> c);
void callInGoroutine(runtimeTimer* t, go::func<void()> f);

}  // namespace time_
