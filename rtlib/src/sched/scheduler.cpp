// This file implements the scheduling algorithm and its worker threads.
//
// go_algorithm is a Boost.Fiber algorithm_with_properties, one instance per
// worker thread. Boost calls awakened() when it makes a context runnable on
// this thread (a new fiber, a yield), pick_next() whenever the running
// context gives up the thread, and suspend_until() when pick_next found
// nothing. The policy is Go's (runtime/proc.go, findrunnable):
//   - runnext first (the goroutine the running one just readied or spawned,
//     so a ping-pong pair stays on one thread), then the local queue;
//   - every 61st schedule the global queue first, so it cannot starve;
//   - then a batch from the global queue, then stealing half of a random
//     victim's local queue (its runnext too when the queue is empty);
//   - with nothing to do, the worker parks on its condition variable (no
//     spinning) until work is queued, the next timer is due, or a spawn
//     request arrives from a thread that runs no worker.
// Contexts in our queues are detached from every Boost scheduler; the worker
// that picks one attaches it to its own, so goroutines migrate freely.
// Boost's own contexts (a thread's main context, the dispatcher) are pinned
// to their thread and go to that worker's pinned queue, as do goroutines
// locked with LockOSThread.
#include "sched/scheduler.hpp"
#include "sched/stack_compaction.hpp"

#include <boost/fiber/algo/algorithm.hpp>
#include <boost/fiber/context.hpp>
#include <boost/fiber/operations.hpp>

#include <chrono>
#include <algorithm>
#include <climits>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "runtime_internal.hpp"
#include "sched/deadlock.hpp"
#include "sched/gc_fibers.hpp"
#include "sched/goroutine.hpp"
#include "sched/timers.hpp"
#include "sched/tsan_fibers.hpp"
#include "go/sched/sema.hpp"

namespace go::sched {

namespace {

// Go's spinning M sleeps usleep(3) before taking a running P's runnext;
// with Linux's 50us timer slack that is ~55-60us, so ours starts there.
constexpr unsigned min_watch_delay_us = 60;
constexpr unsigned max_watch_delay_us = 2000;

// Fields read at every schedule (workers, nworkers, active) and the
// groups written now and then by any worker (the global queue, the idle
// list, the spinning count) sit on separate cache lines, so that the
// writes do not evict what every worker reads.
struct scheduler_state {
  std::atomic<worker*> workers[max_workers];  // read by thieves while workers start
  std::atomic<int> nworkers{0};
  std::atomic<int> active{0};
  alignas(64) global_run_queue global;
  alignas(64) std::mutex idle_list_mu;
  std::vector<worker*> idle_list;
  std::atomic<int> idle_count{0};
  // Workers woken to look for work that have not found any or given up yet
  // (Go's nmspinning): while one is looking, readying wakes nobody else.
  alignas(64) std::atomic<int> nspinning{0};
  // The spinning worker while it waits watching a runnext: work queued on a
  // local or the global queue meanwhile interrupts its wait.
  std::atomic<worker*> watcher{nullptr};
  alignas(64) std::mutex start_mu;
  // Spawns requested by threads that run no worker (run_main_goroutine).
  std::mutex inbox_mu;
  std::vector<goroutine*> inbox;
  std::atomic<bool> inbox_nonempty{false};
};

scheduler_state& state() {
  static scheduler_state* s = new scheduler_state;  // outlives exit()
  return *s;
}

thread_local worker* tls_worker = nullptr;
thread_local fiber_context* tls_yielding = nullptr;
thread_local bool tls_ending = false;  // the running goroutine has returned
// Finished goroutines whose fibers the dispatcher has not freed yet; it
// frees them all at once, so one detour serves release_batch of them.
thread_local int tls_unreleased = 0;
constexpr int release_batch = 8;
thread_local bool tls_yield_to_local = false;

unsigned long long next_random(worker* w) {
  // xorshift64*: cheap and good enough for picking victims.
  w->rng ^= w->rng >> 12;
  w->rng ^= w->rng << 25;
  w->rng ^= w->rng >> 27;
  return w->rng * 2685821657736338717ull;
}

void signal_worker(worker* w) {
  std::lock_guard<std::mutex> lock(w->idle_mu);
  w->wake_signal = true;
  w->idle_cv.notify_one();
}

void push_pinned(worker* w, fiber_context* ctx) {
  {
    std::lock_guard<std::mutex> lock(w->pinned_mu);
    w->pinned.push_back(ctx);
    w->pinned_size = w->pinned.size();
  }
  if (w != tls_worker) signal_worker(w);
}

fiber_context* pop_pinned(worker* w) {
  if (w->pinned_size.load(std::memory_order_relaxed) == 0) return nullptr;
  std::lock_guard<std::mutex> lock(w->pinned_mu);
  if (w->pinned.empty()) return nullptr;
  fiber_context* ctx = w->pinned.front();
  w->pinned.pop_front();
  w->pinned_size = w->pinned.size();
  return ctx;
}

// Local queue full: move half of it and ctx to the global queue (runqputslow).
void push_local(worker* w, fiber_context* ctx) {
  if (w->local.push(ctx)) return;
  fiber_context** batch = w->overflow_batch;
  std::size_t n = w->local.take_half(batch);
  for (std::size_t i = 0; i < n; i++) state().global.push(batch[i]);
  state().global.push(ctx);
}

// Work another worker could take now: queued work, not a victim's runnext
// (a spinning worker watches those, see watch_busy_runnext).
bool has_stealable_work() {
  scheduler_state& s = state();
  if (s.global.size() > 0 || s.inbox_nonempty.load()) return true;
  int n = s.active.load();
  for (int i = 0; i < n; i++) {
    worker* v = s.workers[i];
    if (v != nullptr && v->local.size() > 0) return true;
  }
  return false;
}

// Another active worker with a goroutine in its runnext, or null.
worker* busy_runnext_victim(worker* w) {
  scheduler_state& s = state();
  int n = s.active.load();
  for (int i = 0; i < n; i++) {
    worker* v = s.workers[i];
    if (v != nullptr && v != w && v->runnext.load() != nullptr) return v;
  }
  return nullptr;
}

// Any queued goroutine or spawn request at all (the deadlock check).
bool has_runnable_anywhere() {
  scheduler_state& s = state();
  if (has_stealable_work()) return true;
  int n = s.nworkers.load();
  for (int i = 0; i < n; i++) {
    worker* v = s.workers[i];
    if (v == nullptr) continue;
    if (v->local.size() > 0 || v->runnext.load() != nullptr || v->pinned_size.load() > 0) return true;
  }
  return false;
}

bool has_own_work(worker* w) {
  return w->pinned_size.load() > 0 || (w->index < state().active.load() &&
                                       (w->runnext.load() != nullptr || w->local.size() > 0));
}

fiber_context* steal(worker* w) {
  scheduler_state& s = state();
  int n = s.active.load();
  if (n <= 1) return nullptr;
  // A victim's runnext is taken only if the victim has not scheduled at all
  // while we watched it (watch_busy_runnext): it is stuck in one
  // long-running goroutine. A runnext that its own worker is about to run
  // (a ping-pong partner) stays there, so the pair stays on one thread.
  worker* watched = w->watch_victim;
  w->watch_victim = nullptr;
  if (watched != nullptr && watched->schedule_tick.load() == w->watch_tick) {
    fiber_context* next = watched->runnext.exchange(nullptr);
    if (next != nullptr) {
      w->watch_delay_us = min_watch_delay_us;
      return next;
    }
  }
  // Four rounds over the workers from a random start, as Go's stealWork.
  for (int round = 0; round < 4; round++) {
    int start = static_cast<int>(next_random(w) % static_cast<unsigned>(n));
    for (int k = 0; k < n; k++) {
      int vi = (start + k) % n;
      worker* v = s.workers[vi];
      if (v == nullptr || v == w) continue;
      if (v->local.size() > 0) {
        fiber_context** batch = w->steal_batch;
        std::size_t got = v->local.take_half(batch);
        if (got == 0) continue;
        for (std::size_t i = 1; i < got; i++) push_local(w, batch[i]);
        return batch[0];
      }
    }
  }
  return nullptr;
}

// The worker has no more than a share of the procs: hand its queued work to
// the global queue (GOMAXPROCS was lowered), and wake a worker for it: the
// active ones may all have parked since GOMAXPROCS woke them.
void drain_to_global(worker* w) {
  bool moved = false;
  fiber_context* ctx = w->runnext.exchange(nullptr);
  if (ctx != nullptr) {
    state().global.push(ctx);
    moved = true;
  }
  while ((ctx = w->local.pop()) != nullptr) {
    state().global.push(ctx);
    moved = true;
  }
  if (moved) wake_for_queued_work();
}

// A spinning worker found work: it stops spinning, and if it was the last
// one, wakes another to look for more (Go's resetspinning).
void stop_spinning_found_work(worker* w) {
  w->spinning.store(false);
  if (state().nspinning.fetch_sub(1) == 1) wake_idle_worker();
}

// A spinning worker found nothing: it stops spinning before its last look
// at the queues, so that work queued meanwhile is seen either by that look
// or by the producer's wake_idle_worker (both sides are sequentially
// consistent: queue then read nspinning, decrement then read the queues).
// A worker that GOMAXPROCS has just made surplus may not take queued work:
// that last look is not its to make, so it hands the spinning role on
// (Go's spinning M that loses its P re-checks and wakes another).
void stop_spinning_found_nothing(worker* w) {
  if (!w->spinning.load()) return;
  w->spinning.store(false);
  state().nspinning.fetch_sub(1);
  if (w->index >= state().active.load() && has_stealable_work()) wake_idle_worker();
}

// An idle worker becomes the spinning one, unless another already is.
bool try_start_spinning(worker* w) {
  int none = 0;
  if (!state().nspinning.compare_exchange_strong(none, 1)) return false;
  w->spinning.store(true);
  return true;
}

void take_spawn_requests() {
  scheduler_state& s = state();
  if (!s.inbox_nonempty.load()) return;
  std::vector<goroutine*> requests;
  {
    std::lock_guard<std::mutex> lock(s.inbox_mu);
    requests.swap(s.inbox);
    s.inbox_nonempty = false;
  }
  for (goroutine* g : requests) create_fiber(g);
}

class go_algorithm : public boost::fibers::algo::algorithm_with_properties<goroutine_props> {
 public:
  explicit go_algorithm(worker* w) : w_(w) {}

  // Boost asks for a fiber's properties the first time it becomes ready:
  // for a new goroutine that is inside create_fiber, which left its record.
  boost::fibers::fiber_properties* new_properties(fiber_context* ctx) override {
    auto* props = new goroutine_props(ctx);
    props->g = take_spawning();
    if (props->g != nullptr) props->g->ctx = ctx;
    return props;
  }

  void awakened(fiber_context* ctx, goroutine_props& props) noexcept override {
    if (ctx->is_context(boost::fibers::type::dispatcher_context)) {
      // Boost readies its dispatcher before every switch away from it and
      // expects pick_next to return something when called from a fiber. It
      // runs only when nothing else can (or timers are due).
      w_->ready_dispatcher = ctx;
      return;
    }
    if (ctx->is_context(boost::fibers::type::pinned_context)) {
      push_pinned(w_, ctx);
      return;
    }
    ctx->detach();
    if (ctx == tls_yielding) {
      tls_yielding = nullptr;
      if (tls_yield_to_local && w_->index < state().active.load()) {
        push_local(w_, ctx);
        wake_for_queued_work();
      } else {
        enqueue_global(ctx);
      }
      return;
    }
    enqueue_ready(ctx, props.g);
  }

  GO_TSAN_UNINSTRUMENTED fiber_context* pick_next() noexcept override {
    fiber_context* next = choose_next();
    tsan::before_switch(next);  // Boost switches to next right after this
    return next;
  }

  fiber_context* choose_next() noexcept {
    switch_window_enter();
    scheduler_state& s = state();
    int64 timer = next_timer_deadline_ns();
    if (timer != INT64_MAX && timer <= monotonic_now_ns()) {
      // Firing readies sleepers, which waits for each to be off its thread;
      // the context calling us may be one of them, mid-park. Only the
      // dispatcher, which is nobody's sleeper, fires: go there.
      fiber_context* self = boost::fibers::context::active();
      if (!self->is_context(boost::fibers::type::dispatcher_context)) return take_dispatcher();
      // Not inside the switch window: readying waits for a sleeper's park
      // lock, and a sleeper may be waiting for a collection to end while it
      // holds it; the collection in turn waits for windows to close.
      switch_window_leave_to_system(self);
      run_due_timers();
      switch_window_enter();
    }
    // A goroutine that just ended: Boost frees a finished fiber (its
    // control block, and its stack back to our pool) only in the
    // dispatcher's loop, which otherwise runs only when the worker has
    // nothing else to do. Go there after every release_batch of them, so
    // a busy worker reuses warm stacks instead of piling up finished ones.
    if (tls_ending) {
      tls_ending = false;
      if (++tls_unreleased >= release_batch) {
        tls_unreleased = 0;
        return take_dispatcher();
      }
    }
    fiber_context* ctx = pop_pinned(w_);
    if (ctx != nullptr) {
      if (w_->spinning.load(std::memory_order_relaxed)) stop_spinning_found_work(w_);
      if (!ctx->is_context(boost::fibers::type::pinned_context)) w_->boost_scheduler->attach_worker_context(ctx);
      return ctx;
    }
    if (w_->index >= s.active.load()) {
      drain_to_global(w_);
      return take_dispatcher();
    }
    unsigned tick = w_->schedule_tick.load(std::memory_order_relaxed) + 1;
    w_->schedule_tick.store(tick, std::memory_order_relaxed);
    if (w_->preempt.load(std::memory_order_relaxed)) w_->preempt.store(false, std::memory_order_relaxed);
    if (tick % 61 == 0) ctx = s.global.pop();
    if (ctx == nullptr) ctx = w_->runnext.exchange(nullptr);
    if (ctx == nullptr) ctx = w_->local.pop();
    if (ctx == nullptr) ctx = take_from_global();
    if (ctx == nullptr) ctx = steal(w_);
    if (ctx == nullptr) return take_dispatcher();
    if (w_->spinning.load(std::memory_order_relaxed)) stop_spinning_found_work(w_);
    w_->boost_scheduler->attach_worker_context(ctx);
    return ctx;
  }

  bool has_ready_fibers() const noexcept override { return has_own_work(w_); }

  void suspend_until(std::chrono::steady_clock::time_point const& until) noexcept override {
    // We run on Boost's dispatcher context, whose control block sits at the
    // top of its stack, above every frame it uses.
    switch_window_leave_to_system(boost::fibers::context::active());
    tls_unreleased = 0;  // the dispatcher has just freed them
    take_spawn_requests();
    run_due_timers();
    if (has_own_work(w_)) return;
    if (w_->spinning.load() && w_->index < state().active.load() && watch_busy_runnext()) return;
    stop_spinning_found_nothing(w_);
    scheduler_state& s = state();
    bool deadlocked = false;
    {
      std::lock_guard<std::mutex> lock(s.idle_list_mu);
      s.idle_list.push_back(w_);
      w_->is_idle = true;
      s.idle_count++;
      // The last worker to go idle checks for a deadlock (gc's checkdead
      // runs when the last M stops). Under the lock, no worker leaves
      // the idle list, so no goroutine runs while it looks.
      deadlocked = s.idle_count.load() == s.nworkers.load() && !has_runnable_anywhere() &&
                   deadlocked_with_all_workers_idle();
    }
    if (deadlocked) hand_deadlock_to_main();
    // Re-check after advertising ourselves idle: a producer that queued
    // work before seeing us in the list will not wake us.
    bool work = has_own_work(w_) || (w_->index < s.active.load() && has_stealable_work()) ||
                next_timer_deadline_ns() <= monotonic_now_ns();
    // A runnext queued while we stopped spinning: its readier saw us
    // spinning and woke nobody, so we keep watching it.
    if (!work && w_->index < s.active.load() && busy_runnext_victim(w_) != nullptr && try_start_spinning(w_)) {
      work = true;
    }
    if (!work) {
      std::unique_lock<std::mutex> lock(w_->idle_mu);
      while (!w_->wake_signal) {
        int64 timer = next_timer_deadline_ns();
        auto deadline = until;
        if (timer != INT64_MAX) {
          auto timer_tp = std::chrono::steady_clock::time_point(std::chrono::nanoseconds(timer));
          if (timer_tp < deadline) deadline = timer_tp;
        }
        if (deadline == std::chrono::steady_clock::time_point::max()) {
          w_->idle_cv.wait(lock);
        } else if (w_->idle_cv.wait_until(lock, deadline) == std::cv_status::timeout) {
          break;
        }
      }
      w_->wake_signal = false;
    }
    {
      std::lock_guard<std::mutex> lock(s.idle_list_mu);
      if (w_->is_idle) {
        for (auto it = s.idle_list.begin(); it != s.idle_list.end(); ++it) {
          if (*it == w_) {
            s.idle_list.erase(it);
            break;
          }
        }
        w_->is_idle = false;
        s.idle_count--;
      }
    }
    take_spawn_requests();
    run_due_timers();
  }

  void notify() noexcept override { signal_worker(w_); }

 private:
  // The spinning worker found nothing but a goroutine in another worker's
  // runnext. That worker will run it next unless its current goroutine
  // keeps running, so wait a while (still spinning, so that readying wakes
  // nobody else) and let steal() take it if the victim has not scheduled
  // meanwhile. Fruitless watches double the wait (up to max_watch_delay_us),
  // a successful one resets it: a ping-pong pair costs a few wake-ups per
  // millisecond, a goroutine stuck behind a busy one waits at most that long.
  // Go's spinning M sleeps 3us (in practice ~50us) for the same purpose.
  bool watch_busy_runnext() {
    worker* v = busy_runnext_victim(w_);
    if (v == nullptr) return false;
    unsigned tick = v->schedule_tick.load();
    auto deadline = std::chrono::steady_clock::now() + std::chrono::microseconds(w_->watch_delay_us);
    int64 timer = next_timer_deadline_ns();
    if (timer != INT64_MAX) {
      auto timer_tp = std::chrono::steady_clock::time_point(std::chrono::nanoseconds(timer));
      if (timer_tp < deadline) deadline = timer_tp;
    }
    scheduler_state& s = state();
    s.watcher.store(w_);
    // Queued before we became the watcher: its producer did not signal us.
    if (!has_stealable_work()) {
      std::unique_lock<std::mutex> lock(w_->idle_mu);
      while (!w_->wake_signal) {
        if (w_->idle_cv.wait_until(lock, deadline) == std::cv_status::timeout) break;
      }
      w_->wake_signal = false;
    }
    s.watcher.store(nullptr);
    if (v->schedule_tick.load() == tick && v->runnext.load() != nullptr) {
      w_->watch_victim = v;
      w_->watch_tick = tick;
    } else {
      w_->watch_delay_us = std::min(w_->watch_delay_us * 2, max_watch_delay_us);
    }
    take_spawn_requests();
    run_due_timers();
    return true;
  }

  // Null when the dispatcher itself is asking (then Boost calls
  // suspend_until).
  fiber_context* take_dispatcher() {
    fiber_context* d = w_->ready_dispatcher;
    w_->ready_dispatcher = nullptr;
    return d;
  }

  fiber_context* take_from_global() {
    scheduler_state& s = state();
    if (s.global.size() == 0) return nullptr;
    // globrunqget: a fair share of the global queue, at most half a local one.
    std::size_t n = s.global.size() / static_cast<std::size_t>(s.active.load()) + 1;
    if (n > local_run_queue::capacity / 2) n = local_run_queue::capacity / 2;
    fiber_context** batch = w_->steal_batch;
    std::size_t got = s.global.pop_batch(batch, n);
    if (got == 0) return nullptr;
    for (std::size_t i = 1; i < got; i++) push_local(w_, batch[i]);
    return batch[0];
  }

  worker* w_;
};

void worker_main(worker* w) {
  w->thread = pthread_self();
  w->thread_known.store(true, std::memory_order_release);
  gc_register_worker_thread();
  internal::install_alternate_signal_stack();
  tls_worker = w;
  {
    stack_excursion no_collection;  // creating the dispatcher visits its stack
    boost::fibers::use_scheduling_algorithm<go_algorithm>(w);
  }
  w->boost_scheduler = boost::fibers::context::active()->get_scheduler();
  // The thread's own context has nothing more to do: it gives the thread to
  // the scheduler for good (the process ends with _Exit or exit, not by
  // joining workers).
  switch_window_enter();
  boost::fibers::context::active()->suspend();
}

int procs_from_environment() {
  if (const char* env = std::getenv("GOMAXPROCS")) {
    int n = std::atoi(env);
    if (n > 0) return n < max_workers ? n : max_workers;
  }
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : (n < max_workers ? static_cast<int>(n) : max_workers);
}

// Caller holds start_mu.
void add_workers_locked(int target) {
  scheduler_state& s = state();
  for (int i = s.nworkers.load(); i < target; i++) {
    auto* w = new worker;
    w->index = i;
    w->rng = 0x9e3779b97f4a7c15ull * static_cast<unsigned long long>(i + 1);
    s.workers[i] = w;
    std::thread(worker_main, w).detach();
    s.nworkers = i + 1;
  }
}

}  // namespace

void start_workers() {
  scheduler_state& s = state();
  if (s.nworkers.load() > 0) return;
  std::lock_guard<std::mutex> lock(s.start_mu);
  if (s.nworkers.load() > 0) return;
  gc_fibers_init();
  int n = procs_from_environment();
  s.active = n;
  add_workers_locked(n);
  start_sysmon();
  start_stack_compactor();
}

__attribute__((noinline)) worker* current_worker() { return tls_worker; }

void wake_idle_worker() {
  scheduler_state& s = state();
  if (s.idle_count.load() == 0 || s.nspinning.load() != 0) return;
  int none = 0;
  if (!s.nspinning.compare_exchange_strong(none, 1)) return;
  worker* w = nullptr;
  {
    std::lock_guard<std::mutex> lock(s.idle_list_mu);
    // Prefer a worker that counts towards GOMAXPROCS.
    for (auto it = s.idle_list.rbegin(); it != s.idle_list.rend(); ++it) {
      if ((*it)->index < s.active.load()) {
        w = *it;
        s.idle_list.erase(std::next(it).base());
        break;
      }
    }
    if (w == nullptr) {
      s.nspinning.fetch_sub(1);
      return;
    }
    w->is_idle = false;
    s.idle_count--;
    w->spinning.store(true);
  }
  signal_worker(w);
}

int spinning_workers() { return state().nspinning.load(); }

void wake_for_queued_work() {
  wake_idle_worker();
  worker* watching = state().watcher.load();
  if (watching != nullptr && watching != tls_worker) signal_worker(watching);
}

void enqueue_ready(fiber_context* ctx, goroutine* g, bool next) {
  scheduler_state& s = state();
  if (g != nullptr && g->locked_worker >= 0) {
    push_pinned(s.workers[g->locked_worker], ctx);
    return;
  }
  worker* w = current_worker();
  if (w == nullptr || w->index >= s.active.load()) {
    s.global.push(ctx);
    wake_for_queued_work();
    return;
  }
  if (!next) {
    push_local(w, ctx);
    wake_for_queued_work();
    return;
  }
  fiber_context* old = w->runnext.exchange(ctx);
  if (old != nullptr) {
    push_local(w, old);
    wake_for_queued_work();
    return;
  }
  // Even a goroutine in runnext wakes a worker (Go's ready and newproc call
  // wakep): if this one keeps running, the woken one steals it.
  wake_idle_worker();
}

void enqueue_global(fiber_context* ctx) {
  state().global.push(ctx);
  wake_for_queued_work();
}

__attribute__((noinline)) void set_yielding(fiber_context* ctx, bool to_local) {
  tls_yielding = ctx;
  tls_yield_to_local = to_local;
}

bool can_spin(int iter) {
  constexpr int active_spin = 4;
  static const bool multicore = std::thread::hardware_concurrency() > 1;
  if (iter >= active_spin || !multicore) return false;
  scheduler_state& s = state();
  // Some other worker must be running goroutines (the holder, perhaps):
  // gc's gomaxprocs > npidle + nmspinning + 1.
  if (s.active.load(std::memory_order_relaxed) <=
      s.idle_count.load(std::memory_order_relaxed) + s.nspinning.load(std::memory_order_relaxed) + 1) {
    return false;
  }
  // Work waits on this worker: better to park and run it.
  worker* w = tls_worker;
  return w != nullptr && w->runnext.load(std::memory_order_relaxed) == nullptr && w->local.size() == 0;
}

__attribute__((noinline)) void set_ending() { tls_ending = true; }

void post_spawn_request(goroutine* g) {
  scheduler_state& s = state();
  {
    std::lock_guard<std::mutex> lock(s.inbox_mu);
    s.inbox.push_back(g);
    s.inbox_nonempty = true;
  }
  // Any idle worker takes it; if none is idle, one takes it when it is.
  std::lock_guard<std::mutex> lock(s.idle_list_mu);
  if (!s.idle_list.empty()) {
    worker* w = s.idle_list.back();
    s.idle_list.pop_back();
    w->is_idle = false;
    s.idle_count--;
    signal_worker(w);
  }
}

int worker_count() { return state().nworkers.load(); }
worker* worker_at(int index) { return state().workers[index].load(); }
int active_procs() { return state().active.load(); }

int set_active_procs(int n) {
  start_workers();
  scheduler_state& s = state();
  std::lock_guard<std::mutex> lock(s.start_mu);
  int previous = s.active.load();
  if (n < 1) return previous;
  if (n > max_workers) n = max_workers;
  if (n > s.nworkers.load()) add_workers_locked(n);
  s.active = n;
  // Wake everyone so that surplus workers hand back their queues.
  for (int i = 0; i < s.nworkers.load(); i++) signal_worker(s.workers[i]);
  return previous;
}

}  // namespace go::sched
