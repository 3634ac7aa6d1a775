// This file implements the crash guard: a pthread with a 512 MiB stack
// reservation, an alternate signal stack (a handler cannot run on the stack
// that just overflowed), and handlers that only use async-signal-safe calls
// (write, _exit).
#include "cli/crash_guard.hpp"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <cstring>

namespace cli {
namespace {

constexpr size_t kWorkerStackSize = size_t(512) << 20;
constexpr size_t kSignalStackSize = 1 << 16;
constexpr size_t kOverflowSlack = 1 << 16;  // faults this close below the stack are overflows

std::atomic<const char*> currentInput{nullptr};
std::atomic<uintptr_t> stackLow{0};  // lowest usable address of the worker's stack
alignas(16) char signalStack[kSignalStackSize];

void writeText(const char* text) {
  size_t n = std::strlen(text);
  while (n > 0) {
    ssize_t w = ::write(STDERR_FILENO, text, n);
    if (w <= 0) return;
    text += w;
    n -= static_cast<size_t>(w);
  }
}

const char* describeSignal(int sig, const siginfo_t* info) {
  uintptr_t low = stackLow.load();
  if (sig == SIGSEGV && low != 0) {
    auto addr = reinterpret_cast<uintptr_t>(info->si_addr);
    if (addr < low + kOverflowSlack && addr + kOverflowSlack >= low) {
      return "stack overflow (the input nests too deeply)";
    }
  }
  switch (sig) {
    case SIGSEGV: return "segmentation fault";
    case SIGBUS: return "bus error";
    case SIGFPE: return "floating-point exception";
    case SIGILL: return "illegal instruction";
    case SIGABRT: return "aborted";
    default: return "fatal signal";
  }
}

void onFatalSignal(int sig, siginfo_t* info, void*) {
  writeText("go2cpp: internal error: ");
  writeText(describeSignal(sig, info));
  if (const char* input = currentInput.load()) {
    writeText(" (while processing ");
    writeText(input);
    writeText(")");
  }
  writeText("\n");
  ::_exit(3);
}

void installHandlers() {
  stack_t ss{};
  ss.ss_sp = signalStack;
  ss.ss_size = sizeof signalStack;
  ::sigaltstack(&ss, nullptr);  // per thread: call on the thread that runs the body
  struct sigaction sa{};
  sa.sa_sigaction = onFatalSignal;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) ::sigaction(sig, &sa, nullptr);
}

void recordStackBounds() {
  pthread_attr_t attr;
  if (::pthread_getattr_np(::pthread_self(), &attr) != 0) return;
  void* addr;
  size_t size;
  if (::pthread_attr_getstack(&attr, &addr, &size) == 0) stackLow = reinterpret_cast<uintptr_t>(addr);
  ::pthread_attr_destroy(&attr);
}

struct WorkerState {
  const std::function<int()>* body;
  int result = 3;
};

void* workerMain(void* arg) {
  auto* state = static_cast<WorkerState*>(arg);
  installHandlers();
  recordStackBounds();
  state->result = (*state->body)();
  return nullptr;
}

}  // namespace

int runWithCrashGuard(const std::function<int()>& body) {
  WorkerState state{&body};
  pthread_attr_t attr;
  pthread_t thread;
  bool started = ::pthread_attr_init(&attr) == 0 &&
                 ::pthread_attr_setstacksize(&attr, kWorkerStackSize) == 0 &&
                 ::pthread_create(&thread, &attr, workerMain, &state) == 0;
  ::pthread_attr_destroy(&attr);
  if (!started) {  // no address space for the big stack (ulimit -v): run here
    workerMain(&state);
    return state.result;
  }
  ::pthread_join(thread, nullptr);
  return state.result;
}

CurrentInput::CurrentInput(const std::string& path) : previous_(currentInput.load()) {
  currentInput = path.c_str();
}

CurrentInput::~CurrentInput() { currentInput = previous_; }

}  // namespace cli
