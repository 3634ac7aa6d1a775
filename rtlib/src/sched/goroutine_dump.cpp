// This file implements format_other_goroutines (runtime_internal.hpp):
// gc's tracebackothers, behind GOTRACEBACK=all, runtime.Stack(buf, true)
// and the SIGQUIT dump. Nothing is stopped: a suspended goroutine's stack
// is copied with a read that cannot fault (it may wake, and its stack be
// compacted, meanwhile) and the copy is kept only if the goroutine was
// suspended, at the same stop, before and after; then the copy is walked
// from the registers it saved when it stopped (cfi_unwind.hpp). A
// goroutine running on another thread gets gc's "stack unavailable",
// unless the program is dying: then a signal to each worker thread has it
// record its own goroutine's stack (gc freezes the world instead). Outside
// a crash that is not done: a thread interrupted inside the C++ library's
// unwinder (a panic being thrown) would wait for itself for ever.
#include <signal.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <string>
#include <vector>

#include "cfi_unwind.hpp"
#include "runtime_internal.hpp"
#include "sched/gc_fibers.hpp"
#include "sched/goroutine.hpp"
#include "sched/scheduler.hpp"

namespace go::sched {

namespace {

// Enough for gc's 100 frames in all but frames with huge locals.
constexpr std::size_t max_copied_stack = 256 * 1024;
constexpr int max_frames = 100;

using goroutine_snapshot = internal::goroutine_stack;

// Copies g's stack if it stays suspended at one stop meanwhile.
bool copy_suspended_stack(goroutine* g, internal::saved_registers& regs, std::vector<char>& bytes) {
  uint32 seq = g->suspend_seq.load(std::memory_order_acquire);
  if (__atomic_load_n(&g->running, __ATOMIC_ACQUIRE)) return false;
  stack_state st = g->stack_st.load(std::memory_order_acquire);
  if (st == stack_state::copying_out || st == stack_state::restoring) return false;
  regs = g->regs;
  const char* hi = g->stack.hi;
  auto sp = reinterpret_cast<const char*>(regs.sp);
  if (regs.pc == 0 || sp < g->stack.lo || sp >= hi) return false;
  std::size_t size = std::min(static_cast<std::size_t>(hi - sp), max_copied_stack);
  const char* from = sp;
  if (st == stack_state::compacted) {
    // Its used part waits in compact_copy; its pages are gone.
    const char* lo = g->compact_lo;
    const char* copy = static_cast<const char*>(g->compact_copy);
    if (copy == nullptr || lo == nullptr || sp < lo) return false;
    from = copy + (sp - lo);
  }
  bytes.resize(size);
  if (!internal::copy_memory_safely(bytes.data(), from, size)) return false;
  std::atomic_thread_fence(std::memory_order_acquire);
  return g->suspend_seq.load(std::memory_order_acquire) == seq && !__atomic_load_n(&g->running, __ATOMIC_ACQUIRE) &&
         g->stack_st.load(std::memory_order_acquire) == st;
}

goroutine_snapshot snapshot(goroutine* g) {
  goroutine_snapshot s;
  s.origin.id = g->id;
  s.origin.go_pc = g->go_pc;
  s.origin.wrapper = g->wrapper;
  s.origin.locked = g->locked_worker >= 0;
  wait_reason reason = g->reason;
  // Never ran yet: runnable, with no frame to show.
  if (!__atomic_load_n(&g->running, __ATOMIC_ACQUIRE) && g->regs.pc == 0) {
    s.status = "runnable";
    s.walked = true;
    return s;
  }
  std::vector<char> bytes;
  internal::saved_registers regs;
  // A goroutine that wakes while we copy is tried again, a few times.
  for (int attempt = 0; attempt < 3 && !s.walked; attempt++) {
    if (copy_suspended_stack(g, regs, bytes)) {
      s.walked = true;
      s.status = reason == wait_reason::none ? "runnable" : wait_reason_text(reason);
    }
  }
  if (!s.walked) return s;
  internal::stack_copy stack{regs.sp, bytes.data(), bytes.size()};
  s.pcs.resize(max_frames);
  s.pcs.resize(static_cast<std::size_t>(internal::unwind_saved(regs, stack, s.pcs.data(), max_frames)));
  return s;
}

// A worker's answer to the sampling signal: the goroutine it was running
// and that goroutine's pcs, from the signal handler's frame outwards.
struct running_sample {
  enum : int { idle, requested, done };
  std::atomic<int> state{idle};
  goroutine* g = nullptr;
  int n = 0;
  uintptr pcs[max_frames];
};
// Allocated at the first dying dump (not in the program's data, which the
// collector scans at every collection), before any signal is sent.
running_sample* samples = nullptr;
constexpr int sample_signal = SIGURG;  // gc's own preemption signal: Go programs expect it

void on_sample_signal(int) {
  int saved_errno = errno;
  worker* w = current_worker();
  if (w != nullptr && samples != nullptr && samples[w->index].state.load(std::memory_order_acquire) == running_sample::requested) {
    running_sample& s = samples[w->index];
    s.g = current_goroutine();
    s.n = s.g == nullptr ? 0 : internal::capture_pcs(s.pcs, max_frames, 0);
    s.state.store(running_sample::done, std::memory_order_release);
  }
  errno = saved_errno;
}

// Signals every other worker thread and waits (at most 100 ms: a thread
// may be stuck) for their samples.
void sample_running_goroutines() {
  static std::atomic<bool> installed{false};
  if (!installed.exchange(true)) {
    struct sigaction sa{};
    sa.sa_handler = on_sample_signal;
    sa.sa_flags = SA_ONSTACK | SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(sample_signal, &sa, nullptr);
  }
  if (samples == nullptr) samples = new running_sample[max_workers];
  worker* me = current_worker();
  int n = worker_count();
  for (int i = 0; i < n; i++) {
    worker* w = worker_at(i);
    running_sample& s = samples[i];
    s.state.store(running_sample::idle);
    if (w == nullptr || w == me || !w->thread_known.load(std::memory_order_acquire)) continue;
    s.g = nullptr;
    s.state.store(running_sample::requested, std::memory_order_release);
    if (pthread_kill(w->thread, sample_signal) != 0) s.state.store(running_sample::idle);
  }
  for (int waited_ms = 0; waited_ms < 100; waited_ms++) {
    bool pending = false;
    for (int i = 0; i < n; i++) pending |= samples[i].state.load(std::memory_order_acquire) == running_sample::requested;
    if (!pending) return;
    timespec ms{0, 1000000};
    nanosleep(&ms, nullptr);
  }
}

const running_sample* sample_of(const goroutine* g) {
  if (samples == nullptr) return nullptr;
  for (int i = 0; i < worker_count(); i++) {
    if (samples[i].state.load(std::memory_order_acquire) == running_sample::done && samples[i].g == g) return &samples[i];
  }
  return nullptr;
}

// The goroutines a traceback lists: not the free ones, and not those the
// runtime parked for good (gc leaves out its system goroutines).
bool listed(const goroutine* g) { return !g->is_free && g->reason != wait_reason::forever && g->reason != wait_reason::main_goexit; }

}  // namespace

}  // namespace go::sched

namespace go::internal {

std::vector<goroutine_stack> other_goroutine_stacks(bool dying) {
  using namespace go::sched;
  if (dying) sample_running_goroutines();
  goroutine* self = current_goroutine();
  std::vector<goroutine_snapshot> shots;
  // Under the registry's lock no record is freed; the copies are taken
  // there, the symbols looked up after.
  lock_registry();
  for (goroutine* g = registry_first(); g != nullptr; g = g->registry_next) {
    if (g == self || !listed(g)) continue;
    shots.push_back(snapshot(g));
    const running_sample* sample = dying && !shots.back().walked ? sample_of(g) : nullptr;
    if (sample != nullptr) {
      shots.back().walked = true;
      shots.back().pcs.assign(sample->pcs, sample->pcs + sample->n);
    }
  }
  unlock_registry();
  std::sort(shots.begin(), shots.end(),
            [](const goroutine_snapshot& a, const goroutine_snapshot& b) { return a.origin.id < b.origin.id; });
  return shots;
}

std::string format_other_goroutines(bool dying) {
  std::string out;
  for (const goroutine_stack& s : other_goroutine_stacks(dying)) {
    out += "\n";
    static const uintptr no_frame = 0;
    const uintptr* pcs = !s.walked ? nullptr : s.pcs.empty() ? &no_frame : s.pcs.data();
    out += format_goroutine_section(s.origin, s.status, pcs, static_cast<int>(s.pcs.size()));
  }
  return out;
}

}  // namespace go::internal
