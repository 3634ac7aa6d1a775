// This file declares type descriptors: what the runtime knows about a Go
// type once a value of it sits in an interface (gc's runtime._type).
//
// The emitter prints one `inline const go::type_desc` per type that reaches
// an interface, next to the type (`T_type` for a named T, `slice_int_type`
// and the like for unnamed ones); the predeclared types have theirs here
// (go::int_type, go::string_type, ...). A descriptor is plain data: its kind,
// gc's spelling of the type (what %T prints), size, element/key types,
// array length, struct fields with offsets, and the method table that
// itabs, type assertions and fmt (Error, String) look methods up in.
//
// Equality and hashing walk the descriptor (equal_values, hash_value), so
// a descriptor needs no per-type functions; `comparable` is false for
// slices, maps, funcs and structs/arrays containing them, and comparing or
// hashing such a dynamic type panics with gc's runtime error.
//
// For the maps engineer: a map descriptor has kind::map, `key` and `elem`,
// and `map_ops` (set by whoever implements maps) reaches the entries.
#pragma once

#include <cstddef>
#include <string_view>

#include "go/types.hpp"

namespace go {

enum class kind : uint8 {
  invalid,
  bool_, int_, int8, int16, int32, int64, uint_, uint8, uint16, uint32, uint64, uintptr,
  float32, float64, complex64, complex128, string, unsafe_pointer,
  pointer, slice, array, struct_, map, chan, func, interface,
};

struct type_desc;

// A method of a concrete type. fn points to a thunk `R (*)(void* data,
// params...)` that takes the interface's data word (the boxed value, or the
// pointer itself for pointer-shaped types).
struct method_desc {
  std::string_view name;
  std::string_view sig;  // "func(int) string": what must match an interface's method
  void* fn;
  // For package reflect (nullptr when the signature has no descriptor):
  // the method's func type without the receiver (a method value's, whose
  // bind_method binds fn to a receiver), its type as a method expression
  // func(recv, params...), and what stores that method expression at out.
  const type_desc* type = nullptr;
  const type_desc* func_type = nullptr;
  void (*method_expr)(void* out) = nullptr;
  // An unexported method's package ("" for an exported one): two
  // packages' unexported m are different methods.
  std::string_view pkgpath = {};
};

// A method an interface type requires.
struct imethod_desc {
  std::string_view name;
  std::string_view sig;
  std::string_view pkgpath = {};  // as method_desc's
};

struct field_desc {
  std::string_view name;  // the type name for an embedded field
  const type_desc* type;
  std::size_t offset;
  bool embedded;
  bool exported;
  std::string_view tag = {};  // the raw struct tag (reflect.StructField.Tag)
};

// The entries of a map, for fmt and equality hooks; filled in by maps.
struct map_ops {
  int_ (*len)(const void* map);
  // Calls visit(ctx, key, elem) for every entry, in no particular order.
  void (*each)(const void* map, void* ctx, void (*visit)(void* ctx, const void* key, const void* elem));
  // For package reflect: the map word of make(map[K]V, hint); the address
  // of m[key]'s element (nullptr when absent); m[key] = elem (panics on a
  // nil map as gc does); delete(m, key).
  void* (*make)(int_ hint) = nullptr;
  const void* (*lookup)(const void* map, const void* key) = nullptr;
  void (*assign)(const void* map, const void* key, const void* elem) = nullptr;
  void (*erase)(const void* map, const void* key) = nullptr;
};

struct type_desc {
  kind k = kind::invalid;
  std::string_view name;            // gc's %T: "main.T", "*main.T", "[]int", "struct { X int }"
  std::size_t size = 0;
  bool comparable = true;
  bool named = false;               // a defined type (identity is the descriptor's address)
  const type_desc* elem = nullptr;  // pointer, slice, array, map value, chan element
  const type_desc* key = nullptr;   // map key
  int_ len = 0;                     // array length
  const field_desc* fields = nullptr;
  int_ nfields = 0;
  const method_desc* methods = nullptr;  // sorted by name: the method set
  int_ nmethods = 0;
  const imethod_desc* imethods = nullptr;  // interfaces: sorted by name
  int_ nimethods = 0;
  const map_ops* maps = nullptr;
  // Func types (kind::func): the parameter and result types, whether the
  // last parameter is ...T (its type is then []T), and `call`, which calls
  // a value of the type without knowing it statically (runtime.SetFinalizer,
  // reflect): call(fn, args, results) calls the go::func at fn with the
  // argument values at args[i], and stores result i at results[i] unless
  // results is null (go::call_func in go/func.hpp).
  const type_desc* const* in = nullptr;
  int_ nin = 0;
  const type_desc* const* out = nullptr;
  int_ nout = 0;
  bool variadic = false;
  void (*call)(const void* fn, void* const* args, void* const* results) = nullptr;
  // For package reflect, also go/func.hpp's templates over the func type:
  // bind_method stores at out a func value of this type that calls the
  // method thunk (method_desc::fn) with data as its receiver (a method
  // value); make_func stores at out a func value of this type whose calls
  // hand the addresses of their arguments and result slots to
  // handler(ctx, args, results) (reflect.MakeFunc); code is the code
  // address of the func value at fn (reflect.Value.Pointer).
  void (*bind_method)(void* thunk, void* data, void* out) = nullptr;
  void (*make_func)(void (*handler)(void* ctx, void* const* args, void* const* results), void* ctx, void* out) = nullptr;
  const void* (*code)(const void* fn) = nullptr;
  // Declared in a function, or built from such a type: two types of one
  // name may then differ (type T in two functions), so identity is the
  // descriptor's address for a named one, its structure for an unnamed one.
  bool local = false;
  // For package reflect (reflect.Type's PkgPath, Align, ChanDir): the
  // import path of a defined type's package or of a struct type's fields
  // ("" for predeclared and other unnamed types), alignof the C++ type,
  // and a channel's direction (1 receive, 2 send, 3 both, as reflect's
  // ChanDir).
  std::string_view pkgpath = {};
  std::size_t align = 0;
  uint8 chandir = 0;
  // A defined type's *T (reflect.PointerTo, reflect.New: *T's method set).
  const type_desc* ptr_to = nullptr;

  // Values of pointer shape are stored directly in an interface's data word.
  // A func value is two words in go2cpp (go/func.hpp), so it is boxed like
  // any other value wider than a pointer.
  bool pointer_shaped() const { return k == kind::pointer || k == kind::map || k == kind::chan || k == kind::unsafe_pointer; }
  bool is_empty_interface() const { return k == kind::interface && nimethods == 0; }
  // The method named name (of package pkgpath when unexported), or null.
  const method_desc* find_method(std::string_view name, std::string_view pkgpath = {}) const;
};

// Descriptors of the predeclared types.
extern const type_desc bool_type, int_type, int8_type, int16_type, int32_type, int64_type, uint_type, uint8_type,
    uint16_type, uint32_type, uint64_type, uintptr_type, float32_type, float64_type, complex64_type,
    complex128_type, string_type, unsafe_pointer_type, any_type, error_type;

// Go's type identity for dynamic types: the same descriptor, or two
// descriptors of one type printed in different packages.
bool same_type(const type_desc* a, const type_desc* b);

// a == b for two values of type t stored at a and b; panics with
// "comparing uncomparable type T" when t (or a dynamic type inside) is not
// comparable.
bool equal_values(const type_desc* t, const void* a, const void* b);
// The hash of the value of type t at v (map keys); panics with "hash of
// unhashable type T".
uintptr hash_value(const type_desc* t, const void* v, uintptr seed);

// A method thunk as the untyped pointer a method table holds.
template <class F>
inline void* method_fn(F* f) {
  return reinterpret_cast<void*>(f);
}

}  // namespace go
