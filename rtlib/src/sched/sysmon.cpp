// This file implements the system monitor: a thread that, like Go's sysmon
// (runtime/proc.go, retake), looks at every worker each 10 ms and asks the
// one whose schedule tick has not moved since its last look to preempt its
// goroutine, which has then run for at least 10 ms without giving up its
// thread.
//
// gc can stop a goroutine almost anywhere; ours stop only where the
// runtime asks (preempt_requested): today at a `go` statement, where a
// goroutine that spawns in a loop yields to the goroutines it spawned, as
// gc's preemption makes it do. Without that, a loop of 100k `go`
// statements keeps 100k new goroutines (and their stacks) alive at once on
// one proc, where gc runs and frees them every 10 ms and reuses their
// stacks.
//
// Each period it also flushes buffered stdout (output.cpp), so that output
// to a pipe is not held back for long.
//
// The thread runs no goroutine, never allocates collected memory and is not
// registered with the collector.
#include <atomic>
#include <chrono>
#include <thread>

#include "runtime_internal.hpp"
#include "sched/scheduler.hpp"

namespace go::sched {

namespace {

constexpr auto sysmon_period = std::chrono::milliseconds(10);

void sysmon_main() {
  unsigned last_tick[max_workers] = {};
  for (;;) {
    std::this_thread::sleep_for(sysmon_period);
    internal::flush_stdout_periodically();
    int n = worker_count();
    for (int i = 0; i < n; i++) {
      worker* w = worker_at(i);
      if (w == nullptr) continue;
      unsigned tick = w->schedule_tick.load(std::memory_order_relaxed);
      // An idle worker does not tick either; the request is then dropped
      // at its next schedule.
      if (tick == last_tick[i]) w->preempt.store(true, std::memory_order_relaxed);
      last_tick[i] = tick;
    }
  }
}

}  // namespace

void start_sysmon() { std::thread(sysmon_main).detach(); }

}  // namespace go::sched
