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
// The value is a Go interface value; runtime errors are values of gc's
// runtime types (runtime.boundsError, runtime.errorString, ...), so that
// recover() returns a runtime.Error whose Error() is gc's text.
#pragma once

#include <concepts>
#include <string>
#include <string_view>
#include <type_traits>

#include "go/types.hpp"

namespace go {

struct any;
struct string;
struct panic_record;  // go/panic_record.hpp

// The exception a panic travels as.
class panic_error {
 public:
  explicit panic_error(panic_record* r) : record(r) {}

  // The value as gc's report prints it after "panic: " (calls its Error
  // or String method).
  std::string text() const;
  // Whether the value implements runtime.Error.
  bool is_runtime_error() const;
  bool is_goexit() const;

  panic_record* record;
};

// A new record for a panic raised here: captures the caller's stack.
panic_record* new_panic_record();
// Frees a record and the older panics linked from it.
void release_panic_chain(panic_record* p);

// panic(v). Basic values convert to any by themselves: go::panic(n).
[[noreturn]] void panic(const any& v);
// A panic the runtime raises: with runtime_error, a runtime.Error whose
// Error() is text (gc's plainError: "send on closed channel"); otherwise
// the string text itself.
[[noreturn]] void raise_panic(std::string text, bool runtime_error);
// Raises "runtime error: <text>", gc's errorString values.
[[noreturn]] void panic_runtime_error(std::string_view text);
// An interface conversion failed: gc's *runtime.TypeAssertionError, whose
// Error() is text ("interface conversion: ...").
[[noreturn]] void panic_type_assertion(std::string text);
// runtime.Goexit: runs the goroutine's deferred calls like a panic that
// recover() does not see, then ends the goroutine.
[[noreturn]] void goexit();

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
  convert,       // (*[x]T)(s) with len(s) y < x
};

// x may come from an unsigned index expression; then x_signed is false
// and x is printed as an unsigned number.
[[noreturn]] void panic_bounds(bounds_kind kind, int64 x, int64 y, bool x_signed = true);
[[noreturn]] void panic_index(int_ i, int_ len);
// A failed slice bound x of any integer type (unsigned ones print unsigned).
template <std::integral I>
[[noreturn]] inline void panic_slice_bound(bounds_kind kind, I x, int64 y) {
  panic_bounds(kind, static_cast<int64>(x), y, std::is_signed_v<I>);
}
[[noreturn]] void panic_divide();      // integer divide by zero
[[noreturn]] void panic_overflow();    // integer overflow (math/bits.Div*)
[[noreturn]] void panic_shift();       // negative shift amount
[[noreturn]] void panic_nil_deref();   // nil pointer dereference, with gc's signal line
[[noreturn]] void panic_nil_deref_at(uintptr fault_address);  // the same, faulting at that address
[[noreturn]] void panic_makeslice_len();
[[noreturn]] void panic_makeslice_cap();

// Prints an unrecovered panic exactly as gc does (the chain of panics it
// interrupted first, then the traceback of its raising goroutine) and exits
// with status 2.
[[noreturn]] void die_of_panic(const panic_error& p);

}  // namespace go
