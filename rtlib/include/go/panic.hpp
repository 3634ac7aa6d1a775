// This file declares Go panics as the runtime raises and reports them.
//
// A panic travels as a C++ exception (panic_error) so that the deferred
// calls of every function it leaves run while the stack unwinds (see
// defer.hpp). What Go's runtime keeps in a _panic record lives in a
// panic_record that the exception points to: the value, the program
// counters of the raising frame (captured before unwinding, so that an
// unrecovered panic prints gc's traceback of the panic site), whether a
// deferred call recovered it, and the earlier panic it interrupted, which
// gc's report prints first ("panic: first [recovered]\n\tpanic: second").
// The exception itself is copied freely; the record is its identity.
//
// Until interface values exist the value travels as its printed form; the
// runtime_error flag keeps "is it a runtime.Error" for recover().
#pragma once

#include <string>
#include <string_view>
#include <type_traits>

#include "go/types.hpp"

namespace go {

struct string;

// One panic in flight, gc's runtime._panic. Allocated in memory the
// collector scans but never frees by itself (the value may hold the only
// reference to a Go object while C++ unwinds); released when recovered.
struct panic_record {
  static constexpr int max_pcs = 64;

  std::string text;            // what follows "panic: " on the first line
  bool runtime_error = false;  // the value is a runtime.Error
  std::string signal_line;     // gc's "[signal SIGSEGV: ...]" line, or empty
  bool recovered = false;      // recover() returned this panic's value
  bool goexit = false;         // runtime.Goexit, not a panic: recover() ignores it
  panic_record* link = nullptr;  // the older panic this one interrupted
  int npcs = 0;                // captured return addresses, innermost first
  uintptr pcs[max_pcs];
};

// The exception a panic travels as.
class panic_error {
 public:
  explicit panic_error(panic_record* r) : record(r) {}

  // The value as gc's report prints it after "panic: ".
  const std::string& text() const { return record->text; }
  bool is_runtime_error() const { return record->runtime_error; }
  bool is_goexit() const { return record->goexit; }

  panic_record* record;
};

// A new record for a panic raised here: captures the caller's stack.
panic_record* new_panic_record();
// Frees a record and the older panics linked from it.
void release_panic_chain(panic_record* p);

// Raises a panic carrying an already formatted value; captures the stack.
[[noreturn]] void raise_panic(std::string text, bool runtime_error);
// Raises "runtime error: <text>", like gc's runtime.Error values.
[[noreturn]] void panic_runtime_error(std::string_view text);
// runtime.Goexit: runs the goroutine's deferred calls like a panic that
// recover() does not see, then ends the goroutine.
[[noreturn]] void goexit();

[[noreturn]] void panic_string(const string& s);
[[noreturn]] void panic_bool(bool b);
[[noreturn]] void panic_int(int64 v);
[[noreturn]] void panic_uint(uint64 v);
[[noreturn]] void panic_float(float64 v);

// panic(v) for the basic value types, printed as gc prints them.
template <class T>
[[noreturn]] void panic(const T& v) {
  if constexpr (std::is_same_v<T, bool>) {
    panic_bool(v);
  } else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>) {
    panic_int(v);
  } else if constexpr (std::is_integral_v<T>) {
    panic_uint(v);
  } else if constexpr (std::is_floating_point_v<T>) {
    panic_float(v);
  } else {
    static_assert(std::is_same_v<T, string>, "panic of this type is not supported yet");
    panic_string(v);
  }
}

// Which bounds check failed; the names follow gc's runtime/error.go.
enum class bounds_kind {
  index,         // s[x] with length y
  slice_alen,    // s[:x] with length y   (strings, arrays)
  slice_acap,    // s[:x] with capacity y (slices)
  slice_b,       // s[x:y]
  slice3_alen,   // s[::x] with length y  (arrays)
  slice3_acap,   // s[::x] with capacity y
  slice3_b,      // s[:x:y]
  slice3_c,      // s[x:y:]
};

// x may come from an unsigned index expression; then x_signed is false
// and x is printed as an unsigned number.
[[noreturn]] void panic_bounds(bounds_kind kind, int64 x, int64 y, bool x_signed = true);
[[noreturn]] void panic_index(int_ i, int_ len);
[[noreturn]] void panic_divide();      // integer divide by zero
[[noreturn]] void panic_shift();       // negative shift amount
[[noreturn]] void panic_nil_deref();   // nil pointer dereference, with gc's signal line
[[noreturn]] void panic_makeslice_len();
[[noreturn]] void panic_makeslice_cap();

// Prints an unrecovered panic exactly as gc does (the chain of panics it
// interrupted first, then the traceback of its raising goroutine) and exits
// with status 2.
[[noreturn]] void die_of_panic(const panic_error& p);

}  // namespace go
