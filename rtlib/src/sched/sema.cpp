// This file implements the runtime semaphore after Go's runtime/sema.go: a
// fixed table of 251 roots, chosen by hashing the semaphore's address, each
// with a lock, a count of waiters (so a release with nobody waiting touches
// no lock) and a queue of parked goroutines. As in Go, waiters of different
// addresses that share a root share its queue; release wakes the first
// waiter of its own address.
#include "go/sched/sema.hpp"

#include <atomic>
#include <boost/fiber/detail/spinlock.hpp>

#include "sched/goroutine.hpp"

namespace go::sched {

namespace {

using spinlock_lock = boost::fibers::detail::spinlock_lock;

// One per cache line, as gc pads its semaRoots: roots of different
// semaphores are locked by different threads at once.
struct alignas(64) sema_root {
  boost::fibers::detail::spinlock lock;
  std::atomic<uint32> nwait{0};
  sema_waiter* head = nullptr;
  sema_waiter* tail = nullptr;

  void queue(sema_waiter* w, bool lifo) {
    if (lifo && head != nullptr) {
      w->prev = nullptr;
      w->next = head;
      head->prev = w;
      head = w;
      return;
    }
    w->next = nullptr;
    w->prev = tail;
    if (tail != nullptr) tail->next = w;
    else head = w;
    tail = w;
  }

  sema_waiter* dequeue(uint32* addr) {
    for (sema_waiter* w = head; w != nullptr; w = w->next) {
      if (w->addr != addr) continue;
      if (w->prev != nullptr) w->prev->next = w->next;
      else head = w->next;
      if (w->next != nullptr) w->next->prev = w->prev;
      else tail = w->prev;
      return w;
    }
    return nullptr;
  }
};

constexpr std::size_t table_size = 251;
sema_root roots[table_size];

sema_root& root_of(uint32* addr) {
  return roots[(reinterpret_cast<std::uintptr_t>(addr) >> 3) % table_size];
}

bool can_acquire(uint32* addr) {
  std::atomic_ref<uint32> v(*addr);
  for (;;) {
    uint32 n = v.load();
    if (n == 0) return false;
    if (v.compare_exchange_weak(n, n - 1)) return true;
  }
}

}  // namespace

void semacquire(uint32* addr, bool lifo) {
  if (can_acquire(addr)) return;
  sema_root& root = root_of(addr);
  goroutine* g = blocking_goroutine();
  sema_waiter& me = g->wait.sema;
  me = sema_waiter{g, addr, nullptr, nullptr, false};
  for (;;) {
    spinlock_lock lk(root.lock);
    // Announce ourselves before the last check, so that a release either
    // sees a waiter or leaves a count we can take.
    root.nwait.fetch_add(1);
    if (can_acquire(addr)) {
      root.nwait.fetch_sub(1);
      return;
    }
    root.queue(&me, lifo);
    spinlock_lock parked(me.g->park_lock);
    lk.unlock();
    park(wait_reason::semacquire, parked);
    if (me.ticket || can_acquire(addr)) return;
    lifo = true;  // woken but beaten to the count: wait at the front
  }
}

void semrelease(uint32* addr, bool handoff) {
  std::atomic_ref<uint32>(*addr).fetch_add(1);
  sema_root& root = root_of(addr);
  if (root.nwait.load() == 0) return;
  spinlock_lock lk(root.lock);
  if (root.nwait.load() == 0) return;
  sema_waiter* w = root.dequeue(addr);
  if (w == nullptr) return;
  root.nwait.fetch_sub(1);
  lk.unlock();
  // w lives in the waiter's record: once readied, the waiter may return
  // from semacquire and wait again, so w must not be read after ready().
  bool handed = handoff && can_acquire(addr);
  if (handed) w->ticket = true;
  ready(w->g);
  // Direct handoff (starving Mutex): the waiter, now in runnext, runs at
  // once and we queue behind it on this worker, as gc's goyield.
  if (handed && current_goroutine() != nullptr) yield_to_runnext();
}

void spin_briefly() {
  for (int i = 0; i < 30; i++) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield");
#endif
  }
}

}  // namespace go::sched
