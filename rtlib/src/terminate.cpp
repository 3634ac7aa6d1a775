// This file implements the runtime's end for a C++ exception that nobody
// catches. A goroutine's own exceptions are Go panics, and run_goroutine
// catches everything else its function throws; what is left is thrown in
// the runtime where nothing can catch it (a noexcept scheduler callback, a
// runtime thread). libstdc++ would print one "terminate called after
// throwing ..." line and abort (exit 134, no way to tell where); we print
// what was thrown and every frame of the stack it was thrown on, which is
// still there (an exception that cannot be caught is not unwound), and
// exit 2 as gc's fatal errors do.
#include <cxxabi.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <exception>
#include <string>
#include <typeinfo>

#include "runtime_internal.hpp"

namespace go::internal {

namespace {

std::string demangled_type_name(const std::type_info* t) {
  int status = 0;
  char* name = abi::__cxa_demangle(t->name(), nullptr, nullptr, &status);
  std::string s = status == 0 && name != nullptr ? name : t->name();
  std::free(name);
  return s;
}

std::string current_exception_text() {
  const std::type_info* type = abi::__cxa_current_exception_type();
  if (type == nullptr) return "std::terminate called without an exception";
  std::string s = "unexpected C++ exception " + demangled_type_name(type);
  try {
    std::rethrow_exception(std::current_exception());
  } catch (const std::exception& e) {
    s += std::string(": ") + e.what();
  } catch (...) {
  }
  return s;
}

[[noreturn]] void on_terminate() {
  // A second thread terminating meanwhile waits here for the first to exit.
  static std::atomic<bool> reporting{false};
  if (reporting.exchange(true)) {
    for (;;) pause();
  }
  flush_stdout_for_crash();
  std::string report = "fatal error: " + current_exception_text() + "\n\nruntime stack:\n";
  uintptr pcs[64];
  int n = capture_pcs(pcs, 64, 1);
  report += format_runtime_trace(pcs, n);
  write_stderr_for_crash(report);
  std::_Exit(2);
}

}  // namespace

void install_terminate_handler() { std::set_terminate(on_terminate); }

}  // namespace go::internal
