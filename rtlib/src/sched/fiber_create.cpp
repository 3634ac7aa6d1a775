// This file implements the construction of a goroutine's Boost fiber.
//
// It is a translation unit of its own because Boost.Context's fiber entry,
// exit and unwind templates (and Boost.Fiber's worker_context) are
// instantiated here, for our stack allocator and entry functor, and
// scripts/tsan-sched compiles it without -fsanitize=thread: those frames are
// entered on one fiber and left on another (a new fiber starts and jumps
// straight back to its creator; a finished fiber's stack is unwound by a
// forced_unwind thrown from the dispatcher), which ThreadSanitizer's
// per-fiber shadow call stacks cannot follow. The goroutine's own code
// starts in run_goroutine, which is instrumented.
#include <boost/fiber/fiber.hpp>

#include "sched/gc_fibers.hpp"
#include "sched/goroutine.hpp"
#include "sched/stack_pool.hpp"

namespace go::sched {

namespace {

thread_local goroutine* tls_spawning = nullptr;

struct fiber_entry {
  goroutine* g;
  void operator()() const { run_goroutine(g); }
};

}  // namespace

// launch::post: the spawner keeps running; the algorithm's awakened()
// queues the new fiber.
void create_fiber(goroutine* g) {
  tls_spawning = g;
  // Constructing the fiber visits its new stack (see stack_excursion).
  stack_excursion no_collection;
  // Once posted, g may run on another worker and park before we drop the
  // handle; the compactor leaves g alone until then (stack_compaction.cpp).
  g->fiber_handle_held.store(true, std::memory_order_relaxed);
  boost::fibers::fiber f(boost::fibers::launch::post, std::allocator_arg, preallocated_stack(g->stack), fiber_entry{g});
  f.detach();
  g->fiber_handle_held.store(false, std::memory_order_release);
}

__attribute__((noinline)) goroutine* take_spawning() {
  goroutine* g = tls_spawning;
  tls_spawning = nullptr;
  return g;
}

}  // namespace go::sched
