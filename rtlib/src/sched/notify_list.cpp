// This file implements sync.Cond's wait list after Go's notifyList: tickets
// are handed out in order, notify advances a "woken up to here" counter, and
// a waiter whose ticket is already below it returns without parking. The
// list lock is a spin flag held for a few instructions; parking uses the
// goroutine's park lock protocol (goroutine.hpp).
#include "go/sched/notify_list.hpp"

#include <boost/fiber/detail/spinlock.hpp>

#include "sched/goroutine.hpp"

namespace go::sched {

namespace {

void lock(notify_list* l) {
  while (l->lock.test_and_set(std::memory_order_acquire)) {
  }
}
void unlock(notify_list* l) { l->lock.clear(std::memory_order_release); }

// Tickets wrap around: compare as Go's less does.
bool ticket_less(uint32 a, uint32 b) { return static_cast<int32>(a - b) < 0; }

}  // namespace

uint32 notify_list_add(notify_list* l) { return l->wait.fetch_add(1); }

void notify_list_wait(notify_list* l, uint32 ticket) {
  goroutine* g = blocking_goroutine();
  lock(l);
  if (ticket_less(ticket, l->notify.load())) {
    unlock(l);
    return;
  }
  notify_waiter& me = g->wait.notify;
  me = notify_waiter{g, ticket, nullptr};
  if (l->tail == nullptr) l->head = &me;
  else l->tail->next = &me;
  l->tail = &me;
  boost::fibers::detail::spinlock_lock parked(g->park_lock);
  unlock(l);
  park(wait_reason::cond_wait, parked);
}

void notify_list_notify_all(notify_list* l) {
  if (l->wait.load() == l->notify.load()) return;
  lock(l);
  notify_waiter* w = l->head;
  l->head = l->tail = nullptr;
  l->notify.store(l->wait.load());
  unlock(l);
  while (w != nullptr) {
    notify_waiter* next = w->next;  // read before w's goroutine runs on
    ready(w->g, false);
    w = next;
  }
}

void notify_list_notify_one(notify_list* l) {
  if (l->wait.load() == l->notify.load()) return;
  lock(l);
  uint32 t = l->notify.load();
  if (t == l->wait.load()) {
    unlock(l);
    return;
  }
  l->notify.store(t + 1);
  // The waiter with ticket t may not have queued yet; then it will see
  // notify > t and not park at all.
  for (notify_waiter *w = l->head, *prev = nullptr; w != nullptr; prev = w, w = w->next) {
    if (w->ticket != t) continue;
    if (prev != nullptr) prev->next = w->next;
    else l->head = w->next;
    if (l->tail == w) l->tail = prev;
    unlock(l);
    ready(w->g);
    return;
  }
  unlock(l);
}

}  // namespace go::sched
