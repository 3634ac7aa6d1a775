// This file implements Sleep on the runtime's timers: the goroutine parks
// and its thread runs others.
package time

// Sleep pauses the current goroutine for at least the duration d. A
// negative or zero duration causes Sleep to return immediately.
func Sleep(d Duration) {
	sleep(int64(d))
}

//go2cpp:native
func sleep(ns int64)
