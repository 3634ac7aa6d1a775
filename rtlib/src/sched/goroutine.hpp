// This file declares the goroutine record and the two primitives every
// blocking operation is built from: park (the running goroutine gives up its
// thread until someone readies it) and ready (make a parked goroutine
// runnable again), in the shape of Go's gopark/goready.
//
// The record lives in uncollectable, scanned Boehm memory: it holds the
// only reference to the goroutine's closure before it first runs, and the
// collector glue walks all records to scan suspended stacks.
//
// Lost-wakeup protocol: a goroutine about to park takes its own park_lock
// before it releases the lock of whatever it waits on (a channel), and Boost
// releases park_lock only after the switch away has completed. A waker takes
// park_lock before readying, so it never queues a goroutine that is still
// running on its old thread.
#pragma once

#include <atomic>
#include <boost/fiber/context.hpp>
#include <boost/fiber/detail/spinlock.hpp>

#include "cfi_unwind.hpp"
#include "go/types.hpp"
#include "sched/exception_state.hpp"
#include "sched/stack_pool.hpp"
#include "sched/wait_record.hpp"

namespace go::sched {

// gc's waitReason strings, as printed in "goroutine 1 [chan receive]:".
enum class wait_reason : uint8 {
  none,
  chan_send,
  chan_receive,
  chan_send_nil,
  chan_receive_nil,
  select,
  select_no_cases,
  semacquire,
  cond_wait,
  sleep,
  forever,  // parked with no way back (runtime-internal)
  main_goexit,  // main called runtime.Goexit: waits for the others to end the program
};
const char* wait_reason_text(wait_reason r);
// Sleeping goroutines have a timer that will wake them: not a deadlock.
inline bool counts_as_blocked(wait_reason r) { return r != wait_reason::sleep && r != wait_reason::none; }

// Where a goroutine's stack is, for stack compaction (stack_compaction.hpp).
enum class stack_state : uint8 {
  running,     // on a thread, or runnable: resident, never compacted
  parked,      // parked and resident: the compactor may take it
  compacting,  // claimed by the compactor, not touched yet (a waker may take it back)
  copying_out,  // the compactor is copying it out and returning its pages
  compacted,   // its used part is in compact_copy; its pages are returned
  restoring,   // a waker is copying it back
  claimed,     // parked, but a waker is about to touch it or ready it
};

struct goroutine {
  int64 id = 0;
  boost::fibers::context* ctx = nullptr;  // known once Boost created the fiber
  fiber_stack stack;
  // For the collector: while suspended, [saved_sp, stack.hi) is live.
  void* saved_sp = nullptr;
  // Where it stopped at its last park or yield, so that another goroutine
  // can walk its stack (goroutine_dump.cpp); suspend_seq counts the stops.
  internal::saved_registers regs;
  std::atomic<uint32> suspend_seq{0};
  bool running = false;
  goroutine* registry_prev = nullptr;
  goroutine* registry_next = nullptr;
  goroutine* free_next = nullptr;  // on a free list (free_goroutines.hpp)
  // On a free list: stays in the registry (cheaper than leaving it and
  // coming back), but the collector skips its stack.
  bool is_free = false;
  // The closure to run (GC memory) and how to call it; invoke is null when
  // a free goroutine is woken to end (free_goroutines.hpp).
  void* fn = nullptr;
  void (*invoke)(void*) = nullptr;
  // For tracebacks: where the `go` statement spawned it (0: goroutine 1),
  // and whether its first frame is the emitter's wrapper of `go f(x)`.
  uintptr go_pc = 0;
  bool wrapper = false;

  boost::fibers::detail::spinlock park_lock;
  wait_reason reason = wait_reason::none;
  // select: 0 while every case may still fire; the first waker sets 1.
  std::atomic<uint32> select_done{0};
  sudog* woken_by = nullptr;  // the sudog whose channel readied us (select)
  wait_record wait;           // how it is queued while parked (not select)
  sudog* select_waits = nullptr;  // malloc'd, one per case of the largest select
  uint32 select_wait_count = 0;
  // Stack compaction (stack_compaction.hpp). park_seq counts parks (written
  // by the goroutine only); the rest is the compactor's: the park count at
  // its last look, how many looks found the goroutine still parked, and how
  // many it must find before compacting (doubled at each compaction).
  std::atomic<stack_state> stack_st{stack_state::running};
  std::atomic<uint32> park_seq{0};
  uint32 seen_park_seq = 0;
  uint8 idle_looks = 0;
  uint8 looks_needed = 1;
  // Set while the spawner still holds Boost's handle of g's new fiber:
  // dropping it writes a count into the context at the top of g's stack,
  // which g may already have reached a park with (create_fiber).
  std::atomic<bool> fiber_handle_held{false};
  char* compact_lo = nullptr;  // lowest byte of the used part when compacted
  void* compact_copy = nullptr;  // malloc'd copy of [compact_lo, stack.hi)
  int locked_worker = -1;     // LockOSThread: the only worker that may run it
  // runtime/pprof's labels (a *labelMap, GC memory; this record is
  // scanned): set by SetGoroutineLabels, inherited by the goroutines it
  // starts, recorded with its CPU samples.
  void* prof_labels = nullptr;
  int lock_count = 0;
  void* tsan_fiber = nullptr;  // ThreadSanitizer's state for it (tsan_fibers.hpp)
  exception_state eh;  // while switched away (exception_state.hpp)
};

// The goroutine running on this thread, or null on a non-goroutine context.
goroutine* current_goroutine();
// The running goroutine, for an operation about to block; outside any
// goroutine that is a fatal error (nothing could wake the caller).
goroutine* blocking_goroutine();
// Parks the running goroutine; lk (its park_lock) is released once it is off
// its thread. Returns when another goroutine readied it.
void park(wait_reason reason, boost::fibers::detail::spinlock_lock& lk);
// Parks for good (select {}, nil channel): only a deadlock report ends it.
[[noreturn]] void park_forever(wait_reason reason);
// Makes g runnable on the calling thread's worker: in runnext (Go's
// goready, so a woken partner runs next), or at the tail of the local queue
// when several are readied together and their order matters (timers).
void ready(goroutine* g, bool next = true);
// The running goroutine lets the one in its worker's runnext run first and
// waits at the tail of the worker's local queue (gc's goyield).
void yield_to_runnext();

// A goroutine's fiber: create_fiber builds it on this worker thread and
// queues it (fiber_create.cpp); its body is run_goroutine (goroutine.cpp).
// take_spawning hands the record being built to the algorithm's
// new_properties.
void create_fiber(goroutine* g);
goroutine* take_spawning();
void run_goroutine(goroutine* g);

}  // namespace go::sched
