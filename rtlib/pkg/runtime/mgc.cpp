// This file implements package runtime's collector natives (mgc.go) on
// Boehm's collector, through rtlib's statistics glue (src/gc_stats.cpp).
#include "finalizer.hpp"
#include "gc_stats.hpp"
#include "go/sched/sched.hpp"
#include "runtime/runtime.hpp"

namespace runtime {

// A full collection. gc's runtime.GC parks its caller while the marking
// runs, so goroutines that were ready run first; the caller yields once
// before collecting for the same effect, which also matters to a
// conservative scan: a ready goroutine that finishes leaves no frames
// behind holding pointers it no longer needs (typeparam/chans.go's
// receiver, readied in its channel receive, kept its finalizer from
// running when the collection came first). If the collection found
// finalizers to run, the caller yields again so that the finalizer
// goroutine starts on them.
void GC() {
  go::gosched();
  go::internal::collect_garbage();
  if (go::internal::start_finalizers()) go::gosched();
}

void SetFinalizer(go::any obj, go::any finalizer) { go::internal::set_finalizer(obj, finalizer); }

// The argument is passed to an out-of-line function (no link-time
// optimisation crosses into rtlib), so the caller keeps the pointer in a
// register or its frame until here, where the conservative collector sees it.
__attribute__((noinline)) void KeepAlive(go::any x) { asm volatile("" : : "r"(x.data) : "memory"); }

void ReadMemStats(MemStats* m) {
  go::internal::gc_stats s = go::internal::read_gc_stats();
  MemStats& r = go::deref(m);
  r = MemStats{};
  r.Alloc = r.HeapAlloc = s.heap_alloc;
  r.TotalAlloc = s.total_alloc;
  r.Sys = s.obtained_from_os;
  r.Mallocs = s.mallocs;
  r.HeapObjects = s.heap_objects;
  r.Frees = s.mallocs > s.heap_objects ? s.mallocs - s.heap_objects : 0;
  r.HeapSys = s.heap_sys;
  r.HeapIdle = s.heap_idle;
  r.HeapInuse = s.heap_in_use;
  r.HeapReleased = s.heap_released;
  r.GCSys = s.obtained_from_os > s.heap_sys ? s.obtained_from_os - s.heap_sys : 0;
  r.NextGC = s.next_gc;
  r.LastGC = s.last_end_ns;
  r.PauseTotalNs = s.pause_total_ns;
  for (int i = 0; i < 256; i++) {
    r.PauseNs.v[i] = s.pause_ns[i];
    r.PauseEnd.v[i] = s.pause_end[i];
  }
  r.NumGC = static_cast<go::uint32>(s.completed);
  r.NumForcedGC = static_cast<go::uint32>(s.forced);
  r.EnableGC = true;  // gc reports true even with GOGC=off
}

}  // namespace runtime
