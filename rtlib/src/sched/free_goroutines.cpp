// This file implements the lists of free goroutines (free_goroutines.hpp),
// in the shape of gc's gfput/gfget: a per-thread list without a lock and a
// global one behind a mutex, both linked through goroutine::free_next.
#include "sched/free_goroutines.hpp"

#include <atomic>
#include <mutex>
#include <vector>

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

// A list and its length; the length is written only by the thread that
// owns the list (or under the global lock) and read by anyone counting.
struct free_list {
  goroutine* head = nullptr;
  std::atomic<std::size_t> n{0};

  std::size_t size() const { return n.load(std::memory_order_relaxed); }
  void push(goroutine* g) {
    g->free_next = head;
    head = g;
    n.store(size() + 1, std::memory_order_relaxed);
  }
  goroutine* pop() {
    goroutine* g = head;
    if (g != nullptr) {
      head = g->free_next;
      g->free_next = nullptr;
      n.store(size() - 1, std::memory_order_relaxed);
    }
    return g;
  }
};

// No count shared by every spawn and exit: a thread's own list is touched
// only by it, and the global one only in batches, under its lock.
struct global_state {
  std::mutex mu;
  free_list list;
  // Every thread's own list, for counting (free_goroutine_count).
  std::mutex threads_mu;
  std::vector<free_list*> threads;
  alignas(64) std::atomic<bool> trim_pending{false};
};

global_state& global() {
  static global_state* s = new global_state;  // outlives exit()
  return *s;
}

thread_local free_list* tls_free = nullptr;

// The thread-local list is used only in these noinline functions, which
// never switch fibers, so a cached TLS address cannot outlive a migration.
__attribute__((noinline)) free_list& local() {
  if (tls_free == nullptr) {
    tls_free = new free_list;  // lives as long as the process, like its thread
    global_state& s = global();
    std::lock_guard<std::mutex> lock(s.threads_mu);
    s.threads.push_back(tls_free);
  }
  return *tls_free;
}

}  // namespace

__attribute__((noinline)) goroutine* take_free_goroutine() {
  free_list& mine = local();
  if (mine.size() == 0) {
    global_state& s = global();
    if (s.list.size() == 0) return nullptr;
    std::lock_guard<std::mutex> lock(s.mu);
    while (mine.size() < local_max / 2) {
      goroutine* g = s.list.pop();
      if (g == nullptr) break;
      mine.push(g);
    }
  }
  return mine.pop();
}

__attribute__((noinline)) bool put_free_goroutine(goroutine* g) {
  free_list& mine = local();
  if (mine.size() >= local_max) {
    global_state& s = global();
    // The limit counts the global list and this thread's: each other
    // thread holds at most local_max more.
    if (s.list.size() + mine.size() >= free_limit) return false;
    std::lock_guard<std::mutex> lock(s.mu);
    while (mine.size() > local_max / 2) s.list.push(mine.pop());
  }
  mine.push(g);
  return true;
}

void trim_free_goroutines_later() { global().trim_pending.store(true, std::memory_order_relaxed); }

goroutine* take_surplus_free_goroutines() {
  global_state& s = global();
  if (!s.trim_pending.load(std::memory_order_relaxed) || !s.trim_pending.exchange(false)) return nullptr;
  free_list surplus;
  std::lock_guard<std::mutex> lock(s.mu);
  // Only the global list: the threads' own lists hold few.
  while (s.list.size() > keep_after_gc) surplus.push(s.list.pop());
  return surplus.head;
}

std::size_t free_goroutine_count() {
  global_state& s = global();
  std::size_t n = s.list.size();
  std::lock_guard<std::mutex> lock(s.threads_mu);
  for (free_list* l : s.threads) n += l->size();
  return n;
}

}  // namespace go::sched
