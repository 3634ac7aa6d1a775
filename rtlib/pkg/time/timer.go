// This file implements Timer, Ticker, After, AfterFunc and Tick on the
// runtime's timer heap (go/sched/timer.hpp): a timer's runtimeTimer is the
// runtime's record, and its callback either sends the current time on the
// timer's channel without blocking (a full channel drops the tick) or
// starts a goroutine running the AfterFunc function.
package time

import "errors"

// runtimeTimer has the layout of go::sched::runtime_timer (timer.cpp
// checks it): the runtime reads and writes it while it is pending.
type runtimeTimer struct {
	when    int64
	period  int64
	f       uintptr // the runtime's callback; 0: not made by NewTimer, AfterFunc or NewTicker
	arg     uintptr // what the callback acts on (GC memory, kept alive through this word)
	seq     uintptr
	version uint64
	pending bool
}

// The natives behind timers (timer.cpp).
//
//go2cpp:native
func startTimer(t *runtimeTimer)

//go2cpp:native
func stopTimer(t *runtimeTimer) bool

//go2cpp:native
func resetTimer(t *runtimeTimer, when int64, period int64) bool

// sendTimeOn makes t send the current time on c when it fires.
//
//go2cpp:native
func sendTimeOn(t *runtimeTimer, c chan Time)

// callInGoroutine makes t run f in its own goroutine when it fires.
//
//go2cpp:native
func callInGoroutine(t *runtimeTimer, f func())

// when is the monotonic time d from now, saturated on overflow.
func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		t = 1<<63 - 1
	}
	return t
}

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by
// AfterFunc. A Timer must be created with NewTimer or AfterFunc.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r.when = when(d)
	sendTimeOn(&t.r, c)
	startTimer(&t.r)
	return t
}

// Stop prevents the Timer from firing. It returns true if the call stops
// the timer, false if the timer has already expired or been stopped. Stop
// does not close the channel.
func (t *Timer) Stop() bool {
	if t.r.f == 0 {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r)
}

// Reset changes the timer to expire after duration d. It returns true if
// the timer had been active, false if the timer had expired or been
// stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r.f == 0 {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(&t.r, when(d), 0)
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. It returns a Timer that can be used to cancel the call using
// its Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r.when = when(d)
	callInGoroutine(&t.r, f)
	startTimer(&t.r)
	return t
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time // The channel on which the ticks are delivered.
	r runtimeTimer
}

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick. The period of the ticks is
// specified by the duration argument. The ticker will adjust the time
// interval or drop ticks to make up for slow receivers. The duration d
// must be greater than zero; if not, NewTicker will panic.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.r.when = when(d)
	t.r.period = int64(d)
	sendTimeOn(&t.r, c)
	startTimer(&t.r)
	return t
}

// Stop turns off a ticker. After Stop, no more ticks will be sent. Stop
// does not close the channel.
func (t *Ticker) Stop() {
	stopTimer(&t.r)
}

// Reset stops a ticker and resets its period to the specified duration.
// The next tick will arrive after the new period elapses. The duration d
// must be greater than zero; if not, Reset will panic.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r.f == 0 {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(&t.r, when(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the
// ticking channel only. Unlike NewTicker, Tick will return nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
