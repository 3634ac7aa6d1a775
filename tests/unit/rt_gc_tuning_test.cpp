// Tests of how rtlib tunes Boehm's collector for speed (src/gc_boehm.cpp,
// src/gc_stats.cpp): Go's default pacing (GOGC=100) instead of Boehm's,
// huge pages behind large pointer-free objects, and the live-object count
// that ReadMemStats reports although it is taken only when asked for.
#define GC_THREADS
#include <gc/gc.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "go/memory.hpp"
#include "go/runtime.hpp"
#include "runtime/runtime.hpp"

namespace {

TEST(GCTuning, DefaultPacingIsGOGC100) {
  if (std::getenv("GOGC") != nullptr) GTEST_SKIP() << "GOGC is set";
  go::gc_init();
  // Boehm collects after heap/divisor bytes: divisor 1 is a heap goal of
  // twice the live heap, gc's GOGC=100 (Boehm's own default is 3).
  EXPECT_EQ(GC_get_free_space_divisor(), 1u);
}

// The VmFlags line of the mapping that holds addr in /proc/self/smaps.
std::string vm_flags_of(const void* addr) {
  auto a = reinterpret_cast<std::uintptr_t>(addr);
  std::ifstream smaps("/proc/self/smaps");
  std::string line;
  bool inside = false;
  while (std::getline(smaps, line)) {
    std::uintptr_t lo = 0, hi = 0;
    char dash = 0;
    std::istringstream range(line);
    if (range >> std::hex >> lo >> dash >> hi && dash == '-' && line.find(':') > line.find(' ')) {
      inside = lo <= a && a < hi;
    } else if (inside && line.rfind("VmFlags:", 0) == 0) {
      return line;
    }
  }
  return "";
}

TEST(GCTuning, LargePointerFreeObjectsAskForHugePages) {
  constexpr std::size_t size = 16 << 20;
  auto* p = static_cast<unsigned char*>(go::alloc_atomic(size));
  for (std::size_t i = 0; i < size; i += 4096) ASSERT_EQ(p[i], 0) << "not zeroed at " << i;
  std::string flags = vm_flags_of(p + size / 2);
  ASSERT_FALSE(flags.empty()) << "no mapping holds the object";
  EXPECT_NE(flags.find(" hg"), std::string::npos) << flags;  // MADV_HUGEPAGE
}

TEST(GCTuning, LiveCountIsTheLastCollectionsAfterTwoUnreadOnes) {
  runtime::GC();
  runtime::MemStats before;
  runtime::ReadMemStats(&before);
  // Two collections with no read between them, each with more live objects.
  constexpr int n = 4000;
  auto** first = static_cast<void**>(go::alloc(n * sizeof(void*)));
  for (int i = 0; i < n; i++) first[i] = go::alloc(48);
  runtime::GC();
  auto** second = static_cast<void**>(go::alloc(n * sizeof(void*)));
  for (int i = 0; i < n; i++) second[i] = go::alloc(48);
  runtime::GC();
  runtime::MemStats after;
  runtime::ReadMemStats(&after);
  // A count left from the first collection would be about n short; a few
  // objects of before's may have died since (hence the slack).
  EXPECT_GE(after.HeapObjects + n / 2, before.HeapObjects + 2 * n);
  EXPECT_EQ(after.Frees, after.Mallocs - after.HeapObjects);
  EXPECT_NE(first[n - 1], second[n - 1]);  // both arrays stay live until here
}

}  // namespace
