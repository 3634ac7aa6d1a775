// This file implements the values of Go's runtime errors: the types of
// gc's runtime/error.go that a recovered runtime panic has, with their
// Error and RuntimeError methods, and the panics that raise them.
//
//   runtime.errorString          "runtime error: integer divide by zero", nil dereference, ...
//   runtime.plainError           "send on closed channel" (no "runtime error: " prefix)
//   runtime.boundsError          "runtime error: index out of range [5] with length 3"
//   *runtime.TypeAssertionError  "interface conversion: ..."
//
// Their descriptors carry gc's names, so %T of a recovered error prints
// what gc prints.
#include <cstddef>
#include <string>

#include "go/panic_record.hpp"
#include "go/string.hpp"

namespace go {

namespace {

// gc's boundsError: x is the index (unsigned when !signed_), y the length
// or capacity; code selects the message.
struct bounds_error {
  int64 x;
  int_ y;
  bool signed_;
  uint8 code;
};

// gc's TypeAssertionError keeps the three types; the message is all that
// Error() needs. Package runtime declares it in Go with this layout
// (pkg/runtime/error.go), so `r.(*runtime.TypeAssertionError)` holds.
struct type_assertion_error {
  string message;
};

string error_string_error(void* data) {
  return make_string("runtime error: " + std::string(view(*static_cast<const string*>(data))));
}
string plain_error_error(void* data) { return *static_cast<const string*>(data); }
void runtime_error_marker(void*) {}

std::string bounds_text(const bounds_error& e) {
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
      "cannot convert slice with length %y to pointer to array with length %x",
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
      "cannot convert slice with length %y to pointer to array with length %x",
  };
  bool negative = e.signed_ && e.x < 0;
  const char* format = (negative ? negative_x : with_y)[e.code];
  std::string text = "runtime error: ";
  for (const char* c = format; *c != 0; c++) {
    if (c[0] == '%' && c[1] == 'x') {
      text += e.signed_ ? std::to_string(e.x) : std::to_string(static_cast<uint64>(e.x));
      c++;
    } else if (c[0] == '%' && c[1] == 'y') {
      text += std::to_string(e.y);
      c++;
    } else {
      text += *c;
    }
  }
  return text;
}

string bounds_error_error(void* data) { return make_string(bounds_text(*static_cast<const bounds_error*>(data))); }

string type_assertion_error_error(void* data) { return static_cast<const type_assertion_error*>(data)->message; }

// Method tables, sorted by name.
const method_desc error_string_methods[] = {
    {"Error", "func() string", method_fn(&error_string_error)},
    {"RuntimeError", "func()", method_fn(&runtime_error_marker)},
};
const method_desc plain_error_methods[] = {
    {"Error", "func() string", method_fn(&plain_error_error)},
    {"RuntimeError", "func()", method_fn(&runtime_error_marker)},
};
const method_desc bounds_error_methods[] = {
    {"Error", "func() string", method_fn(&bounds_error_error)},
    {"RuntimeError", "func()", method_fn(&runtime_error_marker)},
};
const method_desc type_assertion_error_methods[] = {
    {"Error", "func() string", method_fn(&type_assertion_error_error)},
    {"RuntimeError", "func()", method_fn(&runtime_error_marker)},
};

const field_desc bounds_error_fields[] = {
    {"x", &int64_type, offsetof(bounds_error, x), false, false},
    {"y", &int_type, offsetof(bounds_error, y), false, false},
    {"signed", &bool_type, offsetof(bounds_error, signed_), false, false},
    {"code", &uint8_type, offsetof(bounds_error, code), false, false},
};
const field_desc type_assertion_error_fields[] = {
    {"message", &string_type, offsetof(type_assertion_error, message), false, false},
};

type_desc named_type(kind k, std::string_view name, std::size_t size, const method_desc* methods, int_ nmethods) {
  type_desc t;
  t.k = k;
  t.name = name;
  t.size = size;
  t.named = true;
  t.methods = methods;
  t.nmethods = nmethods;
  return t;
}

const type_desc type_assertion_error_struct = [] {
  type_desc t = named_type(kind::struct_, "runtime.TypeAssertionError", sizeof(type_assertion_error), nullptr, 0);
  t.fields = type_assertion_error_fields;
  t.nfields = 1;
  return t;
}();

[[noreturn]] void raise_value(const any& v) {
  panic_record* p = new_panic_record();
  p->value = v;
  throw panic_error(p);
}

}  // namespace

const type_desc runtime_error_string_type =
    named_type(kind::string, "runtime.errorString", sizeof(string), error_string_methods, 2);
const type_desc runtime_plain_error_type =
    named_type(kind::string, "runtime.plainError", sizeof(string), plain_error_methods, 2);
const type_desc runtime_bounds_error_type = [] {
  type_desc t = named_type(kind::struct_, "runtime.boundsError", sizeof(bounds_error), bounds_error_methods, 2);
  t.fields = bounds_error_fields;
  t.nfields = 4;
  return t;
}();
const type_desc runtime_type_assertion_error_type = [] {
  type_desc t = named_type(kind::pointer, "*runtime.TypeAssertionError", sizeof(void*), type_assertion_error_methods, 2);
  t.named = false;
  t.elem = &type_assertion_error_struct;
  return t;
}();

void raise_panic(std::string text, bool runtime_error) {
  string s = make_string(text);
  raise_value(runtime_error ? box(runtime_plain_error_type, s) : any(s));
}

void panic_runtime_error(std::string_view text) { raise_value(box(runtime_error_string_type, make_string(text))); }

void panic_type_assertion(std::string text) {
  raise_value(box(runtime_type_assertion_error_type, new_<type_assertion_error>(type_assertion_error{make_string(text)})));
}

void panic_bounds(bounds_kind which, int64 x, int64 y, bool x_signed) {
  raise_value(box(runtime_bounds_error_type, bounds_error{x, y, x_signed, static_cast<uint8>(which)}));
}

void panic_index(int_ i, int_ len) { panic_bounds(bounds_kind::index, i, len); }

void panic_divide() { panic_runtime_error("integer divide by zero"); }
void panic_overflow() { panic_runtime_error("integer overflow"); }
void panic_shift() { panic_runtime_error("negative shift amount"); }
void panic_makeslice_len() { panic_runtime_error("makeslice: len out of range"); }
void panic_makeslice_cap() { panic_runtime_error("makeslice: cap out of range"); }

}  // namespace go
