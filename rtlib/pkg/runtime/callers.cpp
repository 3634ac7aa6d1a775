// This file implements package runtime's stack walking (traceback.go):
// Callers, describePC (behind Caller, FuncForPC and CallersFrames) and the
// text of Stack.
//
// A Go program counter from Callers stands for one Go frame. Machine code
// has one return address per physical frame, which may hold several Go
// frames when calls were inlined; gc gives each of them a PC of its own,
// and so do we, by tagging the return address with the frame's inlining
// depth in bits 56-62 (user-space addresses fit in 47 bits). Bit 63 marks
// the runtime's panic frame, "runtime.gopanic": a deferred call that a
// panic runs sees, as in gc, the panicking goroutine's stack below it
// (that stack has unwound here, but the panic recorded its return
// addresses when it was raised).
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "go/panic_record.hpp"
#include "go/sched/sched.hpp"
#include "runtime/runtime.hpp"
#include "runtime_internal.hpp"

namespace runtime {

namespace {

using go::uintptr;
using go::internal::go_frame;

constexpr int depth_shift = 56;
constexpr uintptr address_mask = (uintptr(1) << depth_shift) - 1;
constexpr uintptr panic_bit = uintptr(1) << 63;

uintptr encode(uintptr return_address, std::size_t depth, bool panic_frame) {
  return return_address | (static_cast<uintptr>(depth) << depth_shift) | (panic_frame ? panic_bit : 0);
}

// The Go frames of the calling goroutine, encoded, innermost first: the
// frames of pcs, where a panic's deferred-call runner continues with the
// stack of the panic it is running. pcs are the raise site of a panic, or
// the live stack; runners pair with their runner frames, innermost first
// (the panic's snapshot from its raise, or the panics running deferred
// calls now).
void walk(const uintptr* pcs, int n, go::panic_record* const* runners, std::size_t nrunners, std::vector<uintptr>& out) {
  bool pushed_previous = false;  // the last Go frame looked at was recorded
  std::size_t next_runner = 0;
  for (int i = 0; i < n; i++) {
    std::vector<go_frame> frames = go::internal::go_frames_at(pcs[i]);
    const go_frame& physical = frames.back();
    if (physical.panic_runner) {
      go::panic_record* p = next_runner < nrunners ? runners[next_runner++] : nullptr;
      // After a recover, the rest of the function's deferred calls run
      // as at a return: the function's own frame follows.
      if (p == nullptr) continue;
      out.push_back(encode(pcs[i] + 1, frames.size() - 1, true));
      walk(p->pcs, p->npcs, p->runners, static_cast<std::size_t>(p->nrunners), out);
      return;
    }
    bool reached_entry = false;
    for (std::size_t d = 0; d < frames.size(); d++) {
      if (frames[d].entry_point) reached_entry = true;
      if (frames[d].calls_defer_thunk) {
        // The frame just above is the lambda holding `defer f(x)`'s
        // operands, not a Go function.
        if (pushed_previous && !out.empty()) out.pop_back();
        pushed_previous = false;
        continue;
      }
      // The goroutine's first function lies above (the emitter's wrapper
      // for `go f(x)`, a lambda without a func_lit tag, has no Go name).
      if (frames[d].goroutine_entry) return;
      pushed_previous = !frames[d].function.empty();
      if (pushed_previous) out.push_back(encode(pcs[i] + 1, d, false));
    }
    if (reached_entry) return;
  }
}

// The first frame is the caller's (never inlined into it, so that it has a
// frame of its own to skip).
__attribute__((noinline)) std::vector<uintptr> go_callers() {
  uintptr pcs[256];
  int n = go::internal::capture_pcs(pcs, 256, 1);  // from our caller on
  std::vector<go::panic_record*> panics = go::internal::panics_running_defers();
  std::vector<uintptr> out;
  walk(pcs, n, panics.data(), panics.size(), out);
  return out;
}

struct described {
  go_frame frame;
  bool ok = false;
  bool panic_frame = false;
};

described describe(uintptr pc) {
  described d;
  uintptr address = pc & address_mask;
  if (address == 0) return d;
  std::vector<go_frame> frames = go::internal::go_frames_at(address - 1);
  std::size_t depth = (pc & ~panic_bit) >> depth_shift;
  d.frame = frames[depth < frames.size() ? depth : frames.size() - 1];
  d.panic_frame = (pc & panic_bit) != 0;
  if (d.panic_frame) {
    d.frame.function = "runtime.gopanic";
    d.frame.has_params = true;
  }
  d.ok = !d.frame.function.empty();
  return d;
}

}  // namespace

// gc's stand-ins, in a CPU profile, for time spent outside Go code and in
// the scheduler between goroutines.
__attribute__((noinline)) void _ExternalCode() { asm volatile(""); }
__attribute__((noinline)) void _System() { asm volatile(""); }

go::int_ Callers(go::int_ skip, go::slice<go::uintptr> pc) {
  // Frame 0 is Callers itself (runtime.Callers, at its C++ line), as in gc.
  std::vector<uintptr> frames = go_callers();
  go::int_ n = 0;
  for (std::size_t i = skip < 0 ? 0 : static_cast<std::size_t>(skip); i < frames.size() && n < pc.len; i++) {
    pc.ptr[n++] = frames[i];
  }
  return n;
}

std::tuple<go::string, go::string, go::int_, go::uintptr, bool> describePC(go::uintptr pc) {
  described d = describe(pc);
  if (!d.ok) return {go::string(), go::string(), 0, 0, false};
  return {go::make_string(d.frame.function), go::make_string(d.frame.file), d.frame.line, d.frame.entry, true};
}

go::string stackTrace(go::int_ skip) {
  // Frame 0 is stackTrace itself; skip counts from there, as Callers does.
  std::vector<uintptr> frames = go_callers();
  go::internal::goroutine_origin origin = go::internal::current_goroutine_origin();
  std::string out = go::internal::format_goroutine_header(origin.id, "running", origin.locked);
  std::vector<described> shown;
  std::vector<uintptr> pcs;
  for (std::size_t i = skip > 0 ? static_cast<std::size_t>(skip) : 0; i < frames.size(); i++) {
    described d = describe(frames[i]);
    if (!d.ok) continue;
    shown.push_back(d);
    pcs.push_back(frames[i] & address_mask);
  }
  for (std::size_t i = 0; i < shown.size(); i++) {
    const go_frame& f = shown[i].frame;
    // The outermost Go frame of a machine pc is a real call to gc even when
    // C++ inlined it into a hidden runtime frame (a goroutine's function
    // literal into the spawn wrapper).
    bool physical = !f.inlined || i + 1 == shown.size() || pcs[i + 1] != pcs[i];
    if (shown[i].panic_frame) {
      out += "panic(...)\n";
    } else {
      out += f.function + (f.has_params || !physical ? "(...)" : "()") + "\n";
    }
    out += "\t" + (f.file.empty() ? std::string("?") : f.file) + ":" + std::to_string(f.line);
    if (physical && f.entry != 0) {
      char offset[32];
      std::snprintf(offset, sizeof offset, " +0x%lx", static_cast<unsigned long>(pcs[i] - f.entry));
      out += offset;
    }
    out += "\n";
  }
  out += go::internal::format_created_by();
  return go::make_string(out);
}

go::slice<go::uintptr> goroutineStacks() {
  // Frame 0 is goroutineStacks, frame 1 GoroutineProfile: the caller's
  // record starts at GoroutineProfile's caller.
  std::vector<uintptr> all = go_callers();
  all.erase(all.begin(), all.begin() + std::min<std::size_t>(2, all.size()));
  all.push_back(0);
  for (const go::internal::goroutine_stack& g : go::internal::other_goroutine_stacks(false)) {
    // One running on another thread counts, with no frame.
    if (g.walked) walk(g.pcs.data(), static_cast<int>(g.pcs.size()), nullptr, 0, all);
    all.push_back(0);
  }
  go::slice<go::uintptr> out = go::make_slice<go::uintptr>(static_cast<go::int_>(all.size()));
  for (std::size_t i = 0; i < all.size(); i++) out.ptr[i] = all[i];
  return out;
}

bool startCPUProfile(go::int_ hz) { return go::internal::start_cpu_profile(hz > 1000000 ? 1000000 : static_cast<int>(hz)); }

void stopCPUProfile() { go::internal::stop_cpu_profile(); }

go::string otherGoroutines() { return go::make_string(go::internal::format_other_goroutines(false)); }

}  // namespace runtime

namespace go::internal {

std::vector<uintptr> go_callers_of(const std::vector<uintptr>& pcs) {
  std::vector<uintptr> out;
  if (pcs.size() == 1 && (pcs[0] == cpu_sample_system || pcs[0] == cpu_sample_external)) {
    auto pseudo = pcs[0] == cpu_sample_system ? &runtime::_System : &runtime::_ExternalCode;
    out.push_back(runtime::encode(reinterpret_cast<uintptr>(pseudo) + 1, 0, false));
    return out;
  }
  runtime::walk(pcs.data(), static_cast<int>(pcs.size()), nullptr, 0, out);
  // Only runtime frames (a goroutine inside the scheduler): gc's _System.
  if (out.empty()) out.push_back(runtime::encode(reinterpret_cast<uintptr>(&runtime::_System) + 1, 0, false));
  return out;
}

}  // namespace go::internal
