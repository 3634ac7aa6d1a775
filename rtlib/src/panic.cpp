// This file implements raising Go panics and reporting an unrecovered one
// the way gc's runtime does (printpanics, then the goroutine traceback,
// exit status 2). The texts of the runtime errors are gc's, from
// runtime/error.go and runtime/panic.go.
#define GC_THREADS
#include <gc/gc.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>

#include "go/output.hpp"
#include "go/panic.hpp"
#include "go/string.hpp"
#include "runtime_internal.hpp"

namespace go {

namespace {
// Runtime frames are dropped by name when printing; capture them all.
constexpr int frames_inside_runtime = 0;

[[noreturn]] void raise_with_skip(std::string text, bool runtime_error, const char* signal_line) {
  panic_record* p = new_panic_record();
  p->text = std::move(text);
  p->runtime_error = runtime_error;
  if (signal_line != nullptr) p->signal_line = signal_line;
  throw panic_error(p);
}
}  // namespace

panic_record* new_panic_record() {
  // Scanned like any Go object, but only freed by release_panic_chain: C++
  // keeps the exception in memory the collector does not see.
  void* memory = GC_MALLOC_UNCOLLECTABLE(sizeof(panic_record));
  if (memory == nullptr) {
    write_stderr("fatal error: runtime: out of memory\n");
    std::_Exit(2);
  }
  auto* p = ::new (memory) panic_record();
  p->npcs = internal::capture_pcs(p->pcs, panic_record::max_pcs, frames_inside_runtime);
  return p;
}

void release_panic_chain(panic_record* p) {
  while (p != nullptr) {
    panic_record* older = p->link;
    p->~panic_record();
    GC_FREE(p);
    p = older;
  }
}

void raise_panic(std::string text, bool runtime_error) {
  raise_with_skip(std::move(text), runtime_error, nullptr);
}

void panic_runtime_error(std::string_view text) {
  raise_with_skip("runtime error: " + std::string(text), true, nullptr);
}

void panic_string(const string& s) { raise_with_skip(std::string(view(s)), false, nullptr); }
void panic_bool(bool b) { raise_with_skip(b ? "true" : "false", false, nullptr); }
void panic_int(int64 v) { raise_with_skip(std::to_string(v), false, nullptr); }
void panic_uint(uint64 v) { raise_with_skip(std::to_string(v), false, nullptr); }
void panic_float(float64 v) { raise_with_skip(internal::format_print_float(v), false, nullptr); }

void panic_bounds(bounds_kind kind, int64 x, int64 y, bool x_signed) {
  // gc's boundsErrorFmt; when x is negative only x is reported.
  static const char* const with_y[] = {
      "index out of range [%x] with length %y",
      "slice bounds out of range [:%x] with length %y",
      "slice bounds out of range [:%x] with capacity %y",
      "slice bounds out of range [%x:%y]",
      "slice bounds out of range [::%x] with length %y",
      "slice bounds out of range [::%x] with capacity %y",
      "slice bounds out of range [:%x:%y]",
      "slice bounds out of range [%x:%y:]",
  };
  static const char* const negative_x[] = {
      "index out of range [%x]",
      "slice bounds out of range [:%x]",
      "slice bounds out of range [:%x]",
      "slice bounds out of range [%x:]",
      "slice bounds out of range [::%x]",
      "slice bounds out of range [::%x]",
      "slice bounds out of range [:%x:]",
      "slice bounds out of range [%x::]",
  };
  bool negative = x_signed && x < 0;
  const char* format = (negative ? negative_x : with_y)[static_cast<int>(kind)];
  std::string text = "runtime error: ";
  for (const char* c = format; *c != 0; c++) {
    if (c[0] == '%' && c[1] == 'x') {
      text += x_signed ? std::to_string(x) : std::to_string(static_cast<uint64>(x));
      c++;
    } else if (c[0] == '%' && c[1] == 'y') {
      text += std::to_string(y);
      c++;
    } else {
      text += *c;
    }
  }
  raise_with_skip(std::move(text), true, nullptr);
}

void panic_index(int_ i, int_ len) { panic_bounds(bounds_kind::index, i, len); }

void panic_divide() { raise_with_skip("runtime error: integer divide by zero", true, nullptr); }
void panic_shift() { raise_with_skip("runtime error: negative shift amount", true, nullptr); }
void panic_makeslice_len() { raise_with_skip("runtime error: makeslice: len out of range", true, nullptr); }
void panic_makeslice_cap() { raise_with_skip("runtime error: makeslice: cap out of range", true, nullptr); }

void panic_nil_deref() {
  // gc reaches this through a real fault, so it prints the signal too. The
  // pc is the return address of our caller, the closest we have.
  char line[128];
  std::snprintf(line, sizeof line, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=%#lx]",
                reinterpret_cast<unsigned long>(__builtin_return_address(0)));
  raise_with_skip("runtime error: invalid memory address or nil pointer dereference", true, line);
}

void goexit() {
  panic_record* p = new_panic_record();
  p->goexit = true;
  throw panic_error(p);
}

namespace {
// gc's printpanics: the oldest panic first, each later one indented by a
// tab; a Goexit in the chain prints nothing and no tab after it.
void append_panics(std::string& out, const panic_record* p) {
  if (p->link != nullptr) {
    append_panics(out, p->link);
    if (!p->link->goexit) out += "\t";
  }
  if (p->goexit) return;
  out += "panic: " + p->text;
  if (p->recovered) out += " [recovered]";
  out += "\n";
}
}  // namespace

void die_of_panic(const panic_error& e) {
  const panic_record* p = e.record;
  std::string report;
  append_panics(report, p);
  if (!p->signal_line.empty()) report += p->signal_line + "\n";
  report += "\n";
  report += internal::format_panic_trace(p);
  internal::flush_stdout_for_crash();
  internal::write_stderr_for_crash(report);
  std::_Exit(2);
}

namespace internal {

std::string format_print_float(float64 v) {
  // runtime/print.go's printfloat: 7 significant digits, 3-digit exponent.
  if (v != v) return "NaN";
  if (v + v == v && v > 0) return "+Inf";
  if (v + v == v && v < 0) return "-Inf";
  constexpr int n = 7;
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (1 / v < 0) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {
    int s = static_cast<int>(v);
    buf[i + 2] = static_cast<char>(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = static_cast<char>(e / 100 + '0');
  buf[n + 5] = static_cast<char>(e / 10 % 10 + '0');
  buf[n + 6] = static_cast<char>(e % 10 + '0');
  return std::string(buf, sizeof buf);
}

}  // namespace internal
}  // namespace go
