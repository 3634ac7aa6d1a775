// Package sync provides basic synchronization primitives: Mutex, RWMutex,
// WaitGroup, Once, Cond, Map and Pool, written in Go over sync/atomic and
// the runtime's semaphore and notify lists (rtlib/src/sched). A goroutine
// that waits parks, and its thread runs other goroutines.
//
// This file declares what the package takes from the runtime (runtime.cpp).
package sync

// runtime_Semacquire waits until *s > 0 and then atomically decrements it.
//
//go2cpp:native
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is Semacquire for Mutex: with lifo, the caller
// waits at the front of the queue (it waited before).
//
//go2cpp:native
func runtime_SemacquireMutex(s *uint32, lifo bool)

// runtime_Semrelease atomically increments *s and notifies a waiting
// goroutine if one is blocked in Semacquire. With handoff, the count goes
// straight to that waiter, and the caller yields to it.
//
//go2cpp:native
func runtime_Semrelease(s *uint32, handoff bool)

// notifyList is the runtime's ticket-based wait list behind Cond (its
// layout is go::sched::notify_list's).
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   uintptr
	tail   uintptr
}

//go2cpp:native
func runtime_notifyListAdd(l *notifyList) uint32

//go2cpp:native
func runtime_notifyListWait(l *notifyList, t uint32)

//go2cpp:native
func runtime_notifyListNotifyAll(l *notifyList)

//go2cpp:native
func runtime_notifyListNotifyOne(l *notifyList)

// fatal reports an unrecoverable misuse as gc does ("fatal error: ...",
// the goroutine's traceback, exit status 2).
//
//go2cpp:native
func fatal(s string)

// gcCount is the number of completed garbage collections (Pool drops its
// caches across them).
//
//go2cpp:native
func gcCount() uint32

// runtime_canSpin reports whether a goroutine that has spun i times on a
// locked Mutex should spin again: only a few times, on a multicore machine
// with GOMAXPROCS > 1, at least one other worker running goroutines (the
// holder may be on it) and nothing else queued on the caller's worker.
//
//go2cpp:native
func runtime_canSpin(i int) bool

// runtime_doSpin spins briefly (30 PAUSE instructions, gc's procyield).
//
//go2cpp:native
func runtime_doSpin()

// runtime_nanotime is the monotonic clock in nanoseconds.
//
//go2cpp:native
func runtime_nanotime() int64
