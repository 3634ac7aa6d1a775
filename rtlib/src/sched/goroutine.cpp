// This file implements the life of a goroutine: creation (spawn), its first
// and last moments on a fiber, parking and readying, Gosched, LockOSThread,
// and the main goroutine that run_main starts.
//
// A goroutine whose function returns does not end its fiber: it parks on a
// free list (free_goroutines.hpp) and a later `go` statement readies it
// with a new function and a new id, as gc reuses exited Gs.
//
// Park, in order: the goroutine records why it waits and where its stack
// ends (for the collector), enters the switch window, detaches its Boost
// context from this thread's scheduler (so that any worker may resume it),
// and asks that scheduler to switch to the next context, which releases the
// park lock once the switch is done. Whoever readies it queues the detached
// context; the worker that picks it attaches it to its own scheduler.
#define GC_THREADS
#include <gc/gc.h>

#include <boost/fiber/context.hpp>
#include <boost/fiber/fiber.hpp>
#include <boost/fiber/operations.hpp>

#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <exception>
#include <mutex>
#include <new>
#include <string>
#include <thread>

#include "go/output.hpp"
#include "go/panic.hpp"
#include "go/sched/sched.hpp"
#include "runtime_internal.hpp"
#include "sched/deadlock.hpp"
#include "sched/deadlock_report.hpp"
#include "sched/free_goroutines.hpp"
#include "sched/gc_fibers.hpp"
#include "sched/goroutine.hpp"
#include "sched/scheduler.hpp"
#include "sched/stack_compaction.hpp"
#include "sched/timers.hpp"
#include "sched/tsan_fibers.hpp"

namespace go::sched {

namespace {

std::atomic<int64> next_goroutine_id{1};
thread_local goroutine* tls_goroutine = nullptr;
// The park lock a goroutine parking on this thread hands to Boost (park).
thread_local boost::fibers::detail::spinlock_lock parking_lock;

__attribute__((noinline)) void set_current(goroutine* g) { tls_goroutine = g; }

// The context has just been switched to on this thread.
__attribute__((noinline)) void land(goroutine* g) {
  mark_running(g);
  switch_window_leave_to_goroutine(g);
  set_current(g);
  restore_exception_state(g->eh);
}

// Gives g (fresh, or free and still in the registry) its new function and
// makes it count as live.
void start_goroutine(goroutine* g, void* closure, void (*invoke)(void*)) {
  g->id = next_goroutine_id.fetch_add(1);
  goroutine* creator = current_goroutine();
  g->prof_labels = creator == nullptr ? nullptr : creator->prof_labels;
  g->fn = closure;
  g->invoke = invoke;
  // A new goroutine: its stack's compaction history starts afresh (the
  // compactor reads it only once g has parked, after this).
  g->looks_needed = 1;
  if (g->is_free) g->is_free = false;
  else registry_add(g);
  note_goroutine_started();
}

goroutine* new_goroutine(void* closure, void (*invoke)(void*), std::size_t stack_size) {
  void* mem = GC_MALLOC_UNCOLLECTABLE(sizeof(goroutine));
  if (mem == nullptr) {
    write_stderr("fatal error: runtime: out of memory\n");
    std::_Exit(2);
  }
  auto* g = ::new (mem) goroutine;
  g->stack = acquire_stack(stack_size);
  g->saved_sp = g->stack.hi;  // nothing of ours on it until it runs
  g->tsan_fiber = tsan::new_goroutine_fiber();
  start_goroutine(g, closure, invoke);
  return g;
}

// Set once the main goroutine has returned (run_main_goroutine waits on it).
struct main_done_signal {
  std::mutex mu;
  std::condition_variable cv;
  goroutine* finished = nullptr;
};
main_done_signal& main_done() {
  static main_done_signal* s = new main_done_signal;
  return *s;
}
std::atomic<goroutine*> main_g{nullptr};

[[noreturn]] void die_of_unexpected_exception(const char* what) {
  internal::flush_stdout_for_crash();
  internal::write_stderr_for_crash(std::string("fatal error: unexpected C++ exception: ") + what + "\n");
  std::_Exit(2);
}

// g's function has returned: it no longer counts as a goroutine, and its
// record is cleared for reuse. It stays in the registry until its fiber
// ends, its stack unscanned.
void retire_goroutine(goroutine* g) {
  g->is_free = true;
  g->fn = nullptr;
  g->prof_labels = nullptr;
  g->locked_worker = -1;
  g->lock_count = 0;
  note_goroutine_exited();
}

// The main goroutine has returned: run_main_goroutine ends the process.
void finish_main_goroutine(goroutine* g) {
  set_current(nullptr);
  main_g.store(nullptr);
  set_main_goroutine(nullptr);
  registry_remove(g);
  note_goroutine_exited();
  main_done_signal& done = main_done();
  std::lock_guard<std::mutex> lock(done.mu);
  done.finished = g;
  done.cv.notify_all();
}

// Surplus free goroutines woken to end that have not ended yet: the last
// one asks the stack pool to trim again, since their stacks come back after
// the collection's trim (stack_pool.hpp) has already happened.
std::atomic<int64> surplus_ending{0};

// After a collection, the free goroutines beyond those kept are woken with
// no function, and end.
void end_surplus_free_goroutines() {
  goroutine* g = take_surplus_free_goroutines();
  int64 n = 0;
  for (goroutine* s = g; s != nullptr; s = s->free_next) n++;
  surplus_ending.fetch_add(n);
  while (g != nullptr) {
    goroutine* next = g->free_next;
    g->free_next = nullptr;
    g->invoke = nullptr;
    ready(g, false);
    g = next;
  }
}

// g has retired: it parks on a free list until a `go` statement gives it
// a new function (true) or it is woken to end (false; also when the lists
// are full).
bool wait_for_reuse(goroutine* g) {
  end_surplus_free_goroutines();
  boost::fibers::detail::spinlock_lock lk(g->park_lock);
  if (!put_free_goroutine(g)) return false;
  park(wait_reason::none, lk);
  return g->invoke != nullptr;
}

// Runs g's function; false when g is main and called runtime.Goexit.
bool run_function(goroutine* g) {
  try {
    g->invoke(g->fn);
  } catch (const panic_error& e) {
    // runtime.Goexit unwinds like a panic, running the deferred calls,
    // and then ends the goroutine quietly.
    if (!e.is_goexit()) die_of_panic(e);
    return main_g.load() != g;
  } catch (const std::exception& e) {
    die_of_unexpected_exception(e.what());
  }
  return true;
}

}  // namespace

void run_goroutine(goroutine* g) {
  land(g);
  bool is_main = main_g.load() == g;
  for (;;) {
    // Main's Goexit does not end the program: the others run on until one
    // exits the process or all are blocked (gc's "no goroutines" deadlock).
    // Parked outside the handler: the caught exception is the thread's.
    if (!run_function(g)) park_forever(wait_reason::main_goexit);
    if (is_main) {
      finish_main_goroutine(g);
      break;
    }
    retire_goroutine(g);
    if (!wait_for_reuse(g)) {
      registry_remove(g);
      // Woken to end (no function): the last of a batch trims the pool.
      if (g->invoke == nullptr && surplus_ending.fetch_sub(1) == 1) trim_stack_pool_later();
      break;
    }
  }
  set_current(nullptr);
  void* tsan_fiber = g->tsan_fiber;
  std::free(g->select_waits);
  g->~goroutine();
  GC_FREE(g);
  tsan::retire_current_fiber(tsan_fiber);
  // Boost switches to the next context when this returns.
  switch_window_enter();
  set_ending();
}

__attribute__((noinline)) goroutine* current_goroutine() { return tls_goroutine; }

goroutine* blocking_goroutine() {
  goroutine* g = current_goroutine();
  if (g == nullptr) {
    // A blocking operation on a thread that runs no goroutine (C++ code
    // outside run_main_goroutine): nothing could ever wake it.
    internal::flush_stdout_for_crash();
    internal::write_stderr_for_crash("fatal error: go2cpp: blocking goroutine operation outside a goroutine\n");
    std::_Exit(2);
  }
  return g;
}

const char* wait_reason_text(wait_reason r) {
  switch (r) {
    case wait_reason::chan_send: return "chan send";
    case wait_reason::chan_receive: return "chan receive";
    case wait_reason::chan_send_nil: return "chan send (nil chan)";
    case wait_reason::chan_receive_nil: return "chan receive (nil chan)";
    case wait_reason::select: return "select";
    case wait_reason::select_no_cases: return "select (no cases)";
    case wait_reason::semacquire: return "semacquire";
    case wait_reason::cond_wait: return "sync.Cond.Wait";
    case wait_reason::sleep: return "sleep";
    case wait_reason::forever: return "forever";
    case wait_reason::main_goexit: return "main goexit";
    case wait_reason::none: break;
  }
  return "running";
}

void park(wait_reason reason, boost::fibers::detail::spinlock_lock& lk) {
  // Callers' callee-saved registers go into this frame, above saved_sp.
  __builtin_unwind_init();
  goroutine* g = blocking_goroutine();
  internal::save_registers(&g->regs);
  g->reason = reason;
  if (counts_as_blocked(reason)) note_blocked();
  g->park_seq.store(g->park_seq.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  if (reason != wait_reason::none) mark_parkable(g);  // none: on the free list
  boost::fibers::context* ctx = boost::fibers::context::active();
  boost::fibers::scheduler* sched = ctx->get_scheduler();
  switch_window_enter();
  mark_suspended(g);
  set_current(nullptr);
  stash_exception_state(g->eh);
  ctx->detach();
  tsan::release_parked(g);
  // Boost releases the lock once we are off this thread, with
  // unique_lock::unlock: the mutex first, then the lock's own "owns" flag.
  // That flag must not be on our stack: once the mutex is free a waker can
  // run us on another thread, and a later park of ours (or a compaction of
  // our stack) could meet that late write; a new lock object in the same
  // frame would see "not owned" and Boost's unlock would throw inside a
  // noexcept switch. A lock object of this thread's is written only by it.
  parking_lock = std::move(lk);
  sched->suspend(parking_lock);
  land(g);
  report_deadlock_if_woken_for_it(g);
}

void park_forever(wait_reason reason) {
  goroutine* g = blocking_goroutine();
  boost::fibers::detail::spinlock_lock lk(g->park_lock);
  park(reason, lk);
  // Nothing readies a goroutine parked this way.
  std::abort();
}

void ready(goroutine* g, bool next) {
  {
    // Wait until g is off its thread (see the protocol in goroutine.hpp).
    boost::fibers::detail::spinlock_lock lk(g->park_lock);
  }
  tsan::acquire_parked(g);
  make_stack_resident(g);  // it runs next on its own stack
  if (counts_as_blocked(g->reason)) note_unblocked();
  g->reason = wait_reason::none;
  enqueue_ready(g->ctx, g, next);
}

__attribute__((noinline)) void spawn_closure(void* closure, void (*invoke)(void*), bool wrapper, bool go_statement) {
  start_workers();
  uintptr go_pc = reinterpret_cast<uintptr>(__builtin_return_address(0));
  worker* w = current_worker();
  bool on_worker = w != nullptr && boost::fibers::context::active()->get_scheduler() != nullptr;
  goroutine* g = on_worker ? take_free_goroutine() : nullptr;
  if (g != nullptr) {
    start_goroutine(g, closure, invoke);
    g->go_pc = go_pc;
    g->wrapper = wrapper;
    // As a new fiber would be: in runnext (awakened, scheduler.cpp).
    ready(g);
  } else {
    g = new_goroutine(closure, invoke, goroutine_stack_size());
    g->go_pc = go_pc;
    g->wrapper = wrapper;
    if (!on_worker) {
      post_spawn_request(g);
      return;
    }
    create_fiber(g);
  }
  // Let the spawned ones run when this goroutine has held the thread for
  // 10 ms (sysmon.cpp), or has filled its worker's local queue. gc would
  // spill half the queue to the global one and go on; each new goroutine
  // then keeps a fresh fiber and stack alive until the spawner is
  // preempted, ~10k of them, all cold in the cache. Yielding now lets them
  // finish and hand their warm stacks to the next `go` statements (the
  // 100k spawn+join benchmark at GOMAXPROCS=1: 0.15 of gc's time per
  // goroutine, 1.7 without). Only at a go statement: the runtime's own
  // spawns (a finalizer goroutine started from inside an allocation,
  // timers) may run where yielding is unsafe.
  if (go_statement && current_goroutine() != nullptr &&
      (preempt_requested(w) || w->local.size() >= local_run_queue::capacity)) {
    gosched();
  }
}

int run_main_goroutine(void (*body)()) {
  start_workers();
  goroutine* g = new_goroutine(reinterpret_cast<void*>(body),
                               [](void* p) { reinterpret_cast<void (*)()>(p)(); }, main_goroutine_stack_size);
  // gc's runtime starts three goroutines of its own (forcegc, bgsweep,
  // bgscavenge) right after main: the first `go` statement makes goroutine
  // 5, as tracebacks then say.
  int64 after_main = 2;
  next_goroutine_id.compare_exchange_strong(after_main, 5);
  main_g.store(g);
  set_main_goroutine(g);
  main_done_signal& done = main_done();
  post_spawn_request(g);
  std::unique_lock<std::mutex> lock(done.mu);
  done.cv.wait(lock, [&] { return done.finished == g; });
  done.finished = nullptr;
  return 0;
}

}  // namespace go::sched

namespace go::internal {

bool running_goroutine_stack(uintptr& lo, uintptr& hi, void*& labels) {
  sched::goroutine* g = sched::current_goroutine();
  if (g == nullptr) return false;
  lo = reinterpret_cast<uintptr>(g->stack.lo);
  hi = reinterpret_cast<uintptr>(g->stack.hi);
  labels = g->prof_labels;
  return true;
}

void set_goroutine_labels(void* labels) {
  if (sched::goroutine* g = sched::current_goroutine()) g->prof_labels = labels;
}

bool thread_runs_goroutine() { return sched::current_goroutine() != nullptr; }

int current_thread_number() {
  sched::worker* w = sched::current_worker();
  return w == nullptr ? 0 : w->index + 1;
}

goroutine_origin current_goroutine_origin() {
  goroutine_origin origin;
  if (sched::goroutine* g = sched::current_goroutine()) {
    origin.id = g->id;
    origin.go_pc = g->go_pc;
    origin.wrapper = g->wrapper;
    origin.locked = g->locked_worker >= 0;
  }
  return origin;
}

}  // namespace go::internal

namespace go {

void gosched() {
  using namespace go::sched;
  goroutine* g = current_goroutine();
  if (g == nullptr) return;
  __builtin_unwind_init();
  internal::save_registers(&g->regs);
  boost::fibers::context* ctx = boost::fibers::context::active();
  switch_window_enter();
  mark_suspended(g);
  set_current(nullptr);
  stash_exception_state(g->eh);
  if (g->locked_worker < 0) set_yielding(ctx);
  ctx->yield();
  land(g);
}

}  // namespace go

namespace go::sched {

void yield_to_runnext() {
  goroutine* g = current_goroutine();
  if (g == nullptr) return;
  __builtin_unwind_init();
  internal::save_registers(&g->regs);
  boost::fibers::context* ctx = boost::fibers::context::active();
  switch_window_enter();
  mark_suspended(g);
  set_current(nullptr);
  stash_exception_state(g->eh);
  if (g->locked_worker < 0) set_yielding(ctx, /*to_local=*/true);
  ctx->yield();
  land(g);
}

}  // namespace go::sched

namespace go {

int_ num_goroutine() { return go::sched::live_goroutines(); }

int_ gomaxprocs(int_ n) {
  using namespace go::sched;
  int_ previous = set_active_procs(static_cast<int>(n));
  // Lowered below the caller's worker: move to an active one, as gc's
  // procresize hands the caller P0, or this goroutine would go on running
  // (and queueing what it readies on the global queue) where no one else
  // may run.
  worker* w = current_worker();
  if (w != nullptr && w->index >= active_procs()) gosched();
  return previous;
}

void lock_os_thread() {
  using namespace go::sched;
  goroutine* g = current_goroutine();
  if (g == nullptr) return;
  if (g->lock_count++ == 0) g->locked_worker = current_worker()->index;
}

void unlock_os_thread() {
  using namespace go::sched;
  goroutine* g = current_goroutine();
  if (g == nullptr || g->lock_count == 0) return;
  if (--g->lock_count == 0) g->locked_worker = -1;
}

int64 goroutine_id() {
  go::sched::goroutine* g = go::sched::current_goroutine();
  return g == nullptr ? 0 : g->id;
}

void sleep_ns(int64 ns) {
  go::sched::goroutine* g = go::sched::current_goroutine();
  if (ns <= 0) return;
  if (g == nullptr) {
    std::this_thread::sleep_for(std::chrono::nanoseconds(ns));
    return;
  }
  go::sched::sleep_goroutine(g, ns);
}

}  // namespace go
