// This file implements what package sync takes from the runtime
// (runtime.go): the semaphore and notify lists of rtlib's scheduler, gc's
// fatal error report, and the collection count that Pool ages by.
#include <cstdlib>
#include <string>

#include "gc_stats.hpp"
#include "go/sched/notify_list.hpp"
#include "go/sched/sema.hpp"
#include "go/sched/timer.hpp"
#include "runtime_internal.hpp"
#include "sync/sync.hpp"

namespace sync_ {

namespace {

// Go declares the list with plain words; the runtime's has atomics of the
// same sizes at the same offsets (all zero is the empty list in both).
go::sched::notify_list* runtime_list(notifyList* l) {
  static_assert(sizeof(notifyList) == sizeof(go::sched::notify_list));
  return reinterpret_cast<go::sched::notify_list*>(&go::deref(l));
}

}  // namespace

void runtime_Semacquire(go::uint32* s) { go::sched::semacquire(&go::deref(s)); }

void runtime_SemacquireMutex(go::uint32* s, bool lifo) { go::sched::semacquire(&go::deref(s), lifo); }

void runtime_Semrelease(go::uint32* s, bool handoff) { go::sched::semrelease(&go::deref(s), handoff); }

bool runtime_canSpin(go::int_ i) { return go::sched::can_spin(static_cast<int>(i)); }

void runtime_doSpin() { go::sched::spin_briefly(); }

go::int64 runtime_nanotime() { return go::sched::nanotime(); }

go::uint32 runtime_notifyListAdd(notifyList* l) { return go::sched::notify_list_add(runtime_list(l)); }

void runtime_notifyListWait(notifyList* l, go::uint32 t) { go::sched::notify_list_wait(runtime_list(l), t); }

void runtime_notifyListNotifyAll(notifyList* l) { go::sched::notify_list_notify_all(runtime_list(l)); }

void runtime_notifyListNotifyOne(notifyList* l) { go::sched::notify_list_notify_one(runtime_list(l)); }

void fatal(go::string s) {
  go::uintptr pcs[64];
  int n = go::internal::capture_pcs(pcs, 64, 0);
  go::internal::die_of_fatal_error(std::string(go::view(s)), pcs, n);
}

go::uint32 gcCount() { return static_cast<go::uint32>(go::internal::collections()); }

}  // namespace sync_
