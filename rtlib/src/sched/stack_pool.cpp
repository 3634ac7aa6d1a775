// This file implements the goroutine stack pool (see stack_pool.hpp): one
// mmap per guarded stack with a PROT_NONE page below it, a free list of
// ordinary-sized stacks for reuse, and carved stacks from shared regions once
// the guarded ones would use up the kernel's mapping budget.
#include "sched/stack_pool.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

#include "go/output.hpp"

namespace go::sched {

namespace {

constexpr std::size_t page = 4096;
// Freed ordinary stacks kept for reuse; beyond this they are unmapped.
constexpr std::size_t pool_limit = 16384;
// Freed stacks keep their pages (a reused stack then costs no page fault
// and no system call) until the next collection, as gc keeps the stacks of
// dead goroutines until its next cycle; then all but hot_stacks_after_gc
// of them give their pages back to the kernel (MADV_DONTNEED), so that a
// burst of goroutines, or one deep recursion, does not stay resident for
// good. A spawn loop on one proc keeps ~12k goroutines alive between two
// preemptions (sysmon.cpp): fewer warm stacks than that made most of them
// fault their pages in again.
constexpr std::size_t hot_stacks_after_gc = 2048;
constexpr std::size_t stacks_per_region = 256;
// Guarded stacks are mapped this many at a time (one mmap, then one
// mprotect per guard page): the mappings cost the same, the system calls
// half.
constexpr std::size_t guarded_batch = 16;

// Free stacks of one kind: hot ones still have their pages, cold ones gave
// them back. Reuse takes hot ones first.
struct free_list {
  std::vector<fiber_stack> hot;
  std::vector<fiber_stack> cold;
  // Readable without the lock: hot + cold, and hot.
  std::atomic<std::size_t> count{0};
  std::atomic<std::size_t> hot_count{0};

  bool empty() const { return hot.empty() && cold.empty(); }
  std::size_t size() const { return hot.size() + cold.size(); }
  fiber_stack pop() {
    std::vector<fiber_stack>& from = hot.empty() ? cold : hot;
    fiber_stack s = from.back();
    from.pop_back();
    count = size();
    hot_count = hot.size();
    return s;
  }
  void push(const fiber_stack& s, bool is_cold) {
    (is_cold ? cold : hot).push_back(s);
    count = size();
    hot_count = hot.size();
  }
};

struct pool_state {
  std::mutex mu;
  // Set after each collection: the next release trims the hot stacks.
  std::atomic<bool> trim_pending{false};
  free_list free_guarded;
  free_list free_carved;
  std::size_t guarded_budget = 0;
  std::atomic<std::size_t> guarded_in_use{0};
  std::atomic<std::size_t> carved_in_use{0};
};

pool_state& pool() {
  // Never destroyed: fibers may still release stacks while the process exits.
  static pool_state* p = [] {
    auto* s = new pool_state;
    long limit = 65530;
    if (FILE* f = std::fopen("/proc/sys/vm/max_map_count", "r")) {
      if (std::fscanf(f, "%ld", &limit) != 1) limit = 65530;
      std::fclose(f);
    }
    // Two mappings per guarded stack; leave a quarter of the limit (at least
    // 8192) to the collector, malloc and shared libraries.
    long reserve = limit / 4 > 8192 ? limit / 4 : 8192;
    s->guarded_budget = limit > reserve ? static_cast<std::size_t>((limit - reserve) / 2) : 0;
    return s;
  }();
  return *p;
}

[[noreturn]] void out_of_stack_memory() {
  write_stderr("fatal error: runtime: cannot allocate memory for goroutine stack\n");
  std::_Exit(2);
}

// Stacks are mapped far below the collector's heap, which the kernel places
// top-down near 0x7f.. like every other mapping. Between two heap chunks,
// a stack's words that point into the stack itself (frame and saved
// pointers) look like heap addresses to Boehm's conservative scan; each
// one blacklists its page number modulo the blacklist's table size, and
// 100k goroutine stacks made every run of a few hundred pages "blacklisted":
// a large allocation (make(chan int, 100000)) then grew the heap without
// end, looking for a clean run. Out here no stack word is ever a plausible
// heap address. The address is a hint: if the kernel cannot honour it, the
// mapping lands where it chooses, as before.
constexpr std::uintptr_t stack_arena_base = std::uintptr_t{0x1000} << 32;  // 16 TiB

void* map_stack_memory(std::size_t total) {
  static std::atomic<std::uintptr_t> next{stack_arena_base};
  std::uintptr_t hint = next.fetch_add(total, std::memory_order_relaxed);
  void* m = mmap(reinterpret_cast<void*>(hint), total, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (m == MAP_FAILED) out_of_stack_memory();
  return m;
}

// Maps guarded_batch ordinary stacks, each with its guard page, and pushes
// all but the first onto the free list (caller holds the pool lock).
fiber_stack map_guarded_batch_locked(pool_state& p) {
  std::size_t each = goroutine_stack_size() + page;
  void* m = map_stack_memory(each * guarded_batch);
  char* base = static_cast<char*>(m);
  fiber_stack first;
  for (std::size_t i = 0; i < guarded_batch; i++) {
    char* mapping = base + i * each;
    if (mprotect(mapping, page, PROT_NONE) != 0) out_of_stack_memory();
    fiber_stack s;
    s.mapping = mapping;
    s.mapping_size = each;
    s.lo = mapping + page;
    s.hi = mapping + each;
    s.guarded = true;
    if (i == 0) {
      first = s;
    } else {
      p.free_guarded.push(s, true);  // never touched: as good as cold
    }
  }
  return first;
}

fiber_stack map_guarded(std::size_t size) {
  std::size_t total = size + page;
  void* m = map_stack_memory(total);
  char* base = static_cast<char*>(m);
  if (mprotect(base, page, PROT_NONE) != 0) out_of_stack_memory();
  fiber_stack s;
  s.mapping = base;
  s.mapping_size = total;
  s.lo = base + page;
  s.hi = base + total;
  s.guarded = true;
  return s;
}

// Maps one region of stacks_per_region ordinary stacks, all but the first
// pushed onto the carved free list (caller holds the pool lock).
fiber_stack map_region_locked(pool_state& p) {
  std::size_t total = goroutine_stack_size() * stacks_per_region;
  void* m = map_stack_memory(total);
  char* base = static_cast<char*>(m);
  for (std::size_t i = 1; i < stacks_per_region; i++) {
    fiber_stack s;
    s.lo = base + i * goroutine_stack_size();
    s.hi = s.lo + goroutine_stack_size();
    p.free_carved.push(s, true);
  }
  fiber_stack s;
  s.lo = base;
  s.hi = base + goroutine_stack_size();
  return s;
}

}  // namespace

std::size_t goroutine_stack_size() {
  static const std::size_t size = [] {
    std::size_t kb = 256;
    if (const char* env = std::getenv("GO2CPP_STACK_KB")) {
      long v = std::atol(env);
      if (v >= 64) kb = static_cast<std::size_t>(v) / 4 * 4;
    }
    return kb << 10;
  }();
  return size;
}

fiber_stack acquire_stack(std::size_t size) {
  pool_state& p = pool();
  if (size != goroutine_stack_size()) {
    p.guarded_in_use++;
    return map_guarded(size);
  }
  {
    std::lock_guard<std::mutex> lock(p.mu);
    if (!p.free_guarded.empty()) {
      fiber_stack s = p.free_guarded.pop();
      p.guarded_in_use++;
      return s;
    }
    if (p.guarded_in_use.load() + guarded_batch > p.guarded_budget) {
      fiber_stack s;
      if (!p.free_carved.empty()) {
        s = p.free_carved.pop();
      } else {
        s = map_region_locked(p);
      }
      p.carved_in_use++;
      return s;
    }
    p.guarded_in_use++;
    return map_guarded_batch_locked(p);
  }
}

// Puts a freed stack on a free list, pages and all.
void push_free(free_list& list, std::mutex& mu, const fiber_stack& s) {
  std::lock_guard<std::mutex> lock(mu);
  list.push(s, false);
}

// Turns the hot stacks of list beyond hot_stacks_after_gc cold. The pages
// are dropped outside the lock (the stacks are off the list meanwhile).
void trim_hot(free_list& list, std::mutex& mu) {
  std::vector<fiber_stack> trimmed;
  {
    std::lock_guard<std::mutex> lock(mu);
    if (list.hot.size() <= hot_stacks_after_gc) return;
    // The oldest (bottom of the LIFO) are the coldest in the caches.
    auto end = list.hot.begin() + static_cast<std::ptrdiff_t>(list.hot.size() - hot_stacks_after_gc);
    trimmed.assign(list.hot.begin(), end);
    list.hot.erase(list.hot.begin(), end);
    list.count = list.size();
    list.hot_count = list.hot.size();
  }
  for (const fiber_stack& s : trimmed) madvise(s.lo, static_cast<std::size_t>(s.hi - s.lo), MADV_DONTNEED);
  std::lock_guard<std::mutex> lock(mu);
  for (const fiber_stack& s : trimmed) list.push(s, true);
}

void release_stack(const fiber_stack& s) {
  pool_state& p = pool();
  if (p.trim_pending.load(std::memory_order_relaxed) && p.trim_pending.exchange(false)) {
    trim_hot(p.free_guarded, p.mu);
    trim_hot(p.free_carved, p.mu);
  }
  if (!s.guarded) {
    push_free(p.free_carved, p.mu, s);
    p.carved_in_use--;
    return;
  }
  p.guarded_in_use--;
  if (s.hi - s.lo == static_cast<std::ptrdiff_t>(goroutine_stack_size()) &&
      p.free_guarded.count.load(std::memory_order_relaxed) < pool_limit) {
    push_free(p.free_guarded, p.mu, s);
    return;
  }
  munmap(s.mapping, s.mapping_size);
}

void trim_stack_pool_later() { pool().trim_pending.store(true, std::memory_order_relaxed); }

std::size_t pooled_hot_stacks() {
  pool_state& p = pool();
  return p.free_guarded.hot_count.load() + p.free_carved.hot_count.load();
}

std::size_t guarded_stacks_in_use() { return pool().guarded_in_use.load(); }
std::size_t carved_stacks_in_use() { return pool().carved_in_use.load(); }

boost::context::stack_context preallocated_stack::allocate() {
  boost::context::stack_context sctx;
  sctx.size = static_cast<std::size_t>(stack_.hi - stack_.lo);
  sctx.sp = stack_.hi;
  return sctx;
}

void preallocated_stack::deallocate(boost::context::stack_context&) noexcept { release_stack(stack_); }

}  // namespace go::sched
