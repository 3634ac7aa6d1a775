// This file implements the CPU profiler's sampling (runtime_internal.hpp):
// an interval timer on the process's CPU time sends SIGPROF, hz times a
// CPU second, to a thread that is using the CPU; the handler walks the
// interrupted goroutine's stack from the signal's registers (cfi_unwind's
// walk, which takes no lock) and leaves the pcs in a ring of slots that
// runtime/pprof drains. A thread running no goroutine counts as gc's
// pseudo-frames: runtime._System for a worker between goroutines,
// runtime._ExternalCode for the others (the collector's markers).
#include <signal.h>
#include <sys/time.h>
#include <ucontext.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <mutex>

#define GC_THREADS
#include <gc/gc.h>

#include "cfi_unwind.hpp"
#include "runtime_internal.hpp"

namespace go::internal {

namespace {

constexpr int max_depth = 64;
constexpr std::size_t slot_count = 4096;  // 20 s of samples at 100 Hz on 2 threads

struct sample_slot {
  enum : int { empty, writing, full };
  std::atomic<int> state{empty};
  int n = 0;
  uintptr pcs[max_depth];
};

sample_slot* ring = nullptr;  // allocated at the first start, kept
// Each slot's goroutine labels, in memory the collector scans (and never
// frees), so that a label map the goroutine has dropped since stays alive
// until the slot is drained.
void** ring_labels = nullptr;
std::atomic<uint64> next_slot{0};
std::atomic<int64> lost_samples{0};
std::atomic<bool> sampling{false};
int sampling_hz = 0;  // under control_mu
std::mutex control_mu;  // start and stop

void on_sigprof(int, siginfo_t*, void* context) {
  int saved_errno = errno;
  if (!sampling.load(std::memory_order_relaxed)) {
    errno = saved_errno;
    return;
  }
  sample_slot& slot = ring[next_slot.fetch_add(1, std::memory_order_relaxed) % slot_count];
  int expected = sample_slot::empty;
  if (!slot.state.compare_exchange_strong(expected, sample_slot::writing, std::memory_order_acquire)) {
    lost_samples.fetch_add(1, std::memory_order_relaxed);
    errno = saved_errno;
    return;
  }
  slot.n = 0;
#if defined(__x86_64__)
  const greg_t* r = static_cast<const ucontext_t*>(context)->uc_mcontext.gregs;
  saved_registers regs;
  regs.pc = static_cast<uintptr>(r[REG_RIP]);
  regs.sp = static_cast<uintptr>(r[REG_RSP]);
  regs.bp = static_cast<uintptr>(r[REG_RBP]);
  regs.bx = static_cast<uintptr>(r[REG_RBX]);
  regs.r12 = static_cast<uintptr>(r[REG_R12]);
  regs.r13 = static_cast<uintptr>(r[REG_R13]);
  regs.r14 = static_cast<uintptr>(r[REG_R14]);
  regs.r15 = static_cast<uintptr>(r[REG_R15]);
  uintptr lo = 0, hi = 0;
  void* labels = nullptr;
  bool on_goroutine = running_goroutine_stack(lo, hi, labels);
  ring_labels[&slot - ring] = labels;
  if (on_goroutine && regs.sp >= lo && regs.sp < hi) {
    stack_copy live{regs.sp, reinterpret_cast<const char*>(regs.sp), static_cast<std::size_t>(hi - regs.sp)};
    slot.n = unwind_saved(regs, live, slot.pcs, max_depth, /*in_signal_handler=*/true);
  }
#else
  (void)context;
#endif
  if (slot.n == 0) {
    slot.pcs[0] = current_thread_number() > 0 ? cpu_sample_system : cpu_sample_external;
    slot.n = 1;
  }
  slot.state.store(sample_slot::full, std::memory_order_release);
  errno = saved_errno;
}

void set_timer(int hz) {
  itimerval it{};
  if (hz > 0) {
    it.it_interval.tv_sec = 0;
    it.it_interval.tv_usec = 1000000 / hz;
    it.it_value = it.it_interval;
  }
  setitimer(ITIMER_PROF, &it, nullptr);
}

}  // namespace

bool start_cpu_profile(int hz) {
  std::lock_guard<std::mutex> lock(control_mu);
  if (sampling.load() || hz <= 0) return false;
  if (hz > 1000000) hz = 1000000;
  prepare_signal_safe_unwind();
  if (ring == nullptr) {
    ring = new sample_slot[slot_count];
    ring_labels = static_cast<void**>(GC_MALLOC_UNCOLLECTABLE(slot_count * sizeof(void*)));
    if (ring_labels == nullptr) {
      delete[] ring;
      ring = nullptr;
      return false;
    }
  }
  struct sigaction sa{};
  sa.sa_sigaction = on_sigprof;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGPROF, &sa, nullptr);
  sampling.store(true);
  sampling_hz = hz;
  set_timer(hz);
  return true;
}

void stop_cpu_profile() {
  std::lock_guard<std::mutex> lock(control_mu);
  if (!sampling.load()) return;
  set_timer(0);
  sampling.store(false);
  sampling_hz = 0;
}

int cpu_profile_rate() {
  std::lock_guard<std::mutex> lock(control_mu);
  return sampling_hz;
}

int64 drain_cpu_samples(std::vector<cpu_sample>& out) {
  if (ring == nullptr) return 0;
  for (std::size_t i = 0; i < slot_count; i++) {
    sample_slot& slot = ring[i];
    if (slot.state.load(std::memory_order_acquire) != sample_slot::full) continue;
    out.push_back({std::vector<uintptr>(slot.pcs, slot.pcs + slot.n), ring_labels[i]});
    ring_labels[i] = nullptr;
    slot.state.store(sample_slot::empty, std::memory_order_release);
  }
  return lost_samples.exchange(0);
}

}  // namespace go::internal
