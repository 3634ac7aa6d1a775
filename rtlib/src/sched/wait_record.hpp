// This file declares the records a parked goroutine is queued by: sudog
// (a channel operation or one case of a select), sema_waiter (the runtime
// semaphore) and notify_waiter (sync.Cond). They live in the goroutine
// record, never on the goroutine's stack: wakers link, unlink and flag them
// while the goroutine is parked, and a parked goroutine's stack may be
// compacted away (stack_compaction.hpp), so nothing but the goroutine itself
// touches its stack. The values a channel hands over still go straight to
// the waiter's own variable (sudog::elem); whoever does that first makes the
// waiter's stack resident.
#pragma once

#include "go/types.hpp"

namespace go::sched {

struct goroutine;
struct chan_core;

// One goroutine waiting on one channel.
struct sudog {
  goroutine* g = nullptr;
  void* elem = nullptr;  // value to send, or where to put the received one
  sudog* next = nullptr;
  sudog* prev = nullptr;
  chan_core* c = nullptr;
  bool queued = false;
  bool is_select = false;
  bool success = false;  // woken by a communication; false: by close
  int case_index = 0;
};

struct sema_waiter {
  goroutine* g = nullptr;
  uint32* addr = nullptr;
  sema_waiter* next = nullptr;
  sema_waiter* prev = nullptr;
  bool ticket = false;  // the releaser handed the count to us
};

struct notify_waiter {
  goroutine* g = nullptr;
  uint32 ticket = 0;
  notify_waiter* next = nullptr;
};

// A goroutine waits on one thing at a time (a select's several sudogs are
// kept apart, select_waits in the goroutine record).
union wait_record {
  wait_record() : chan() {}
  sudog chan;
  sema_waiter sema;
  notify_waiter notify;
};

}  // namespace go::sched
