// This file implements channel send, receive, close, len and cap following
// Go's runtime/chan.go: under the channel's lock, a send first hands its
// value to a waiting receiver, else fills the buffer, else parks on sendq;
// a receive takes from a waiting sender (through the buffer when there is
// one, to keep FIFO order), else from the buffer, else parks on recvq.
// Closing wakes every waiter; the panics carry gc's texts. Nil channels
// block forever.
#include <boost/fiber/detail/spinlock.hpp>

#include <new>
#include <vector>

#include "go/memory.hpp"
#include "go/panic.hpp"
#include "sched/chan_core.hpp"
#include "sched/goroutine.hpp"
#include "sched/stack_compaction.hpp"

namespace go::sched {

using spinlock_lock = boost::fibers::detail::spinlock_lock;

void wait_queue::enqueue(sudog* s) {
  s->next = nullptr;
  s->prev = last_;
  if (last_ != nullptr) last_->next = s;
  else first_ = s;
  last_ = s;
  s->queued = true;
}

void wait_queue::remove(sudog* s) {
  if (!s->queued) return;
  if (s->prev != nullptr) s->prev->next = s->next;
  else first_ = s->next;
  if (s->next != nullptr) s->next->prev = s->prev;
  else last_ = s->prev;
  s->next = s->prev = nullptr;
  s->queued = false;
}

sudog* wait_queue::dequeue() {
  while (first_ != nullptr) {
    sudog* s = first_;
    remove(s);
    // A select parked on several channels is woken by the first of them
    // only (Go's selectDone).
    if (s->is_select) {
      uint32 expected = 0;
      if (!s->g->select_done.compare_exchange_strong(expected, 1)) continue;
    }
    return s;
  }
  return nullptr;
}

void wake_waiter(sudog* s) {
  goroutine* g = s->g;
  g->woken_by = s;
  ready(g);
}

void panic_send_on_closed() { raise_panic("send on closed channel", true); }

void buffer_put(chan_core* c, const void* ep) {
  c->ops->copy(c->slot(c->sendx), ep);
  if (++c->sendx == c->dataqsiz) c->sendx = 0;
  c->qcount++;
}

void buffer_take(chan_core* c, void* ep) {
  void* slot = c->slot(c->recvx);
  if (ep != nullptr) c->ops->copy(ep, slot);
  c->ops->clear(slot);
  if (++c->recvx == c->dataqsiz) c->recvx = 0;
  c->qcount--;
}

void send_to_waiter(chan_core* c, sudog* receiver, const void* ep, spinlock_lock& lk) {
  make_stack_resident(receiver->g);
  if (receiver->elem != nullptr) c->ops->copy(receiver->elem, ep);
  receiver->success = true;
  lk.unlock();
  wake_waiter(receiver);
}

void recv_from_waiter(chan_core* c, sudog* sender, void* ep, spinlock_lock& lk) {
  make_stack_resident(sender->g);
  if (c->dataqsiz == 0) {
    if (ep != nullptr) c->ops->copy(ep, sender->elem);
  } else {
    // The buffer is full: take its head, put the sender's value at its tail
    // (which is the same slot).
    void* slot = c->slot(c->recvx);
    if (ep != nullptr) c->ops->copy(ep, slot);
    c->ops->copy(slot, sender->elem);
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->sendx = c->recvx;
  }
  sender->success = true;
  lk.unlock();
  wake_waiter(sender);
}

chan_core* make_chan(const elem_ops* ops, int_ cap) {
  if (cap < 0 || (ops->size != 0 && static_cast<uint64>(cap) > (uint64(1) << 40) / ops->size)) {
    raise_panic("makechan: size out of range", true);
  }
  auto* c = ::new (alloc(sizeof(chan_core))) chan_core;
  c->ops = ops;
  c->dataqsiz = static_cast<uint64>(cap);
  if (cap > 0) {
    std::size_t bytes = static_cast<std::size_t>(cap) * (ops->size == 0 ? 1 : ops->size);
    c->buf = static_cast<char*>(ops->pointer_free ? alloc_atomic(bytes) : alloc(bytes));
  }
  return c;
}

void chan_send(chan_core* c, const void* ep) {
  if (c == nullptr) park_forever(wait_reason::chan_send_nil);
  spinlock_lock lk(c->lock);
  if (c->closed) {
    lk.unlock();
    panic_send_on_closed();
  }
  if (sudog* receiver = c->recvq.dequeue()) {
    send_to_waiter(c, receiver, ep, lk);
    return;
  }
  if (c->qcount < c->dataqsiz) {
    buffer_put(c, ep);
    return;
  }
  goroutine* g = blocking_goroutine();
  sudog& me = g->wait.chan;
  me.g = g;
  me.elem = const_cast<void*>(ep);
  me.c = c;
  me.is_select = false;
  me.success = false;
  c->sendq.enqueue(&me);
  spinlock_lock parked(g->park_lock);
  mark_parkable(g);  // before a sender can find us
  lk.unlock();
  park(wait_reason::chan_send, parked);
  if (!me.success) panic_send_on_closed();
}

bool chan_recv(chan_core* c, void* ep) {
  if (c == nullptr) park_forever(wait_reason::chan_receive_nil);
  spinlock_lock lk(c->lock);
  if (c->closed && c->qcount == 0) {
    lk.unlock();
    if (ep != nullptr) c->ops->clear(ep);
    return false;
  }
  if (sudog* sender = c->sendq.dequeue()) {
    recv_from_waiter(c, sender, ep, lk);
    return true;
  }
  if (c->qcount > 0) {
    buffer_take(c, ep);
    return true;
  }
  goroutine* g = blocking_goroutine();
  sudog& me = g->wait.chan;
  me.g = g;
  me.elem = ep;
  me.c = c;
  me.is_select = false;
  me.success = false;
  c->recvq.enqueue(&me);
  spinlock_lock parked(g->park_lock);
  mark_parkable(g);  // before a sender can find us
  lk.unlock();
  park(wait_reason::chan_receive, parked);
  return me.success;
}

void chan_close(chan_core* c) {
  if (c == nullptr) raise_panic("close of nil channel", true);
  spinlock_lock lk(c->lock);
  if (c->closed) {
    lk.unlock();
    raise_panic("close of closed channel", true);
  }
  c->closed = true;
  std::vector<sudog*> woken;
  while (sudog* r = c->recvq.dequeue()) {
    if (r->elem != nullptr) {
      make_stack_resident(r->g);
      c->ops->clear(r->elem);
    }
    r->success = false;
    woken.push_back(r);
  }
  while (sudog* s = c->sendq.dequeue()) {
    s->success = false;
    woken.push_back(s);
  }
  lk.unlock();
  for (sudog* s : woken) wake_waiter(s);
}

int_ chan_len(const chan_core* c) { return c == nullptr ? 0 : static_cast<int_>(c->qcount); }
int_ chan_cap(const chan_core* c) { return c == nullptr ? 0 : static_cast<int_>(c->dataqsiz); }

}  // namespace go::sched
