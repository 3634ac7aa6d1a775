// This file declares Go's finalizers on Boehm's collector (finalizer.cpp):
// runtime.SetFinalizer's contract, and the hooks through which the
// allocator and runtime.GC start the finalizer goroutine.
#pragma once

#include <atomic>

#include "go/iface.hpp"

namespace go::internal {

// runtime.SetFinalizer(obj, finalizer), with gc's checks and its fatal
// errors ("runtime.SetFinalizer: first argument is int, not pointer").
void set_finalizer(const any& obj, const any& finalizer);

// Set by the collector when objects with finalizers became unreachable.
extern std::atomic<bool> finalizers_ready;

// Starts the finalizer goroutine when the collector found work for it and
// none is running. Only from a goroutine, at a point where spawning one is
// safe (an allocation, runtime.GC). Returns whether one is running.
bool start_finalizers();
inline void start_finalizers_if_ready() {
  if (finalizers_ready.load(std::memory_order_relaxed)) [[unlikely]] start_finalizers();
}

// Sets the collector up for finalizers (gc_init calls it).
void install_finalizers();

}  // namespace go::internal
