// This file declares the scheduler's part of package runtime: yielding,
// counting goroutines and processors, Goexit and thread locking. The
// scheduler itself is rtlib/src/sched; the natives are in proc.cpp.
package runtime

// Gosched yields the processor, allowing other goroutines to run. It does
// not suspend the current goroutine, so execution resumes automatically.
//
//go2cpp:native
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
//
//go2cpp:native
func NumGoroutine() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting. If n < 1, it does not
// change the current setting.
//
//go2cpp:native
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the current process
// (the CPUs of its affinity mask, as gc counts them at start-up).
//
//go2cpp:native
func NumCPU() int

// Goexit terminates the goroutine that calls it. No other goroutine is
// affected. Goexit runs all deferred calls before terminating the
// goroutine. Because Goexit is not a panic, any recover calls in those
// deferred functions will return nil.
//
//go2cpp:native
func Goexit()

// LockOSThread wires the calling goroutine to its current operating system
// thread until it calls UnlockOSThread as many times as LockOSThread.
//
//go2cpp:native
func LockOSThread()

// UnlockOSThread undoes an earlier call to LockOSThread.
//
//go2cpp:native
func UnlockOSThread()
