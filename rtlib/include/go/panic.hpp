// This file declares Go panics as the runtime raises and reports them.
//
// A panic travels as a C++ exception (panic_error) so that destructors and,
// later, deferred calls run while the stack unwinds. The program counters of
// the raising frame are captured when the panic is raised, before unwinding,
// so that an unrecovered panic can print gc's traceback from run_main.
// Until interfaces exist the panic value travels as its printed form; the
// runtime_error flag keeps "is it a runtime.Error" for a later recover().
#pragma once

#include <string>
#include <string_view>
#include <type_traits>

#include "go/types.hpp"

namespace go {

struct string;

class panic_error {
 public:
  static constexpr int max_pcs = 64;

  std::string text;            // what follows "panic: " on the first line
  std::string signal_line;     // gc's "[signal SIGSEGV: ...]" line, or empty
  bool runtime_error = false;  // the value is a runtime.Error
  int npcs = 0;                // captured return addresses, innermost first
  uintptr pcs[max_pcs];
};

// Raises a panic carrying an already formatted value; captures the stack.
[[noreturn]] void raise_panic(std::string text, bool runtime_error);
// Raises "runtime error: <text>", like gc's runtime.Error values.
[[noreturn]] void panic_runtime_error(std::string_view text);

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

// Prints an unrecovered panic exactly as gc does and exits with status 2.
[[noreturn]] void die_of_panic(const panic_error& p);

}  // namespace go
