// The walk of a stack from saved registers (cfi_unwind.hpp) must find the
// frames the C++ library's unwinder finds from the same point: a chain of
// calls records its registers at the innermost one, then both walks run
// there and their return addresses must agree, frame by frame.
#include <gtest/gtest.h>

#include <pthread.h>

#include <cstring>
#include <vector>

#include "cfi_unwind.hpp"
#include "runtime_internal.hpp"

namespace {

using go::uintptr;

struct walks {
  std::vector<uintptr> saved;     // from the registers, over a copy
  std::vector<uintptr> captured;  // from the live stack
};

// The used part of the calling thread's stack above sp.
std::size_t stack_above(uintptr sp) {
  pthread_attr_t attr;
  pthread_getattr_np(pthread_self(), &attr);
  void* lo = nullptr;
  std::size_t size = 0;
  pthread_attr_getstack(&attr, &lo, &size);
  pthread_attr_destroy(&attr);
  return reinterpret_cast<uintptr>(lo) + size - sp;
}

__attribute__((noinline)) void innermost(walks& w) {
  go::internal::saved_registers regs;
  go::internal::save_registers(&regs);
  uintptr pcs[64];
  int n = go::internal::capture_pcs(pcs, 64, 0);
  w.captured.assign(pcs, pcs + n);
  // The copy sits elsewhere, as a parked goroutine's stack would be read.
  std::vector<char> bytes(stack_above(regs.sp));
  std::memcpy(bytes.data(), reinterpret_cast<const char*>(regs.sp), bytes.size());
  go::internal::stack_copy stack{regs.sp, bytes.data(), bytes.size()};
  n = go::internal::unwind_saved(regs, stack, pcs, 64);
  w.saved.assign(pcs, pcs + n);
  asm volatile("" ::: "memory");
}

// Frames that keep callee-saved registers and locals alive across the
// call, so that the walk must restore them from the frame rules.
__attribute__((noinline)) int middle(walks& w, int depth, volatile int* sink) {
  int local[8];
  for (int i = 0; i < 8; i++) local[i] = depth * i + *sink;
  if (depth == 0) innermost(w);
  else middle(w, depth - 1, sink);
  int sum = 0;
  for (int i = 0; i < 8; i++) sum += local[i];
  return sum + depth;
}

TEST(CfiUnwind, SavedRegistersWalkFindsTheLiveStacksFrames) {
  walks w;
  volatile int sink = 1;
  middle(w, 5, &sink);
  // The first saved pc is inside innermost, as is capture_pcs's first.
  ASSERT_GE(w.saved.size(), 8u);
  ASSERT_GE(w.captured.size(), 8u);
  // Frames from innermost's caller on: middle x6, then the test body.
  for (std::size_t i = 1; i < 8; i++) EXPECT_EQ(w.saved[i], w.captured[i]) << "frame " << i;
}

TEST(CfiUnwind, CopyThatEndsEarlyStopsTheWalk) {
  go::internal::saved_registers regs;
  go::internal::save_registers(&regs);
  std::vector<char> bytes(16);
  std::memcpy(bytes.data(), reinterpret_cast<const char*>(regs.sp), bytes.size());
  go::internal::stack_copy stack{regs.sp, bytes.data(), bytes.size()};
  uintptr pcs[8];
  EXPECT_LE(go::internal::unwind_saved(regs, stack, pcs, 8), 2);
}

TEST(CfiUnwind, UnmappedMemoryIsNotCopied) {
  char dst[64];
  EXPECT_FALSE(go::internal::copy_memory_safely(dst, reinterpret_cast<const void*>(uintptr(16)), sizeof dst));
  const char src[] = "parked";
  ASSERT_TRUE(go::internal::copy_memory_safely(dst, src, sizeof src));
  EXPECT_STREQ(dst, "parked");
}

}  // namespace
