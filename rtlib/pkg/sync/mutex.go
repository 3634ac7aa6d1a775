// This file implements Mutex and the Locker interface with gc's algorithm
// (sync/mutex.go of Go 1.19): fast paths of one atomic operation, a short
// active spin, normal and starvation modes.
//
// state holds mutexLocked, mutexWoken, mutexStarving and, above them, the
// number of goroutines waiting on sema.
//
// Normal mode: waiters queue in FIFO order, but a woken waiter does not own
// the lock: it competes with goroutines that arrive meanwhile, which have
// the advantage of already running (and usually win). While the holder
// runs on another thread, an arriving goroutine first spins a little
// (runtime_canSpin says when that can pay off) instead of parking; a
// spinner sets mutexWoken so that Unlock does not wake a sleeper that
// would only lose the race. A waiter that has waited more than 1 ms
// switches the mutex to starvation mode.
//
// Starvation mode: Unlock hands the mutex straight to the waiter at the
// front of the queue (and yields to it); arriving goroutines neither take
// the lock nor spin, they queue at the tail. A woken waiter goes back to
// the front of the queue if it must wait again. The last waiter, or one
// that waited less than 1 ms, switches the mutex back to normal mode.
// Normal mode is much faster (a goroutine can take the lock several times
// in a row without parking); starvation mode bounds the tail latency.
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
	mutexWoken       = 2 // a waiter is awake (woken, or spinning) and will try for the lock
	mutexStarving    = 4 // Unlock hands the lock to the first waiter
	mutexWaiterShift = 3
	mutexWaiter      = 1 << mutexWaiterShift

	// A waiter that waited longer than this turns on starvation mode.
	starvationThresholdNs = 1e6
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
	old := atomic.LoadInt32(&m.state)
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

func (m *Mutex) lockSlow() {
	var waitStart int64 // when we first parked (0: not yet)
	starving := false   // we have waited longer than the threshold
	awoke := false      // mutexWoken stands for us
	spins := 0
	old := atomic.LoadInt32(&m.state)
	for {
		// Locked in normal mode, and the holder may release it soon:
		// spin rather than park. (In starvation mode the lock will be
		// handed to a waiter, so spinning cannot win it.)
		if old&(mutexLocked|mutexStarving) == mutexLocked && runtime_canSpin(spins) {
			if !awoke && old&mutexWoken == 0 && old>>mutexWaiterShift != 0 &&
				atomic.CompareAndSwapInt32(&m.state, old, old|mutexWoken) {
				awoke = true
			}
			runtime_doSpin()
			spins++
			old = atomic.LoadInt32(&m.state)
			continue
		}
		new := old
		if old&mutexStarving == 0 {
			new |= mutexLocked // try for it; arrivals never take a starving mutex
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			new += mutexWaiter // we will wait
		}
		// Turn starvation on only while the mutex is locked: Unlock
		// expects waiters in starvation mode.
		if starving && old&mutexLocked != 0 {
			new |= mutexStarving
		}
		if awoke {
			if new&mutexWoken == 0 {
				fatal("sync: inconsistent mutex state")
			}
			new &^= mutexWoken
		}
		if !atomic.CompareAndSwapInt32(&m.state, old, new) {
			old = atomic.LoadInt32(&m.state)
			continue
		}
		if old&(mutexLocked|mutexStarving) == 0 {
			return // we took it
		}
		// Wait; a waiter that waited before goes back to the front.
		requeue := waitStart != 0
		if waitStart == 0 {
			waitStart = runtime_nanotime()
		}
		runtime_SemacquireMutex(&m.sema, requeue)
		starving = starving || runtime_nanotime()-waitStart > starvationThresholdNs
		old = atomic.LoadInt32(&m.state)
		if old&mutexStarving != 0 {
			// Handed to us: the lock is ours, but mutexLocked is not set
			// and we still count as a waiter.
			if old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {
				fatal("sync: inconsistent mutex state")
			}
			delta := int32(mutexLocked - mutexWaiter)
			if !starving || old>>mutexWaiterShift == 1 {
				delta -= mutexStarving // back to normal mode
			}
			atomic.AddInt32(&m.state, delta)
			return
		}
		awoke = true
		spins = 0
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
	if new&mutexStarving != 0 {
		// Hand the lock to the first waiter and let it run now.
		runtime_Semrelease(&m.sema, true)
		return
	}
	old := new
	for {
		// Nobody waits, someone took the lock (it will wake a waiter when
		// it unlocks), or a waiter is already awake.
		if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
			return
		}
		if atomic.CompareAndSwapInt32(&m.state, old, (old-mutexWaiter)|mutexWoken) {
			runtime_Semrelease(&m.sema, false)
			return
		}
		old = atomic.LoadInt32(&m.state)
	}
}
