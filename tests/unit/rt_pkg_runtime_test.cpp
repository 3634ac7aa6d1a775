// Tests of the runtime packages' natives seen from C++: the collector
// statistics behind runtime.ReadMemStats (src/gc_stats.cpp), GOGC's
// mapping in debug.SetGCPercent, and sync/atomic on nil addresses.
#include <gtest/gtest.h>

#include "go/runtime.hpp"
#include "runtime/debug/debug.hpp"
#include "runtime/runtime.hpp"
#include "sync/atomic/atomic.hpp"

namespace {

runtime::MemStats read() {
  runtime::MemStats m;
  runtime::ReadMemStats(&m);
  return m;
}

TEST(RuntimePackage, GCIsCountedAsForced) {
  runtime::MemStats before = read();
  runtime::GC();
  runtime::MemStats after = read();
  EXPECT_EQ(after.NumForcedGC, before.NumForcedGC + 1);
  EXPECT_GT(after.NumGC, before.NumGC);
  EXPECT_GE(after.LastGC, before.LastGC);
  EXPECT_EQ(after.PauseEnd.v[(after.NumGC + 255) % 256], after.LastGC);
}

TEST(RuntimePackage, AllocationsAreCountedAndLiveOnesSurvive) {
  constexpr int n = 5000;
  runtime::MemStats before = read();
  // The collector scans this array (GC memory), so the objects stay live.
  auto** objects = static_cast<void**>(go::alloc(n * sizeof(void*)));
  for (int i = 0; i < n; i++) objects[i] = go::alloc(32);
  runtime::GC();
  runtime::MemStats after = read();
  EXPECT_GE(after.Mallocs - before.Mallocs, static_cast<go::uint64>(n + 1));
  EXPECT_GE(after.HeapObjects, static_cast<go::uint64>(n));
  EXPECT_GE(after.HeapAlloc, static_cast<go::uint64>(n * 32));
  EXPECT_LE(after.HeapAlloc, after.TotalAlloc);
  EXPECT_EQ(after.Frees, after.Mallocs - after.HeapObjects);
  EXPECT_NE(objects[n - 1], nullptr);
}

TEST(RuntimePackage, SetGCPercentReturnsThePreviousSetting) {
  go::int_ initial = runtime::debug::SetGCPercent(50);
  EXPECT_EQ(runtime::debug::SetGCPercent(-7), 50);
  EXPECT_EQ(runtime::debug::SetGCPercent(initial), -1);  // negative is stored as -1, as gc does
}

TEST(AtomicPackage, NilAddressPanicsAsANilDereference) {
  try {
    sync_::atomic::AddInt64(nullptr, 1);
    FAIL() << "no panic";
  } catch (const go::panic_error& e) {
    EXPECT_EQ(e.text(), "runtime error: invalid memory address or nil pointer dereference");
    go::release_panic_chain(e.record);
  }
}

TEST(AtomicPackage, OperationsReturnWhatGoSpecifies) {
  go::uint32 u = 0;
  EXPECT_EQ(sync_::atomic::AddUint32(&u, ~go::uint32(0)), ~go::uint32(0));  // wraps
  EXPECT_TRUE(sync_::atomic::CompareAndSwapUint32(&u, ~go::uint32(0), 3));
  EXPECT_FALSE(sync_::atomic::CompareAndSwapUint32(&u, 4, 5));
  EXPECT_EQ(sync_::atomic::SwapUint32(&u, 9), 3u);
  EXPECT_EQ(sync_::atomic::LoadUint32(&u), 9u);
}

}  // namespace
