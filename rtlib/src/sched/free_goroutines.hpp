// This file declares the lists of free goroutines: goroutines whose function
// has returned and whose fiber, instead of ending, waits parked to run the
// function of a later `go` statement, as gc keeps exited Gs, stack and all,
// on its gFree lists. A spawn that finds one skips building a Boost fiber,
// taking a stack from the pool and its first page faults, and the exit
// skips the dispatcher detour that frees the fiber; its stack is warm.
//
// Each worker thread keeps a small list of its own (no lock); beyond that,
// half of it moves to a global list, and a thread that runs out takes a
// batch from there. At most free_limit are kept; a goroutine that finds the
// lists full ends for good. After a collection all but keep_after_gc of
// them are ended (their stacks go back to the pool, which gives their pages
// back to the kernel), so a burst of goroutines does not stay resident.
#pragma once

#include <cstddef>

namespace go::sched {

struct goroutine;

// A free goroutine to run a new function, or null.
goroutine* take_free_goroutine();
// Keeps g, whose function has returned and which is about to park, for
// reuse; false when the lists are full (g then ends). The caller holds g's
// park lock, so that whoever takes g readies it only once it is parked.
bool put_free_goroutine(goroutine* g);
// A collection ended: the next take_surplus_free_goroutines returns the
// free goroutines beyond what is kept after a collection.
void trim_free_goroutines_later();
// After a collection (else null): a list, linked through free_next, of
// free goroutines taken off the lists for their fibers to end.
goroutine* take_surplus_free_goroutines();
// How many are free (for tests and benchmarks).
std::size_t free_goroutine_count();

}  // namespace go::sched
