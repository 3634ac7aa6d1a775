// This file declares the walk of a stack that is not running: a parked
// goroutine's. The unwinder of the C++ library (behind capture_pcs) only
// walks the calling thread's own stack, so the goroutine records its
// callee-saved registers where it parks (save_registers, in the frame that
// stays live while it is away), and unwind_saved replays the program's
// call-frame information (.eh_frame) from there over a copy of its stack.
// gc walks any goroutine's stack from its saved sched.pc/sp the same way,
// with its own tables. x86-64 only; elsewhere the walk finds no frame.
#pragma once

#include <cstddef>

#include "go/types.hpp"

namespace go::internal {

// Where a suspended goroutine stopped: a pc inside the parking function,
// its stack pointer there, and the callee-saved registers of the SysV ABI.
struct saved_registers {
  uintptr pc = 0, sp = 0, bp = 0, bx = 0, r12 = 0, r13 = 0, r14 = 0, r15 = 0;
};

// Records the registers at this point of the calling function, which must
// stay on the stack (not return) for as long as the record is used.
__attribute__((always_inline)) inline void save_registers(saved_registers* r) {
#if defined(__x86_64__)
  asm volatile(
      "leaq 0f(%%rip), %%rax\n\t"
      "movq %%rax, 0(%0)\n\t"
      "movq %%rsp, 8(%0)\n\t"
      "movq %%rbp, 16(%0)\n\t"
      "movq %%rbx, 24(%0)\n\t"
      "movq %%r12, 32(%0)\n\t"
      "movq %%r13, 40(%0)\n\t"
      "movq %%r14, 48(%0)\n\t"
      "movq %%r15, 56(%0)\n"
      "0:\n\t"
      :
      : "r"(r)
      : "rax", "memory");
#else
  *r = saved_registers{};
#endif
}

// A copy of a stack's bytes [lo, lo + size), taken while it did not run.
struct stack_copy {
  uintptr lo = 0;
  const char* bytes = nullptr;
  std::size_t size = 0;
};

// The pcs of the frames from regs outwards, innermost first, as capture_pcs
// gives them (a caller's pc is its return address minus one), at most max;
// stops where the call-frame information or the copy ends. In a signal
// handler it takes no lock and allocates nothing, and finds only the frames
// of objects linked with an .eh_frame_hdr (prepare_signal_safe_unwind
// first).
int unwind_saved(const saved_registers& regs, const stack_copy& stack, uintptr* pcs, int max,
                 bool in_signal_handler = false);

// Lists the loaded objects' .eh_frame_hdr tables, once (it takes the
// dynamic loader's lock: not from a signal handler).
void prepare_signal_safe_unwind();

// Copies n bytes at src into dst, false (and nothing trusted in dst) if
// some of them are not mapped: the stack of a goroutine that may wake and
// be compacted meanwhile is read this way.
bool copy_memory_safely(void* dst, const void* src, std::size_t n);

}  // namespace go::internal
