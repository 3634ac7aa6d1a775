// This file implements gc's answer to SIGQUIT (^\ in a terminal): the
// program prints every goroutine's stack and exits with status 2, the way
// one asks a hung Go program where it is. The report is gc's: the signal
// line, the interrupted pc, the goroutine the signal interrupted (when the
// thread was running one), the others (sched/goroutine_dump.cpp) and the
// registers. stdout is flushed first, as at any crash. gc also lists its
// runtime's goroutine 0 and system goroutines; ours has none to show.
#include <signal.h>
#include <ucontext.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "runtime_internal.hpp"

namespace go::internal {

namespace {

std::string hex(unsigned long long v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", v);
  return buf;
}

// gc's dumpregs, in its order and spelling.
std::string register_dump(const ucontext_t* uc) {
#if defined(__x86_64__)
  const greg_t* r = uc->uc_mcontext.gregs;
  struct named {
    const char* name;
    int reg;
  };
  static constexpr named order[] = {
      {"rax    ", REG_RAX}, {"rbx    ", REG_RBX}, {"rcx    ", REG_RCX}, {"rdx    ", REG_RDX}, {"rdi    ", REG_RDI},
      {"rsi    ", REG_RSI}, {"rbp    ", REG_RBP}, {"rsp    ", REG_RSP}, {"r8     ", REG_R8},  {"r9     ", REG_R9},
      {"r10    ", REG_R10}, {"r11    ", REG_R11}, {"r12    ", REG_R12}, {"r13    ", REG_R13}, {"r14    ", REG_R14},
      {"r15    ", REG_R15}, {"rip    ", REG_RIP}, {"rflags ", REG_EFL}};
  std::string out;
  for (const named& n : order) out += n.name + hex(static_cast<unsigned long long>(r[n.reg])) + "\n";
  // cs, fs and gs share one word: cs in its low 16 bits, then gs, then fs.
  unsigned long long csgsfs = static_cast<unsigned long long>(r[REG_CSGSFS]);
  out += "cs     " + hex(csgsfs & 0xffff) + "\n";
  out += "fs     " + hex((csgsfs >> 32) & 0xffff) + "\n";
  out += "gs     " + hex((csgsfs >> 16) & 0xffff) + "\n";
  return out;
#else
  (void)uc;
  return "";
#endif
}

unsigned long long interrupted_pc(const ucontext_t* uc) {
#if defined(__x86_64__)
  return static_cast<unsigned long long>(uc->uc_mcontext.gregs[REG_RIP]);
#else
  (void)uc;
  return 0;
#endif
}

std::atomic<bool> dumping{false};

void on_quit(int, siginfo_t* info, void* context) {
  // A second ^\ while the first report is written changes nothing.
  if (dumping.exchange(true)) return;
  flush_stdout_for_crash();
  const auto* uc = static_cast<const ucontext_t*>(context);
  std::string report = "SIGQUIT: quit\nPC=" + hex(interrupted_pc(uc)) + " m=" + std::to_string(current_thread_number()) +
                       " sigcode=" + std::to_string(info->si_code) + "\n\n";
  if (traceback_level() > 0) {
    // The interrupted goroutine, from the signal frame down.
    if (thread_runs_goroutine()) {
      uintptr pcs[100];
      int n = capture_pcs(pcs, 100, 0);
      report += format_goroutine_trace(pcs, n);
    }
    std::string others = format_other_goroutines(true);
    // Its sections each begin with a blank line: one follows the PC line.
    if (!thread_runs_goroutine() && !others.empty()) others.erase(0, 1);
    report += others;
    report += "\n" + register_dump(uc);
  }
  write_stderr_for_crash(report);
  std::_Exit(2);
}

}  // namespace

void install_quit_signal_handler() {
  struct sigaction sa{};
  sa.sa_sigaction = on_quit;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGQUIT, &sa, nullptr);
}

}  // namespace go::internal
