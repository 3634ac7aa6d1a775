// This file declares the collector statistics and controls that package
// runtime and runtime/debug need (gc_stats.cpp), in Go's terms.
#pragma once

#include "go/types.hpp"

namespace go::internal {

struct gc_stats {
  uint64 heap_sys = 0;        // bytes of heap obtained (including unmapped)
  uint64 heap_idle = 0;       // free and unmapped bytes of it
  uint64 heap_in_use = 0;     // bytes of the blocks that hold objects
  uint64 heap_alloc = 0;      // bytes of objects: survivors of the last collection plus allocations since
  uint64 bytes_since_gc = 0;
  uint64 heap_released = 0;   // unmapped (returned to the OS)
  uint64 total_alloc = 0;     // bytes ever allocated
  uint64 obtained_from_os = 0;
  uint64 mallocs = 0;         // objects ever allocated
  uint64 heap_objects = 0;    // survivors of the last collection plus allocations since
  uint64 next_gc = 0;         // heap size at which Boehm collects next
  uint64 completed = 0;       // collections
  uint64 forced = 0;          // of which runtime.GC asked for
  uint64 last_end_ns = 0;     // wall clock at the end of the last one
  uint64 pause_total_ns = 0;
  uint64 pause_ns[256] = {};  // circular, indexed by collection number
  uint64 pause_end[256] = {};
  bool enabled = true;
};

// Hooks the collection callbacks (gc_init calls it).
void install_gc_stats();
// Counts one allocation on the calling thread (go::alloc calls it).
void count_malloc();
// runtime.GC: a full collection, counted as forced.
void collect_garbage();
// debug.FreeOSMemory: a collection that returns free pages to the OS.
void collect_and_release_memory();
gc_stats read_gc_stats();
// Completed collections (cheap: no lock).
uint64 collections();
// debug.SetGCPercent: negative disables collection; returns the old value.
int set_gc_percent(int percent);

}  // namespace go::internal
