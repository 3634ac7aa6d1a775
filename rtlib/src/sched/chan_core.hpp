// This file declares the runtime's channel (Go's hchan) and its queues of
// waiting goroutines (sudogs, wait_record.hpp), shared by the channel operations (chan.cpp) and
// select (select.cpp). As in runtime/chan.go, a channel has one lock, a
// circular buffer and two queues of waiting goroutines; a value passes
// directly from a sender to a waiting receiver's variable and back (after
// making the waiter's stack resident: stack_compaction.hpp).
#pragma once

#include <boost/fiber/detail/spinlock.hpp>

#include "go/sched/chan.hpp"
#include "go/types.hpp"
#include "sched/wait_record.hpp"

namespace go::sched {

class wait_queue {
 public:
  void enqueue(sudog* s);
  // The first waiter that can still be woken (a select whose other case has
  // already fired is dropped), or null.
  sudog* dequeue();
  void remove(sudog* s);  // if still queued
  bool empty() const { return first_ == nullptr; }

 private:
  sudog* first_ = nullptr;
  sudog* last_ = nullptr;
};

struct chan_core {
  boost::fibers::detail::spinlock lock;
  const elem_ops* ops = nullptr;
  uint64 qcount = 0;    // elements in the buffer
  uint64 dataqsiz = 0;  // capacity
  char* buf = nullptr;
  uint64 sendx = 0;
  uint64 recvx = 0;
  bool closed = false;
  wait_queue recvq;
  wait_queue sendq;

  void* slot(uint64 i) const { return buf + i * ops->size; }
};

// Operations on a locked channel used by both chan.cpp and select.cpp; each
// unlocks c (through lk) and then readies the partner.
void send_to_waiter(chan_core* c, sudog* receiver, const void* ep, boost::fibers::detail::spinlock_lock& lk);
void recv_from_waiter(chan_core* c, sudog* sender, void* ep, boost::fibers::detail::spinlock_lock& lk);
// Buffer operations on a locked channel.
void buffer_put(chan_core* c, const void* ep);
void buffer_take(chan_core* c, void* ep);
// Wakes a waiter that has been dequeued (sets woken_by for select).
void wake_waiter(sudog* s);

[[noreturn]] void panic_send_on_closed();

}  // namespace go::sched
