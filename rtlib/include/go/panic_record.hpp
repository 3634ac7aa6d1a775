// This file defines panic_record, gc's runtime._panic: what the runtime
// knows about one panic in flight (see go/panic.hpp). It is a header of
// its own because the value needs iface.hpp, which includes panic.hpp.
#pragma once

#include <string>

#include "go/iface.hpp"
#include "go/panic.hpp"
#include "go/types.hpp"

namespace go {

// Allocated in memory the collector scans but never frees by itself (the
// value may hold the only reference to a Go object while C++ unwinds);
// released when recovered.
struct panic_record {
  static constexpr int max_pcs = 64;

  any value;                     // panic's argument
  std::string signal_line;       // gc's "[signal SIGSEGV: ...]" line, or empty
  bool recovered = false;        // recover() returned this panic's value
  bool goexit = false;           // runtime.Goexit, not a panic: recover() ignores it
  panic_record* link = nullptr;  // the older panic this one interrupted
  int npcs = 0;                  // captured return addresses, innermost first
  uintptr pcs[max_pcs];
  // The panics whose deferred calls were running on this goroutine when
  // this one was raised, innermost first: one per deferred-call runner
  // frame in pcs, null for a runner whose panic was recovered (it goes on
  // with the function's remaining deferred calls). Tracebacks pair the
  // runner frames with these to follow the stack below a deferred call.
  static constexpr int max_runners = 16;
  int nrunners = 0;
  panic_record* runners[max_runners];
};

// The runtime's own error types (gc's runtime/error.go), for recover() and
// %T: runtime.errorString, runtime.plainError, runtime.boundsError and
// *runtime.TypeAssertionError. Each implements runtime.Error.
extern const type_desc runtime_error_string_type, runtime_plain_error_type, runtime_bounds_error_type,
    runtime_type_assertion_error_type;

// gc's printpanicval: how a panic's value reads after "panic: " (Error or
// String first, as gc's preprintpanics).
std::string panic_value_text(const any& v);

}  // namespace go
