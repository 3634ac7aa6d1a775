// This file implements raising Go panics: the records that carry them
// (go/panic_record.hpp), panic(v), the nil dereference with gc's signal
// line, and runtime.Goexit. The runtime error values are in
// runtime_errors.cpp, the report of an unrecovered panic in
// panic_report.cpp.
#define GC_THREADS
#include <gc/gc.h>

#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>

#include "go/output.hpp"
#include "go/panic_record.hpp"
#include "go/string.hpp"
#include "runtime_internal.hpp"

namespace go {

namespace {
// Runtime frames are dropped by name when printing; capture them all.
constexpr int frames_inside_runtime = 0;
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
  for (panic_record* running : internal::panics_running_defers()) {
    if (p->nrunners == panic_record::max_runners) break;
    p->runners[p->nrunners++] = running;
  }
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

std::string panic_error::text() const { return panic_value_text(record->value); }

bool panic_error::is_runtime_error() const {
  const type_desc* t = record->value.type;
  const method_desc* m = t ? t->find_method("RuntimeError") : nullptr;
  return m != nullptr && m->sig == "func()";
}

bool panic_error::is_goexit() const { return record->goexit; }

void panic(const any& v) {
  panic_record* p = new_panic_record();
  p->value = v;
  throw panic_error(p);
}

void goexit() {
  panic_record* p = new_panic_record();
  p->goexit = true;
  throw panic_error(p);
}

namespace {

// gc reaches this through a real fault, so it prints the signal too. The
// pc is the return address of the caller of the panic function, the
// closest we have.
[[noreturn]] void raise_nil_deref(uintptr fault_address, void* pc) {
  char line[128];
  std::snprintf(line, sizeof line, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x%lx pc=%#lx]",
                static_cast<unsigned long>(fault_address), reinterpret_cast<unsigned long>(pc));
  panic_record* p = new_panic_record();
  p->value = box(runtime_error_string_type, make_string("invalid memory address or nil pointer dereference"));
  p->signal_line = line;
  throw panic_error(p);
}

}  // namespace

void panic_nil_deref() { raise_nil_deref(0, __builtin_return_address(0)); }

void panic_nil_deref_at(uintptr fault_address) { raise_nil_deref(fault_address, __builtin_return_address(0)); }

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
