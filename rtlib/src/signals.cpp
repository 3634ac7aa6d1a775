// This file turns hardware faults into gc's reports. A SIGSEGV or SIGBUS at
// an address below 0x1000 is a nil pointer dereference and prints like gc's
// runtime error panic (with its "[signal ...]" line); a fault next to the
// stack pointer is a stack overflow; anything else is gc's "unexpected fault
// address" fatal error. All exit with status 2.
//
// For now the handler prints and exits instead of unwinding, so a real
// fault cannot be recovered; code the emitter checks explicitly raises
// panic_nil_deref(), which can.
#include <signal.h>
#include <ucontext.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "go/output.hpp"
#include "go/panic_record.hpp"
#include "go/string.hpp"
#include "runtime_internal.hpp"

namespace go::internal {

namespace {

constexpr unsigned long nil_page_limit = 0x1000;
constexpr unsigned long stack_fault_window = 1 << 20;

const char* signal_description(int sig) {
  switch (sig) {
    case SIGSEGV: return "SIGSEGV: segmentation violation";
    case SIGBUS: return "SIGBUS: bus error";
    default: return "SIGFPE: floating-point exception";
  }
}

void on_fault(int sig, siginfo_t* info, void* context) {
  auto* uc = static_cast<ucontext_t*>(context);
  unsigned long pc = static_cast<unsigned long>(uc->uc_mcontext.gregs[REG_RIP]);
  unsigned long sp = static_cast<unsigned long>(uc->uc_mcontext.gregs[REG_RSP]);
  unsigned long addr = reinterpret_cast<unsigned long>(info->si_addr);

  char signal_line[160];
  std::snprintf(signal_line, sizeof signal_line, "[signal %s code=0x%x addr=0x%lx pc=0x%lx]", signal_description(sig),
                static_cast<unsigned>(info->si_code), addr, pc);

  bool near_stack = addr + stack_fault_window > sp && addr < sp + stack_fault_window;
  if (addr >= nil_page_limit && near_stack) {
    flush_stdout_for_crash();
    write_stderr_for_crash(
        "runtime: goroutine stack exceeds 1000000000-byte limit\n"
        "fatal error: stack overflow\n\n");
    std::_Exit(2);
  }
  // No allocation in a signal handler: the fault may be inside the collector.
  panic_record record;
  panic_record* p = &record;
  p->npcs = capture_pcs(p->pcs, panic_record::max_pcs, 0);
  if (addr < nil_page_limit) {
    static const char message[] = "invalid memory address or nil pointer dereference";
    static string text(message, sizeof message - 1);
    p->value = any(&runtime_error_string_type, &text);
    p->signal_line = signal_line;
    die_of_panic(panic_error(p));
  }
  char head[96];
  std::snprintf(head, sizeof head, "unexpected fault address 0x%lx\nfatal error: fault\n", addr);
  flush_stdout_for_crash();
  std::string report = std::string(head) + signal_line + "\n";
  if (traceback_level() > 0) {
    report += "\n" + format_goroutine_trace(p->pcs, p->npcs);
    if (traceback_all()) report += format_other_goroutines(true);
  }
  write_stderr_for_crash(report);
  std::_Exit(2);
}

}  // namespace

void install_alternate_signal_stack() {
  // Each thread needs its own, so that the handler runs even when the fault
  // is that thread's stack overflowing. It lives as long as the thread.
  constexpr std::size_t size = 64 * 1024;
  stack_t ss{};
  ss.ss_sp = std::malloc(size);
  ss.ss_size = size;
  if (ss.ss_sp != nullptr) sigaltstack(&ss, nullptr);
}

void install_signal_handlers() {
  install_alternate_signal_stack();
  struct sigaction sa{};
  sa.sa_sigaction = on_fault;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, nullptr);
  sigaction(SIGBUS, &sa, nullptr);
  sigaction(SIGFPE, &sa, nullptr);
  install_exit_signal_handlers();
  install_quit_signal_handler();
  install_terminate_handler();
}

}  // namespace go::internal
