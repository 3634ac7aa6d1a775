// This file implements Mutex and the Locker interface.
//
// state holds mutexLocked, mutexWoken and, above them, the number of
// goroutines waiting on sema. Lock takes a free mutex with one
// compare-and-swap; otherwise it registers as a waiter and sleeps on the
// semaphore. Unlock releases the lock and, if waiters exist, nobody took
// the lock in between and no woken waiter is still on its way, wakes one
// and sets mutexWoken; the woken goroutine competes for the lock again (a
// goroutine that arrives meanwhile may win, as in gc's normal mode) and
// clears the bit. Without the bit every Unlock under contention woke one
// more waiter, each a cross-thread wake-up at GOMAXPROCS>1. (gc's
// starvation mode is not here.)
package sync

import "sync/atomic"

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value for a Mutex is an
// unlocked mutex. A Mutex must not be copied after first use.
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked      = 1
	mutexWoken       = 2 // a waiter was woken and has not yet taken the lock or slept again
	mutexWaiterShift = 2
	mutexWaiter      = 1 << mutexWaiterShift
)

// Lock locks m. If the lock is already in use, the calling goroutine
// blocks until the mutex is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	for {
		old := atomic.LoadInt32(&m.state)
		if old&mutexLocked != 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked) {
			return true
		}
	}
}

func (m *Mutex) lockSlow() {
	awoke := false // we are the waiter mutexWoken stands for
	for {
		old := atomic.LoadInt32(&m.state)
		if old&mutexLocked == 0 {
			new := old | mutexLocked
			if awoke {
				new &^= mutexWoken
			}
			if atomic.CompareAndSwapInt32(&m.state, old, new) {
				return
			}
			continue
		}
		// Count ourselves as a waiter, then sleep; Unlock takes the count
		// back when it wakes us.
		new := old + mutexWaiter
		if awoke {
			new &^= mutexWoken
		}
		if atomic.CompareAndSwapInt32(&m.state, old, new) {
			runtime_Semacquire(&m.sema)
			awoke = true
		}
	}
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry to
// Unlock. A locked Mutex is not associated with a particular goroutine.
func (m *Mutex) Unlock() {
	new := atomic.AddInt32(&m.state, -mutexLocked)
	if new != 0 {
		m.unlockSlow(new)
	}
}

func (m *Mutex) unlockSlow(new int32) {
	if (new+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	for {
		old := atomic.LoadInt32(&m.state)
		// Nobody waits, someone took the lock and will wake a waiter when
		// it unlocks, or a woken waiter is still on its way.
		if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken) != 0 {
			return
		}
		if atomic.CompareAndSwapInt32(&m.state, old, (old-mutexWaiter)|mutexWoken) {
			runtime_Semrelease(&m.sema, false)
			return
		}
	}
}
