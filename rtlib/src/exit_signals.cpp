// This file lets the signals that end a Go program by default (SIGHUP,
// SIGINT, SIGTERM) end ours the same way, without losing output: stdout is
// buffered when it is a pipe or a file (output.cpp), where gc's os.Stdout
// writes at once, so `prog | tee log` interrupted by ^C must still show
// what the program printed. The handler flushes, then dies of the signal
// (the shell sees the same status as with gc). A signal the program was
// started with ignored (nohup) stays ignored, as in Go.
#include <signal.h>

#include "runtime_internal.hpp"

namespace go::internal {

namespace {

void on_exit_signal(int sig) {
  flush_stdout_for_crash();
  // The signal is blocked while its handler runs: raised again with the
  // default action, it is delivered, and kills, as the handler returns.
  signal(sig, SIG_DFL);
  raise(sig);
}

}  // namespace

void install_exit_signal_handlers() {
  for (int sig : {SIGHUP, SIGINT, SIGTERM}) {
    struct sigaction old{};
    if (sigaction(sig, nullptr, &old) != 0 || old.sa_handler == SIG_IGN) continue;
    struct sigaction sa{};
    sa.sa_handler = on_exit_signal;
    sa.sa_flags = SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, nullptr);
  }
}

}  // namespace go::internal
