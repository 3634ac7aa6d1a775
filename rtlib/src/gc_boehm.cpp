// This file implements go::alloc with the Boehm-Demers-Weiser collector,
// thread-safe build. Boehm returns zeroed memory from both GC_MALLOC (scanned)
// and GC_MALLOC_ATOMIC (we clear it: atomic objects are not zeroed by Boehm).
// An allocation failure is Go's fatal "out of memory", not a panic. After
// an allocation that let the collector run, the finalizer goroutine starts
// if the collection found finalizers to run (finalizer.cpp).
#define GC_THREADS
#include <gc/gc.h>

#include <cstdlib>
#include <cstring>
#include <mutex>

#include "go/memory.hpp"
#include "go/output.hpp"
#include "finalizer.hpp"
#include "gc_stats.hpp"

namespace go {

void gc_init() {
  static std::once_flag once;
  std::call_once(once, [] {
    GC_INIT();
    // Go's heap goal never drops below 4 MB (heapminimum): without such a
    // floor Boehm collects every few hundred KiB of garbage while the live
    // heap is small, and each collection stops every thread.
    if (std::getenv("GC_INITIAL_HEAP_SIZE") == nullptr) GC_expand_hp(4 << 20);
    GC_allow_register_threads();
    internal::install_gc_stats();
    internal::install_finalizers();
  });
}

namespace {
// Most programs reach run_main first; tests and static initialisers may
// allocate before it, so the first allocation starts the collector too.
const bool gc_started_at_load = (gc_init(), true);

[[noreturn]] void out_of_memory() {
  write_stderr("fatal error: runtime: out of memory\n");
  std::_Exit(2);
}
}  // namespace

void* alloc(std::size_t n) {
  if (n == 0) n = 1;  // distinct objects keep distinct addresses
  void* p = GC_MALLOC(n);
  if (p == nullptr) out_of_memory();
  internal::count_malloc();
  internal::start_finalizers_if_ready();  // a collection may have found some
  return p;
}

void* alloc_atomic(std::size_t n) {
  if (n == 0) n = 1;
  void* p = GC_MALLOC_ATOMIC(n);
  if (p == nullptr) out_of_memory();
  internal::count_malloc();
  std::memset(p, 0, n);
  internal::start_finalizers_if_ready();
  return p;
}

}  // namespace go
