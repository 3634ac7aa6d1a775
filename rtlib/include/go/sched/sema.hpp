// This file declares the runtime semaphore that Go's sync package is built
// on (runtime/sema.go): sync.Mutex, RWMutex and WaitGroup call
// runtime_Semacquire / runtime_Semrelease on a uint32 in their own struct.
// A goroutine that must wait parks (its thread runs other goroutines); the
// deadlock report names it "semacquire", as gc does.
#pragma once

#include "go/types.hpp"

namespace go::sched {

// Waits until *addr > 0, then decrements it. lifo queues the waiter at the
// head (sync.Mutex's starving waiters re-queue that way).
void semacquire(uint32* addr, bool lifo = false);
// Increments *addr and wakes one waiter on addr, if any. With handoff, the
// count goes straight to the woken waiter, which then runs next on this
// thread (sync.Mutex's starvation mode).
void semrelease(uint32* addr, bool handoff = false);
// For sync.Mutex's spinning (gc's sync_runtime_canSpin, procyield(30)).
bool can_spin(int iter);
void spin_briefly();

}  // namespace go::sched
