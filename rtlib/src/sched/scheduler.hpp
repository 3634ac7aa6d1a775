// This file declares the scheduler's workers: GOMAXPROCS threads, each
// running Boost.Fiber with our algorithm (go_algorithm, scheduler.cpp), its
// own local run queue and a "runnext" slot, plus the shared global queue.
#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>

#include <pthread.h>

#include <boost/fiber/algo/algorithm.hpp>
#include <boost/fiber/properties.hpp>
#include <boost/fiber/scheduler.hpp>

#include "sched/run_queue.hpp"

namespace go::sched {

struct goroutine;

constexpr int max_workers = 256;

struct worker {
  int index = 0;
  // Its thread, for signals that sample its goroutine (goroutine_dump.cpp).
  pthread_t thread{};
  std::atomic<bool> thread_known{false};
  boost::fibers::scheduler* boost_scheduler = nullptr;
  local_run_queue local;
  std::atomic<fiber_context*> runnext{nullptr};
  // Contexts only this worker may run: its own Boost-internal contexts and
  // goroutines locked to its thread.
  std::mutex pinned_mu;
  std::deque<fiber_context*> pinned;
  std::atomic<std::size_t> pinned_size{0};
  // Boost's dispatcher context when it is ready (it always is, except while
  // it runs): the fallback of pick_next.
  fiber_context* ready_dispatcher = nullptr;
  // Parking an idle worker: no spinning, a condition variable.
  std::mutex idle_mu;
  std::condition_variable idle_cv;
  bool wake_signal = false;
  bool is_idle = false;
  std::atomic<unsigned> schedule_tick{0};  // read by thieves and sysmon
  // Set by sysmon when the running goroutine has held the worker for 10 ms
  // or more; cleared when the worker schedules (preempt_requested).
  std::atomic<bool> preempt{false};
  unsigned long long rng = 0;
  // Woken to look for work (Go's spinning M): set by the waker, cleared by
  // this worker when it finds work or gives up. At most one worker spins.
  std::atomic<bool> spinning{false};
  // Scratch arrays of pick_next (steal, global batches, overflow), kept off
  // the stack: pick_next runs on the stack of the goroutine that parks, and
  // frames of a few KiB there would commit a second page of every stack.
  fiber_context* steal_batch[local_run_queue::capacity];
  fiber_context* overflow_batch[local_run_queue::capacity];
  // The runnext this spinning worker watched (scheduler.cpp,
  // watch_busy_runnext): taken by steal() if the victim's schedule_tick is
  // still watch_tick. watch_delay_us adapts how long a watch lasts.
  worker* watch_victim = nullptr;
  unsigned watch_tick = 0;
  unsigned watch_delay_us = 60;
};

// Starts the worker threads once (GOMAXPROCS from the environment, else
// the number of CPUs).
void start_workers();
// The worker of the calling thread, or null on threads that run none.
worker* current_worker();
// Queues a runnable, detached context: on the calling worker's runnext, or
// on the global queue from other threads. g may be null (not a goroutine).
void enqueue_ready(fiber_context* ctx, goroutine* g, bool next = true);
// Queues behind everything (runtime.Gosched).
void enqueue_global(fiber_context* ctx);
// Asks a worker to create g's fiber (from threads that run no worker).
void post_spawn_request(goroutine* g);
// Work was queued: wakes a parked worker to look for it, as Go's wakep,
// unless one is already looking (spinning) or none is parked.
void wake_idle_worker();
// Work was queued on a local or the global queue: wake_idle_worker, and
// interrupt the spinning worker if it waits watching a runnext.
void wake_for_queued_work();
// Spinning workers right now (0 or 1; for tests).
int spinning_workers();
// Remember the context a gosched is yielding, so awakened() sends it to the
// global queue (or, to_local, to the tail of this worker's local queue).
void set_yielding(fiber_context* ctx, bool to_local = false);
// The running goroutine has returned: the next pick goes through Boost's
// dispatcher, which frees finished fibers (and so returns their stacks).
void set_ending();
int worker_count();
// The worker with that index, or null if it has not started (sysmon).
worker* worker_at(int index);
// Starts the system monitor thread (sysmon.cpp), once, with the workers.
void start_sysmon();
// True when sysmon asked the calling worker's goroutine to yield; the
// caller then calls go::gosched (the request is cleared at the switch).
inline bool preempt_requested(worker* w) { return w != nullptr && w->preempt.load(std::memory_order_relaxed); }
int active_procs();
int set_active_procs(int n);  // returns the previous value

// Properties Boost keeps per fiber: which goroutine it runs.
class goroutine_props : public boost::fibers::fiber_properties {
 public:
  explicit goroutine_props(fiber_context* ctx) : fiber_properties(ctx) {}
  goroutine* g = nullptr;
};

}  // namespace go::sched
