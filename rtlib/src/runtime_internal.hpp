// This file declares what the runtime's own source files share and emitted
// code never sees: stack capture and symbolisation, gc's print formatting,
// signal set-up and the crash-time stdout flush.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "go/types.hpp"

namespace go {
struct panic_record;
}

namespace go::internal {

// The goroutine a traceback describes (the calling one): its id, 1 on a
// thread that runs no goroutine; the return address of the call that
// spawned it inside the function with the `go` statement (0 for goroutine
// 1), for gc's "created by" lines; and whether its first frame is a
// wrapper the emitter made for `go f(x)` (not shown, as gc shows f).
struct goroutine_origin {
  int64 id = 1;
  uintptr go_pc = 0;
  bool wrapper = false;
  bool locked = false;  // runtime.LockOSThread: "[running, locked to thread]"
};
goroutine_origin current_goroutine_origin();  // sched/goroutine.cpp
// Whether the calling thread is running a goroutine now, and gc's number
// for the thread ("m=1"): its worker's index plus one, 0 for the others.
bool thread_runs_goroutine();
int current_thread_number();

// Records up to max return addresses of the calling thread, innermost first,
// skipping the given number of innermost frames.
int capture_pcs(uintptr* out, int max, int skip);
// One Go frame of a program counter (a pc with inlined calls stands for
// several), as gc's symbol tables describe it (traceback.cpp).
struct go_frame {
  std::string function;  // gc's name (main.f, main.main.func1); empty: a frame gc hides
  std::string file;
  int line = 0;
  uintptr entry = 0;          // start of the machine-code function holding the pc
  bool has_params = false;    // the traceback prints "(...)" rather than "()"
  bool inlined = false;       // not the physical (outermost) frame of the pc
  bool panic_runner = false;  // defer_stack::run_panicking: a panic runs deferred calls here
  bool entry_point = false;   // go::run_main: nothing of Go's lies below
  bool goroutine_entry = false;  // go::spawn's function: the scheduler lies below
  bool calls_defer_thunk = false;  // go::deferred_call: the frame above it is the emitter's wrapper lambda
};
// The frames of pc (a return address minus one), innermost first; the last
// one is the physical frame.
std::vector<go_frame> go_frames_at(uintptr pc);
// The panics whose deferred calls the calling goroutine is running,
// innermost (most recent) first: what each defer_stack::run_panicking frame
// on its stack is running (defer.cpp).
std::vector<panic_record*> panics_running_defers();
// How much a crash prints, from GOTRACEBACK read once (gotraceback.cpp):
// 0 (none) the panic or fatal error line alone, 1 (single, the default)
// the failing goroutine's frames too, 2 (system, crash) the same: gc's
// runtime frames, which level 2 adds, are not Go code here.
int traceback_level();
// Whether a crash lists every goroutine (GOTRACEBACK=all, system, crash,
// or a number): the others follow the failing one's trace.
bool traceback_all();
// gc's "goroutine 1 [running]:\n" block: Go frames only, runtime elided.
std::string format_goroutine_trace(const uintptr* pcs, int n);
// The section of a goroutine other than the caller: its header with
// status, its Go frames from pcs (a walk of its stack) and "created by";
// pcs null: it runs on another thread, where its stack cannot be walked.
std::string format_goroutine_section(const goroutine_origin& origin, const char* status, const uintptr* pcs, int n);
// A goroutine other than the caller, as a traceback shows it: its pcs
// (innermost first, capture_pcs's convention) when walked is true; false:
// it runs on another thread, where its stack cannot be walked.
struct goroutine_stack {
  goroutine_origin origin;
  const char* status = "running";  // gc's wait reason, "runnable" or "running"
  bool walked = false;
  std::vector<uintptr> pcs;
};
// Every goroutine but the caller, by id (sched/goroutine_dump.cpp); dying:
// as format_other_goroutines.
std::vector<goroutine_stack> other_goroutine_stacks(bool dying);
// gc's tracebackothers: "\n" and the section of every goroutine but the
// caller, main first, then by id (sched/goroutine_dump.cpp). dying: the
// process ends after printing it, so goroutines running on other threads
// may be interrupted to show their stacks.
std::string format_other_goroutines(bool dying);
// Ends the process as gc's throw does: "fatal error: message", then,
// unless GOTRACEBACK=none, the caller's trace from pcs and every other
// goroutine; exit status 2 (panic_report.cpp).
[[noreturn]] void die_of_fatal_error(const std::string& message, const uintptr* pcs, int n);
// gc's last lines for a goroutine other than main ("created by main.main"
// and the file:line of its go statement); "" for the main goroutine.
std::string format_created_by();
// gc's goroutine header, "goroutine 5 [chan receive, locked to thread]:\n"
// (status "running" for the one printing).
std::string format_goroutine_header(int64 id, const char* status, bool locked);
// Every frame of pcs with its C++ name and file:line, runtime frames
// included: what a crash inside the runtime prints (gc's "runtime stack:").
std::string format_runtime_trace(const uintptr* pcs, int n);
// The same for an unrecovered panic: a panic raised in a deferred call that
// another panic ran continues with that panic's stack, as in gc.
std::string format_panic_trace(const panic_record* p);
// A float as gc's print builtin writes it: +1.500000e+000.
std::string format_print_float(float64 v);
// Turns SIGSEGV/SIGBUS/SIGFPE into gc's reports; called by run_main.
void install_signal_handlers();
// The CPU profiler (cpu_profile.cpp): SIGPROF hz times a CPU second, each
// sample the pcs of the goroutine it interrupted (none: the thread ran no
// goroutine). start is false when it is on already (or hz <= 0).
// The one pc of a sample taken on a worker between goroutines, or on
// another thread (gc's runtime._System and runtime._ExternalCode).
constexpr uintptr cpu_sample_system = 1, cpu_sample_external = 2;
struct cpu_sample {
  std::vector<uintptr> pcs;
  void* labels = nullptr;  // the goroutine's runtime/pprof labels then
};
bool start_cpu_profile(int hz);
void stop_cpu_profile();
int cpu_profile_rate();  // 0 when off
// Moves the samples taken so far to out; returns how many were lost since
// the last call (the buffer was full).
int64 drain_cpu_samples(std::vector<cpu_sample>& out);
// For a signal handler: the stack of the goroutine the calling thread runs
// and its runtime/pprof labels; false on a thread that runs none
// (sched/goroutine.cpp).
bool running_goroutine_stack(uintptr& lo, uintptr& hi, void*& labels);
// runtime/pprof's SetGoroutineLabels: the calling goroutine's labels.
void set_goroutine_labels(void* labels);
// Go program counters (runtime.Callers's, one per Go frame) for pcs of a
// walk or a cpu_sample's pseudo-pc (package runtime, callers.cpp).
std::vector<uintptr> go_callers_of(const std::vector<uintptr>& pcs);
// SIGQUIT prints every goroutine's stack and exits 2 (quit_signal.cpp).
void install_quit_signal_handler();
// Flushes stdout, then dies of SIGHUP/SIGINT/SIGTERM as gc's program does.
void install_exit_signal_handlers();
// A C++ exception nobody catches (one thrown inside the runtime where it
// cannot be, such as a noexcept scheduler callback) is a fatal error that
// names the exception and prints the runtime's stack, instead of
// libstdc++'s bare "terminate called" and an abort.
void install_terminate_handler();
// Gives the calling thread a stack for those handlers (per thread).
void install_alternate_signal_stack();
// Flushes stdout unless another thread holds its lock (crash paths).
void flush_stdout_for_crash();
// Flushes buffered stdout unless a writer holds it (sysmon, every 10 ms).
void flush_stdout_periodically();
// Writes to fd 2 without touching the stdout lock (call the flush first).
void write_stderr_for_crash(std::string_view s);

}  // namespace go::internal
