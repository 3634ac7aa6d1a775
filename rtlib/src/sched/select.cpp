// This file implements select after Go's runtime/select.go (selectgo):
//  1. cases on nil channels are dropped; the rest are polled in a random
//     permutation, so among ready cases each is chosen with equal chance;
//  2. the distinct channels are locked in address order (no lock-order
//     deadlock between two selects);
//  3. the first ready case in poll order fires; with none ready, default
//     returns -1, else the goroutine queues one sudog on every channel and
//     parks once;
//  4. the first channel operation to reach one of those sudogs wins the
//     goroutine's select_done flag and wakes it (the others skip it); the
//     woken select relocks everything and dequeues its other sudogs.
#include <algorithm>
#include <cstdlib>
#include <vector>

#include "go/output.hpp"
#include "go/sched/select.hpp"
#include "sched/chan_core.hpp"
#include "sched/goroutine.hpp"
#include "sched/stack_compaction.hpp"

namespace go {

namespace {

using sched::chan_core;
using sched::goroutine;
using sched::sudog;
using spinlock_lock = boost::fibers::detail::spinlock_lock;

unsigned long long next_random() {
  static thread_local unsigned long long state = 0;
  if (state == 0) state = reinterpret_cast<unsigned long long>(&state) | 1;
  state ^= state >> 12;
  state ^= state << 25;
  state ^= state >> 27;
  return state * 2685821657736338717ull;
}

// n elements on the stack when they fit (the common select has a handful
// of cases), on the heap otherwise: no allocation per select.
template <class T, std::size_t inline_count = 16>
class scratch {
 public:
  explicit scratch(std::size_t n) {
    if (n > inline_count) {
      heap_.resize(n);
      data_ = heap_.data();
    }
  }
  T* data() { return data_; }
  T& operator[](std::size_t i) { return data_[i]; }

 private:
  T inline_[inline_count]{};
  std::vector<T> heap_;
  T* data_ = inline_;
};

// The distinct channels in address order, locked and unlocked together.
struct channel_set {
  explicit channel_set(std::size_t max) : chans(max) {}
  scratch<chan_core*> chans;
  std::size_t count = 0;

  void lock_all() {
    for (std::size_t i = 0; i < count; i++) chans[i]->lock.lock();
  }
  void unlock_all() {
    for (std::size_t i = 0; i < count; i++) chans[i]->lock.unlock();
  }
  // Unlocks every channel but c, whose lock the caller takes over.
  void unlock_all_but(chan_core* c) {
    for (std::size_t i = 0; i < count; i++) {
      if (chans[i] != c) chans[i]->lock.unlock();
    }
  }
};

// g's sudogs for a select of n cases: kept in its record, not on its stack
// (wait_record.hpp), grown as needed and freed with the record.
sudog* select_waits(goroutine* g, std::size_t n) {
  if (g->select_wait_count < n) {
    void* mem = std::realloc(g->select_waits, n * sizeof(sudog));
    if (mem == nullptr) {
      write_stderr("fatal error: runtime: out of memory\n");
      std::_Exit(2);
    }
    g->select_waits = static_cast<sudog*>(mem);
    g->select_wait_count = static_cast<uint32>(n);
  }
  return g->select_waits;
}

}  // namespace

int select(select_case* cases, int n, bool has_default, bool* recv_ok) {
  if (recv_ok != nullptr) *recv_ok = false;
  std::size_t max = static_cast<std::size_t>(n < 0 ? 0 : n);
  scratch<int> poll(max);
  std::size_t npoll = 0;
  for (int i = 0; i < n; i++) {
    if (cases[i].c == nullptr) continue;
    // Inside-out Fisher-Yates: a uniform permutation of the live cases.
    std::size_t j = static_cast<std::size_t>(next_random() % (npoll + 1));
    poll[npoll] = poll[j];
    poll[j] = i;
    npoll++;
  }
  if (npoll == 0) {
    if (has_default) return -1;
    sched::park_forever(n == 0 ? sched::wait_reason::select_no_cases : sched::wait_reason::select);
  }
  channel_set set(npoll);
  for (std::size_t k = 0; k < npoll; k++) set.chans[k] = cases[poll[k]].c;
  std::sort(set.chans.data(), set.chans.data() + npoll);
  set.count = static_cast<std::size_t>(std::unique(set.chans.data(), set.chans.data() + npoll) - set.chans.data());
  set.lock_all();

  // Pass 1: a case that can proceed now.
  for (std::size_t p = 0; p < npoll; p++) {
    int i = poll[p];
    select_case& k = cases[i];
    chan_core* c = k.c;
    if (k.is_send) {
      if (c->closed) {
        set.unlock_all();
        sched::panic_send_on_closed();
      }
      if (sudog* receiver = c->recvq.dequeue()) {
        set.unlock_all_but(c);
        spinlock_lock lk(c->lock, std::adopt_lock);
        sched::send_to_waiter(c, receiver, k.elem, lk);
        return i;
      }
      if (c->qcount < c->dataqsiz) {
        sched::buffer_put(c, k.elem);
        set.unlock_all();
        return i;
      }
    } else {
      if (sudog* sender = c->sendq.dequeue()) {
        set.unlock_all_but(c);
        spinlock_lock lk(c->lock, std::adopt_lock);
        sched::recv_from_waiter(c, sender, k.elem, lk);
        if (recv_ok != nullptr) *recv_ok = true;
        return i;
      }
      if (c->qcount > 0) {
        sched::buffer_take(c, k.elem);
        set.unlock_all();
        if (recv_ok != nullptr) *recv_ok = true;
        return i;
      }
      if (c->closed) {
        set.unlock_all();
        if (k.elem != nullptr) c->ops->clear(k.elem);
        return i;
      }
    }
  }
  if (has_default) {
    set.unlock_all();
    return -1;
  }

  // Pass 2: wait on every channel at once.
  goroutine* g = sched::blocking_goroutine();
  sudog* waits = select_waits(g, npoll);
  g->select_done.store(0);
  g->woken_by = nullptr;
  for (std::size_t w = 0; w < npoll; w++) {
    select_case& k = cases[poll[w]];
    sudog& s = waits[w];
    s = sudog{};
    s.g = g;
    s.elem = k.elem;
    s.c = k.c;
    s.is_select = true;
    s.case_index = poll[w];
    (k.is_send ? k.c->sendq : k.c->recvq).enqueue(&s);
  }
  {
    spinlock_lock parked(g->park_lock);
    sched::mark_parkable(g);  // before a partner can find us
    set.unlock_all();
    sched::park(sched::wait_reason::select, parked);
  }

  // Pass 3: dequeue the sudogs that did not fire.
  g = sched::current_goroutine();
  sudog* winner = g->woken_by;
  set.lock_all();
  for (std::size_t w = 0; w < npoll; w++) {
    sudog& s = waits[w];
    if (&s == winner) continue;
    select_case& k = cases[poll[w]];
    (k.is_send ? k.c->sendq : k.c->recvq).remove(&s);
  }
  set.unlock_all();
  g->woken_by = nullptr;
  int chosen = winner->case_index;
  if (cases[chosen].is_send) {
    if (!winner->success) sched::panic_send_on_closed();
  } else if (recv_ok != nullptr) {
    *recv_ok = winner->success;
  }
  return chosen;
}

namespace sched {

bool chan_try_send(chan_core* c, const void* ep) {
  select_case k{c, const_cast<void*>(ep), true};
  return go::select(&k, 1, true, nullptr) == 0;
}

bool chan_try_recv(chan_core* c, void* ep, bool* ok) {
  select_case k{c, ep, false};
  return go::select(&k, 1, true, ok) == 0;
}

}  // namespace sched

void select_forever() { sched::park_forever(sched::wait_reason::select_no_cases); }

}  // namespace go
