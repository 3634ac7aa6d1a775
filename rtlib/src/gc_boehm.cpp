// This file implements go::alloc with the Boehm-Demers-Weiser collector,
// thread-safe build. Boehm returns zeroed memory from both GC_MALLOC (scanned)
// and GC_MALLOC_ATOMIC (we clear it: atomic objects are not zeroed by Boehm).
// An allocation failure is Go's fatal "out of memory", not a panic. After
// an allocation that let the collector run, the finalizer goroutine starts
// if the collection found finalizers to run (finalizer.cpp).
#define GC_THREADS
#include <gc/gc.h>
#include <sys/mman.h>

#include <csignal>

#include <cstdint>
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
#if defined(__SANITIZE_THREAD__)
    // Under ThreadSanitizer (scripts/tsan-sched) Boehm stops the world with
    // signals TSan treats as synchronous, whose handler it runs at once.
    // TSan defers asynchronous ones (Boehm's default SIGPWR/SIGXCPU) to the
    // thread's next intercepted call and runs them with every signal
    // blocked; worker threads were then seen with all signals blocked and
    // the suspend signal pending, and Boehm aborted at the 2nd collection
    // ("Signals delivery fails constantly"). Handled at once, a thread can
    // be stopped inside TSan's runtime holding one of its locks, which the
    // collecting thread may then wait for: SchedGc (hundreds of forced
    // collections) passes in about 3 runs of 4 and hangs in the others, so
    // scripts/tsan-smoke leaves it out.
    GC_set_suspend_signal(SIGSYS);
    GC_set_thr_restart_signal(SIGTRAP);
#endif
    // Boehm collects once inside GC_INIT ("precollect"), before anything
    // is allocated: a full mark of the data segments that finds nothing,
    // a tenth of a millisecond added to every program's start.
    GC_set_dont_precollect(1);
    GC_INIT();
    // Boehm's warnings ("Repeated allocation of very large block", ...) are
    // the collector talking, on the program's stderr, where a gc-built
    // program prints nothing; GO2CPP_GC_WARNINGS=1 lets them through.
    if (std::getenv("GO2CPP_GC_WARNINGS") == nullptr) GC_set_warn_proc(GC_ignore_warn_proc);
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
// Large pointer-free objects (the byte buffers of programs that read or
// build big inputs) ask for transparent huge pages before they are first
// touched, as Go's heap arenas do: with THP in "madvise" mode, a 50 MB
// buffer otherwise costs 12,000 page faults where gc takes a few hundred.
// Only whole 2 MB pages inside the object are advised; smaller objects
// share pages with others and gain nothing.
constexpr std::size_t huge_page = std::size_t{2} << 20;
constexpr std::size_t huge_page_threshold = 2 * huge_page;

void advise_huge_pages(void* p, std::size_t n) {
  auto begin = (reinterpret_cast<std::uintptr_t>(p) + huge_page - 1) & ~(huge_page - 1);
  auto end = (reinterpret_cast<std::uintptr_t>(p) + n) & ~(huge_page - 1);
  if (begin < end) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);  // advice only: errors are harmless
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
  if (n >= huge_page_threshold) advise_huge_pages(p, n);
  std::memset(p, 0, n);
  internal::start_finalizers_if_ready();
  return p;
}

}  // namespace go
