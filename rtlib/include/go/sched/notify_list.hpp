// This file declares the ticket-based wait list behind Go's sync.Cond
// (runtime_notifyListAdd / Wait / NotifyOne / NotifyAll in runtime/sema.go).
// Cond.Wait takes a ticket while it still holds the user's lock, releases
// the lock, then waits for that ticket; a Signal or Broadcast in between is
// not lost. Waiters are reported as "sync.Cond.Wait" in a deadlock.
#pragma once

#include <atomic>

#include "go/types.hpp"

namespace go::sched {

struct notify_waiter;

struct notify_list {
  std::atomic<uint32> wait{0};    // next ticket to hand out
  std::atomic<uint32> notify{0};  // next ticket to wake
  std::atomic_flag lock = ATOMIC_FLAG_INIT;
  notify_waiter* head = nullptr;
  notify_waiter* tail = nullptr;
};

uint32 notify_list_add(notify_list* l);
void notify_list_wait(notify_list* l, uint32 ticket);
void notify_list_notify_one(notify_list* l);
void notify_list_notify_all(notify_list* l);

}  // namespace go::sched
