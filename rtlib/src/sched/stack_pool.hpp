// This file declares the goroutine stack allocator: mmap'd stacks with a
// guard page below them, pooled for reuse and safe to use from any thread.
//
// Why our own: Boost's pooled_fixedsize_stack is not thread-safe, and its
// protected_fixedsize_stack costs two kernel mappings per stack, which runs
// into vm.max_map_count (65530 here) near 32k goroutines. Here every stack
// also has a known [lo, hi) range, which the collector glue needs to scan
// suspended goroutines. Pages are reserved, not committed: a goroutine that
// never recurses deeply costs the few pages at the top of its stack.
//
// Guard pages cost kernel mappings: a PROT_NONE page between two stacks
// splits their region, so every guarded stack is two mappings (VMAs)
// however the stacks are laid out (one region per stack, or many stacks
// with a PROT_NONE page between each, as here: guarded stacks are mapped
// 16 at a time to save system calls, not mappings). The budget for them is
// half of what the kernel allows after leaving a quarter of
// vm.max_map_count (at least 8192) to everything else: ~24,500 guarded
// stacks at the default 65530. Past it, stacks are carved from shared
// regions of 256 stacks (one mapping per region) without guard pages. For
// those the scheduler checks, whenever the goroutine parks, that its stack
// pointer is still inside the stack (an overflow that returns before
// parking goes unnoticed and corrupts the neighbouring stack: the price of
// going past the kernel's mapping limit; a recursion without end runs on
// into unmapped memory and is reported as a stack overflow).
//
// Freed stacks are pooled (up to 16384) with their pages; after each
// collection all but 2048 of them give their pages back to the kernel
// (MADV_DONTNEED).
#pragma once

#include <boost/context/stack_context.hpp>
#include <cstddef>
#include <cstdint>

namespace go::sched {

struct fiber_stack {
  char* lo = nullptr;     // lowest usable byte (just above the guard page)
  char* hi = nullptr;     // one past the highest byte: the initial stack pointer
  bool guarded = false;   // false: carved from a shared region, no guard page
  char* mapping = nullptr;        // what to munmap (guarded stacks only)
  std::size_t mapping_size = 0;
};

// Usable bytes of an ordinary goroutine's stack (256 KiB: room for deep-ish
// recursion and a collection, ~27 KB, while eight stacks share one page-table
// page), and of goroutine 1's (gc's
// limit is 1 GB; pages are committed only when touched).
// GO2CPP_STACK_KB in the environment overrides it (at least 64, a multiple
// of 4) for programs that recurse deeply in goroutines other than main.
std::size_t goroutine_stack_size();
constexpr std::size_t main_goroutine_stack_size = std::size_t(1) << 30;

fiber_stack acquire_stack(std::size_t size);
void release_stack(const fiber_stack& s);
// True when sp lies outside the stack (checked for unguarded stacks).
inline bool stack_overflowed(const fiber_stack& s, const void* sp) {
  return static_cast<const char*>(sp) < s.lo;
}
// A collection ended: the next release trims the pool's warm stacks.
void trim_stack_pool_later();
// Counts for tests and benchmarks.
std::size_t pooled_hot_stacks();
std::size_t guarded_stacks_in_use();
std::size_t carved_stacks_in_use();

// A Boost.Fiber StackAllocator handing Boost one stack chosen beforehand;
// deallocate() returns it to the pool (Boost calls it from whichever thread
// releases the finished fiber).
class preallocated_stack {
 public:
  explicit preallocated_stack(const fiber_stack& s) : stack_(s) {}
  boost::context::stack_context allocate();
  void deallocate(boost::context::stack_context& sctx) noexcept;

 private:
  fiber_stack stack_;
};

}  // namespace go::sched
