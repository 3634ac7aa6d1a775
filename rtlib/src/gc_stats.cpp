// This file implements what package runtime reads of the collector
// (runtime.GC, ReadMemStats, debug.SetGCPercent, FreeOSMemory): Boehm's own
// counters, plus what Boehm does not count and Go reports: allocations
// (one counter per thread, bumped by go::alloc), collections forced by the
// program, pause times and the end of the last collection, and the live
// objects a collection left (counted from its mark bits).
#define GC_THREADS
#include <gc/gc.h>
#include <gc/gc_mark.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include "gc_stats.hpp"

namespace go::internal {

namespace {

// Per-thread allocation counters, never freed (threads are few: the
// workers and the main thread); the list is only ever prepended to.
struct thread_counter {
  std::atomic<uint64> mallocs{0};
  thread_counter* next = nullptr;
};
std::atomic<thread_counter*> counters{nullptr};
thread_local thread_counter* my_counter = nullptr;

thread_counter* register_counter() {
  auto* c = new thread_counter;
  c->next = counters.load();
  while (!counters.compare_exchange_weak(c->next, c)) {
  }
  return c;
}

uint64 total_mallocs() {
  uint64 n = 0;
  for (thread_counter* c = counters.load(); c != nullptr; c = c->next) n += c->mallocs.load(std::memory_order_relaxed);
  return n;
}

int64 wall_now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}
int64 mono_now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Written by the collection callbacks (the collector holds its lock then)
// and read under the same lock by read_gc_stats.
struct collection_record {
  uint64 forced = 0;
  uint64 pause_total_ns = 0;
  uint64 pause_ns[256] = {};
  uint64 pause_end[256] = {};
  uint64 completed = 0;
  uint64 last_end_ns = 0;
  uint64 live_objects = 0;       // marked by the last collection
  uint64 live_bytes = 0;
  bool live_stale = false;       // a collection ended since they were counted
  uint64 uncounted = 0;          // objects found live whose allocation go::alloc did not count
  uint64 mallocs_at_mark = 0;    // total_mallocs() when it started
  int64 stop_started = 0;
  uint64 pause_of_cycle = 0;
} record;

// record.completed, readable without the collector's lock.
std::atomic<uint64> record_completed{0};

GC_on_collection_event_proc previous_event = nullptr;

struct marked_count {
  uint64 objects = 0;
  uint64 bytes = 0;
};
void count_marked(void*, size_t bytes, void* data) {
  auto* c = static_cast<marked_count*>(data);
  c->objects++;
  c->bytes += bytes;
}

void on_event(GC_EventType event) {
  switch (event) {
    case GC_EVENT_START:
      record.mallocs_at_mark = total_mallocs();
      record.pause_of_cycle = 0;
      break;
    case GC_EVENT_PRE_STOP_WORLD:
      record.stop_started = mono_now_ns();
      break;
    case GC_EVENT_POST_START_WORLD:
      record.pause_of_cycle += static_cast<uint64>(mono_now_ns() - record.stop_started);
      break;
    case GC_EVENT_RECLAIM_END:
      // Mark bits now tell exactly which objects survived, and they stay as
      // they are until the next collection starts (allocation does not set
      // them): count_live_if_stale counts them when someone asks, so that a
      // program that never reads its memory statistics does not walk the
      // heap after every collection (a tenth of binarytrees' time).
      record.live_stale = true;
      break;
    case GC_EVENT_END: {
      uint64 end = static_cast<uint64>(wall_now_ns());
      std::size_t slot = record.completed % 256;
      record.pause_ns[slot] = record.pause_of_cycle;
      record.pause_end[slot] = end;
      record.pause_total_ns += record.pause_of_cycle;
      record.last_end_ns = end;
      record.completed++;
      record_completed.store(record.completed, std::memory_order_relaxed);
      break;
    }
    default:
      break;
  }
  if (previous_event != nullptr) previous_event(event);
}

// Called with the collector's lock held (which keeps the mark bits still).
void count_live_if_stale() {
  if (!record.live_stale) return;
  marked_count live;
  GC_enumerate_reachable_objects_inner(count_marked, &live);
  record.live_objects = live.objects;
  record.live_bytes = live.bytes;
  record.live_stale = false;
}

void* read_locked(void* data) {
  auto* s = static_cast<gc_stats*>(data);
  count_live_if_stale();
  s->forced = record.forced;
  s->completed = record.completed;
  s->pause_total_ns = record.pause_total_ns;
  for (int i = 0; i < 256; i++) {
    s->pause_ns[i] = record.pause_ns[i];
    s->pause_end[i] = record.pause_end[i];
  }
  s->last_end_ns = record.last_end_ns;
  s->heap_objects = record.live_objects + (s->mallocs - record.mallocs_at_mark);
  // The runtime's own objects (goroutine records, panic records, channel
  // buffers) come from Boehm without go::alloc: a collection finds them
  // live without their allocation having been counted. Count them as
  // allocated then, so that Mallocs never falls below HeapObjects.
  if (s->heap_objects > s->mallocs + record.uncounted) record.uncounted = s->heap_objects - s->mallocs;
  s->mallocs += record.uncounted;
  s->heap_alloc = record.live_bytes + s->bytes_since_gc;
  return nullptr;
}

std::atomic<int> gc_percent{100};

}  // namespace

void install_gc_stats() {
  static std::once_flag once;
  std::call_once(once, [] {
    previous_event = GC_get_on_collection_event();
    GC_set_on_collection_event(on_event);
    // GOGC as gc reads it at start-up: "off" or a percentage, 100 when
    // unset (Boehm's own default, divisor 3, would be GOGC=33: three times
    // as many collections as gc makes).
    int percent = 100;
    if (const char* gogc = std::getenv("GOGC"); gogc != nullptr && *gogc != '\0') {
      if (std::strcmp(gogc, "off") == 0) percent = -1;
      else {
        char* end = nullptr;
        long v = std::strtol(gogc, &end, 10);
        if (*end == '\0') percent = static_cast<int>(v);  // gc ignores a malformed value
      }
    }
    set_gc_percent(percent);
  });
}

void count_malloc() {
  thread_counter* c = my_counter;
  if (c == nullptr) c = my_counter = register_counter();
  // One writer per counter: a relaxed load and store is enough.
  c->mallocs.store(c->mallocs.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

void collect_garbage() {
  GC_gcollect();
  GC_call_with_alloc_lock([](void*) -> void* {
    record.forced++;
    return nullptr;
  }, nullptr);
}

void collect_and_release_memory() {
  // Boehm's forced unmapping returns only blocks that have stayed free for
  // more than one cycle (GC_unmap_threshold 1 during GC_gcollect_and_unmap):
  // the garbage this call frees becomes old enough after two more cycles.
  GC_gcollect();
  GC_gcollect();
  GC_gcollect_and_unmap();
}

uint64 collections() { return record_completed.load(std::memory_order_relaxed); }

gc_stats read_gc_stats() {
  gc_stats s;
  GC_prof_stats_s p{};
  GC_get_prof_stats(&p, sizeof p);
  s.heap_sys = p.heapsize_full;
  s.heap_released = p.unmapped_bytes;
  s.heap_idle = p.free_bytes_full;
  s.heap_in_use = p.heapsize_full - p.free_bytes_full;
  s.total_alloc = p.allocd_bytes_before_gc + p.bytes_allocd_since_gc;
  s.obtained_from_os = p.obtained_from_os_bytes;
  s.mallocs = total_mallocs();
  s.bytes_since_gc = p.bytes_allocd_since_gc;
  GC_call_with_alloc_lock(read_locked, &s);
  s.enabled = GC_is_disabled() == 0;
  // Boehm collects when the bytes allocated since the last collection
  // exceed the heap divided by the free-space divisor.
  GC_word divisor = GC_get_free_space_divisor();
  s.next_gc = s.heap_in_use + (divisor ? p.heapsize_full / divisor : 0) - p.bytes_allocd_since_gc;
  return s;
}

int set_gc_percent(int percent) {
  int old = gc_percent.exchange(percent);
  if (percent < 0) {
    if (old >= 0) GC_disable();
  } else {
    if (old < 0) GC_enable();
    // Go's heap goal is live * (1 + GOGC/100): a collection once the heap
    // has grown by GOGC percent. Boehm's divisor D collects after
    // heap/D bytes of allocation, so D = 100/GOGC (at least 1).
    GC_word divisor = percent == 0 ? 100 : static_cast<GC_word>(100 / percent);
    GC_set_free_space_divisor(divisor < 1 ? 1 : divisor);
  }
  return old;
}

}  // namespace go::internal
