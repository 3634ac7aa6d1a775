// This file implements the lists of free goroutines (free_goroutines.hpp),
// in the shape of gc's gfput/gfget: a per-thread list without a lock and a
// global one behind a mutex, both linked through goroutine::free_next.
#include "sched/free_goroutines.hpp"

#include <atomic>
#include <mutex>

#include "sched/goroutine.hpp"

namespace go::sched {

namespace {

// A thread's own list holds up to local_max; when full, local_max / 2 of
// them move to the global list, and an empty one takes as many back.
constexpr std::size_t local_max = 64;
// As many as the stack pool keeps warm (stack_pool.cpp): a spawn loop on
// one proc keeps ~12k goroutines alive between two preemptions.
constexpr std::size_t free_limit = 16384;
constexpr std::size_t keep_after_gc = 2048;

struct free_list {
  goroutine* head = nullptr;
  std::size_t n = 0;

  void push(goroutine* g) {
    g->free_next = head;
    head = g;
    n++;
  }
  goroutine* pop() {
    goroutine* g = head;
    if (g != nullptr) {
      head = g->free_next;
      g->free_next = nullptr;
      n--;
    }
    return g;
  }
};

struct global_state {
  std::mutex mu;
  free_list list;
  std::atomic<std::size_t> total{0};  // local and global lists together
  std::atomic<bool> trim_pending{false};
};

global_state& global() {
  static global_state* s = new global_state;  // outlives exit()
  return *s;
}

thread_local free_list tls_free;

// The thread-local list is used only in these noinline functions, which
// never switch fibers, so a cached TLS address cannot outlive a migration.
__attribute__((noinline)) free_list& local() { return tls_free; }

}  // namespace

__attribute__((noinline)) goroutine* take_free_goroutine() {
  free_list& mine = local();
  global_state& s = global();
  if (mine.n == 0) {
    if (s.total.load(std::memory_order_relaxed) == 0) return nullptr;
    std::lock_guard<std::mutex> lock(s.mu);
    while (mine.n < local_max / 2) {
      goroutine* g = s.list.pop();
      if (g == nullptr) break;
      mine.push(g);
    }
  }
  goroutine* g = mine.pop();
  if (g != nullptr) s.total.fetch_sub(1, std::memory_order_relaxed);
  return g;
}

__attribute__((noinline)) bool put_free_goroutine(goroutine* g) {
  global_state& s = global();
  if (s.total.load(std::memory_order_relaxed) >= free_limit) return false;
  free_list& mine = local();
  if (mine.n >= local_max) {
    std::lock_guard<std::mutex> lock(s.mu);
    while (mine.n > local_max / 2) s.list.push(mine.pop());
  }
  mine.push(g);
  s.total.fetch_add(1, std::memory_order_relaxed);
  return true;
}

void trim_free_goroutines_later() { global().trim_pending.store(true, std::memory_order_relaxed); }

goroutine* take_surplus_free_goroutines() {
  global_state& s = global();
  if (!s.trim_pending.load(std::memory_order_relaxed) || !s.trim_pending.exchange(false)) return nullptr;
  free_list surplus;
  std::lock_guard<std::mutex> lock(s.mu);
  // Only the global list: the threads' own lists hold few.
  while (s.total.load(std::memory_order_relaxed) > keep_after_gc) {
    goroutine* g = s.list.pop();
    if (g == nullptr) break;
    surplus.push(g);
    s.total.fetch_sub(1, std::memory_order_relaxed);
  }
  return surplus.head;
}

std::size_t free_goroutine_count() { return global().total.load(); }

}  // namespace go::sched
