// This file implements the report of an unrecovered panic, as gc's
// runtime/panic.go (preprintpanics, printpanics) and runtime/error.go
// (printpanicval, printanycustomtype) print it:
//
//     panic: first [recovered]
//     	panic: main.MyErr{...}.Error() text
//     [signal SIGSEGV: ...]             (a nil dereference only)
//
//     goroutine 1 [running]:
//     ...
//
// then exit status 2. Values print as gc's print builtin prints them;
// errors and Stringers by their method; a value of a defined basic type
// as main.T(5) or main.S("text"); anything else as (T) and its address.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "go/output.hpp"
#include "go/panic_record.hpp"
#include "go/string.hpp"
#include "runtime_internal.hpp"

namespace go {

namespace {

const char* basic_name(kind k) {
  switch (k) {
    case kind::bool_: return "bool";
    case kind::int_: return "int";
    case kind::int8: return "int8";
    case kind::int16: return "int16";
    case kind::int32: return "int32";
    case kind::int64: return "int64";
    case kind::uint_: return "uint";
    case kind::uint8: return "uint8";
    case kind::uint16: return "uint16";
    case kind::uint32: return "uint32";
    case kind::uint64: return "uint64";
    case kind::uintptr: return "uintptr";
    case kind::float32: return "float32";
    case kind::float64: return "float64";
    case kind::complex64: return "complex64";
    case kind::complex128: return "complex128";
    case kind::string: return "string";
    default: return nullptr;
  }
}

std::string hex(uintptr v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%#lx", static_cast<unsigned long>(v));
  return buf;
}

template <class T>
T read(const void* p) {
  return *static_cast<const T*>(p);
}

// The value of a basic kind at p as the print builtin writes it, or false
// for other kinds.
bool append_basic(std::string& out, kind k, const void* p) {
  switch (k) {
    case kind::bool_: out += read<bool>(p) ? "true" : "false"; return true;
    case kind::int_: out += std::to_string(read<int_>(p)); return true;
    case kind::int8: out += std::to_string(read<int8>(p)); return true;
    case kind::int16: out += std::to_string(read<int16>(p)); return true;
    case kind::int32: out += std::to_string(read<int32>(p)); return true;
    case kind::int64: out += std::to_string(read<int64>(p)); return true;
    case kind::uint_: out += std::to_string(read<uint_>(p)); return true;
    case kind::uint8: out += std::to_string(read<uint8>(p)); return true;
    case kind::uint16: out += std::to_string(read<uint16>(p)); return true;
    case kind::uint32: out += std::to_string(read<uint32>(p)); return true;
    case kind::uint64:
    case kind::uintptr: out += std::to_string(read<uint64>(p)); return true;
    case kind::float32: out += internal::format_print_float(read<float32>(p)); return true;
    case kind::float64: out += internal::format_print_float(read<float64>(p)); return true;
    case kind::complex64:
      out += "(" + internal::format_print_float(read<float32>(p)) +
             internal::format_print_float(static_cast<const float32*>(p)[1]) + "i)";
      return true;
    case kind::complex128:
      out += "(" + internal::format_print_float(read<float64>(p)) +
             internal::format_print_float(static_cast<const float64*>(p)[1]) + "i)";
      return true;
    case kind::string: out += view(read<string>(p)); return true;
    default: return false;
  }
}

// A method `func() string` of t (Error, String), or nullptr.
const method_desc* string_method(const type_desc* t, const char* name) {
  const method_desc* m = t->find_method(name);
  return m != nullptr && m->sig == "func() string" ? m : nullptr;
}

// gc's printpanics: the oldest panic first, each later one indented by a
// tab; a Goexit in the chain prints nothing and no tab after it.
void append_panics(std::string& out, const panic_record* p) {
  if (p->link != nullptr) {
    append_panics(out, p->link);
    if (!p->link->goexit) out += "\t";
  }
  if (p->goexit) return;
  out += "panic: " + panic_value_text(p->value);
  if (p->recovered) out += " [recovered]";
  out += "\n";
}

[[noreturn]] void die(const std::string& report) {
  internal::flush_stdout_for_crash();
  internal::write_stderr_for_crash(report);
  std::_Exit(2);
}

}  // namespace

std::string panic_value_text(const any& v) {
  const type_desc* t = v.type;
  if (t == nullptr) return "nil";
  // preprintpanics: an error prints as its Error(), a Stringer as String().
  const method_desc* m = string_method(t, "Error");
  if (m == nullptr) m = string_method(t, "String");
  if (m != nullptr) return std::string(view(reinterpret_cast<string (*)(void*)>(m->fn)(v.data)));
  std::string out;
  const char* basic = basic_name(t->k);
  const void* p = value_address(v);
  if (basic != nullptr && t->name == basic) {
    append_basic(out, t->k, p);
    return out;
  }
  // printanycustomtype: defined types of a basic kind show their type.
  std::string type_name(t->name);
  if (t->k == kind::string) return type_name + "(\"" + std::string(view(read<string>(p))) + "\")";
  if (t->k == kind::complex64 || t->k == kind::complex128) {
    out = type_name;
    append_basic(out, t->k, p);
    return out;
  }
  if (basic != nullptr) {
    out = type_name + "(";
    append_basic(out, t->k, p);
    return out + ")";
  }
  return "(" + type_name + ") " + hex(reinterpret_cast<uintptr>(v.data));
}

void die_of_panic(const panic_error& e) {
  const panic_record* p = e.record;
  std::string report;
  try {
    append_panics(report, p);
  } catch (const panic_error& inner) {
    // An Error or String method panicked (gc's preprintpanics throws).
    const any& r = inner.record->value;
    std::string what = r.type == &string_type ? std::string(view(unbox<string>(r)))
                                              : "type " + std::string(r.type ? r.type->name : "nil");
    die("fatal error: panic while printing panic value: " + what + "\n\n" + internal::format_panic_trace(p));
  }
  if (!p->signal_line.empty()) report += p->signal_line + "\n";
  if (internal::traceback_level() > 0) {
    report += "\n";
    report += internal::format_panic_trace(p);
    if (internal::traceback_all()) report += internal::format_other_goroutines(true);
  }
  die(report);
}

namespace internal {

void die_of_fatal_error(const std::string& message, const uintptr* pcs, int n) {
  // gc's throw: every goroutine unless GOTRACEBACK=none.
  std::string report = "fatal error: " + message + "\n";
  if (traceback_level() > 0) report += "\n" + format_goroutine_trace(pcs, n) + format_other_goroutines(true);
  die(report);
}

}  // namespace internal

}  // namespace go
