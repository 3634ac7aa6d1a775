// This file implements the descriptors of the predeclared types and the
// operations that walk descriptors: type identity, equality and hashing of
// values of any comparable type (gc's runtime/alg.go: efaceeq, interhash,
// with its "comparing uncomparable type" and "hash of unhashable type"
// errors).
#include <algorithm>
#include <cmath>
#include <complex>
#include <cstdlib>
#include <string>

#include "go/iface.hpp"
#include "go/typedesc.hpp"

namespace go {

namespace {
constexpr type_desc basic(kind k, std::string_view name, std::size_t size) {
  type_desc t;
  t.k = k;
  t.name = name;
  t.size = size;
  // gc's amd64 alignment: a complex number aligns as its parts.
  t.align = k == kind::complex64 || k == kind::complex128 ? size / 2 : size < 8 ? size : 8;
  t.named = true;  // predeclared types are defined types
  return t;
}
}  // namespace

const type_desc bool_type = basic(kind::bool_, "bool", 1);
const type_desc int_type = basic(kind::int_, "int", 8);
const type_desc int8_type = basic(kind::int8, "int8", 1);
const type_desc int16_type = basic(kind::int16, "int16", 2);
const type_desc int32_type = basic(kind::int32, "int32", 4);
const type_desc int64_type = basic(kind::int64, "int64", 8);
const type_desc uint_type = basic(kind::uint_, "uint", 8);
const type_desc uint8_type = basic(kind::uint8, "uint8", 1);
const type_desc uint16_type = basic(kind::uint16, "uint16", 2);
const type_desc uint32_type = basic(kind::uint32, "uint32", 4);
const type_desc uint64_type = basic(kind::uint64, "uint64", 8);
const type_desc uintptr_type = basic(kind::uintptr, "uintptr", 8);
const type_desc float32_type = basic(kind::float32, "float32", 4);
const type_desc float64_type = basic(kind::float64, "float64", 8);
const type_desc complex64_type = basic(kind::complex64, "complex64", 8);
const type_desc complex128_type = basic(kind::complex128, "complex128", 16);
const type_desc string_type = basic(kind::string, "string", sizeof(string));
const type_desc unsafe_pointer_type = [] {
  type_desc t = basic(kind::unsafe_pointer, "unsafe.Pointer", 8);
  t.pkgpath = "unsafe";  // reflect's PkgPath of unsafe.Pointer
  return t;
}();

const type_desc any_type = [] {
  type_desc t = basic(kind::interface, "interface {}", sizeof(any));
  t.named = false;
  return t;
}();

namespace {
const imethod_desc error_methods[] = {{"Error", "func() string"}};
}
const type_desc error_type = [] {
  type_desc t = basic(kind::interface, "error", sizeof(iface));
  t.imethods = error_methods;
  t.nimethods = 1;
  return t;
}();

const method_desc* type_desc::find_method(std::string_view n, std::string_view pkgpath) const {
  const method_desc* end = methods + nmethods;
  const method_desc* m = std::lower_bound(methods, end, n, [](const method_desc& a, std::string_view b) { return a.name < b; });
  // Methods sort by name, then package: an unexported name may repeat.
  for (; m != end && m->name == n; m++)
    if (m->pkgpath == pkgpath) return m;
  return nullptr;
}

namespace {
bool same_field_labels(const type_desc* a, const type_desc* b) {
  if (a->nfields != b->nfields) return false;
  for (int_ i = 0; i < a->nfields; i++) {
    const field_desc& x = a->fields[i];
    const field_desc& y = b->fields[i];
    if (x.name != y.name || x.embedded != y.embedded || x.tag != y.tag) return false;
    // An unexported field name is its package's (struct{ x int } of two
    // packages are two types).
    if (!x.exported && a->pkgpath != b->pkgpath) return false;
  }
  return true;
}
}  // namespace

bool same_type(const type_desc* a, const type_desc* b) {
  if (a == b) return true;
  // Packages print their own copies of the descriptors they use; gc's type
  // strings tell package-level types apart.
  if (a == nullptr || b == nullptr) return false;
  if (a->k != b->k || a->named != b->named || a->name != b->name) return false;
  // p.T of two packages whose names are both p.
  if (a->named && a->pkgpath != b->pkgpath) return false;
  // struct { int } and struct { Int } (type Int = int) print alike but
  // differ in their field's name: types.Identical compares names, tags and
  // embedding.
  if (a->k == kind::struct_ && !a->named && !same_field_labels(a, b)) return false;
  if (!a->local && !b->local) return true;
  // main.T of one function is not main.T of another.
  if (a->named) return false;
  // []T, *T, struct{ x T }... of local types: the same parts.
  if (a->len != b->len || a->nfields != b->nfields) return false;
  if ((a->elem || b->elem) && !same_type(a->elem, b->elem)) return false;
  if ((a->key || b->key) && !same_type(a->key, b->key)) return false;
  for (int_ i = 0; i < a->nfields; i++)
    if (!same_type(a->fields[i].type, b->fields[i].type)) return false;
  return true;
}

namespace {

[[noreturn]] void panic_uncomparable(const type_desc* t) {
  panic_runtime_error("comparing uncomparable type " + std::string(t->name));
}

template <class T>
bool eq(const void* a, const void* b) {
  return *static_cast<const T*>(a) == *static_cast<const T*>(b);
}

}  // namespace

any interface_at(const type_desc* t, const void* p) {
  if (t->is_empty_interface()) return *static_cast<const any*>(p);
  return any(*static_cast<const iface*>(p));
}

bool equal_values(const type_desc* t, const void* a, const void* b) {
  switch (t->k) {
    case kind::bool_: return eq<bool>(a, b);
    case kind::int_: case kind::uint_: case kind::int64: case kind::uint64: case kind::uintptr: return eq<uint64>(a, b);
    case kind::int8: case kind::uint8: return eq<uint8>(a, b);
    case kind::int16: case kind::uint16: return eq<uint16>(a, b);
    case kind::int32: case kind::uint32: return eq<uint32>(a, b);
    case kind::float32: return eq<float32>(a, b);
    case kind::float64: return eq<float64>(a, b);
    case kind::complex64: return eq<std::complex<float32>>(a, b);
    case kind::complex128: return eq<std::complex<float64>>(a, b);
    case kind::string: return eq<string>(a, b);
    case kind::pointer: case kind::chan: case kind::unsafe_pointer: return eq<const void*>(a, b);
    case kind::interface: return equal_interfaces(interface_at(t, a), interface_at(t, b));
    case kind::array: {
      const auto* pa = static_cast<const char*>(a);
      const auto* pb = static_cast<const char*>(b);
      if (!t->elem->comparable) panic_uncomparable(t->elem);
      for (int_ i = 0; i < t->len; i++)
        if (!equal_values(t->elem, pa + i * t->elem->size, pb + i * t->elem->size)) return false;
      return true;
    }
    case kind::struct_: {
      const auto* pa = static_cast<const char*>(a);
      const auto* pb = static_cast<const char*>(b);
      for (int_ i = 0; i < t->nfields; i++) {
        const field_desc& f = t->fields[i];
        if (f.name == "_") continue;  // blank fields take no part in ==
        if (!f.type->comparable) panic_uncomparable(f.type);
        if (!equal_values(f.type, pa + f.offset, pb + f.offset)) return false;
      }
      return true;
    }
    case kind::slice: case kind::map: case kind::func: case kind::invalid: break;
  }
  panic_uncomparable(t);
}

bool equal_interfaces(const any& x, const any& y) {
  if (!same_type(x.type, y.type)) return false;
  if (x.type == nullptr) return true;
  if (!x.type->comparable) panic_uncomparable(x.type);
  return equal_values(x.type, value_address(x), value_address(y));
}

namespace {
// A 64-bit mix (splitmix64's finalizer); Go's maps only need a good spread.
uintptr mix(uintptr h, uintptr v) {
  h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  return h;
}

uintptr hash_bytes(const void* p, std::size_t n, uintptr seed) {
  const auto* b = static_cast<const uint8*>(p);
  uintptr h = seed ^ (n * 0x100000001b3ull);
  for (std::size_t i = 0; i < n; i++) h = (h ^ b[i]) * 0x100000001b3ull;
  return mix(h, n);
}

template <class F>
uintptr hash_float(F f, uintptr seed) {
  if (f == 0) return mix(seed, 0);  // +0 and -0 are equal
  if (std::isnan(f)) return mix(seed, reinterpret_cast<uintptr>(&f) ^ static_cast<uintptr>(std::rand()));  // NaN != NaN
  return hash_bytes(&f, sizeof f, seed);
}
}  // namespace

uintptr hash_value(const type_desc* t, const void* v, uintptr seed) {
  switch (t->k) {
    case kind::bool_: case kind::int8: case kind::uint8: case kind::int16: case kind::uint16:
    case kind::int32: case kind::uint32: case kind::int_: case kind::uint_: case kind::int64: case kind::uint64:
    case kind::uintptr: case kind::pointer: case kind::chan: case kind::unsafe_pointer:
      return hash_bytes(v, t->size, seed);
    case kind::float32: return hash_float(*static_cast<const float32*>(v), seed);
    case kind::float64: return hash_float(*static_cast<const float64*>(v), seed);
    case kind::complex64: {
      const auto* c = static_cast<const float32*>(v);
      return hash_float(c[1], hash_float(c[0], seed));
    }
    case kind::complex128: {
      const auto* c = static_cast<const float64*>(v);
      return hash_float(c[1], hash_float(c[0], seed));
    }
    case kind::string: {
      const auto* s = static_cast<const string*>(v);
      return hash_bytes(s->ptr, static_cast<std::size_t>(s->len), seed);
    }
    case kind::interface: {
      any a = interface_at(t, v);
      if (a.type == nullptr) return mix(seed, 0);
      if (!a.type->comparable) panic_runtime_error("hash of unhashable type " + std::string(a.type->name));
      return hash_value(a.type, value_address(a), mix(seed, hash_bytes(a.type->name.data(), a.type->name.size(), 0)));
    }
    case kind::array: {
      uintptr h = seed;
      for (int_ i = 0; i < t->len; i++) h = hash_value(t->elem, static_cast<const char*>(v) + i * t->elem->size, h);
      return h;
    }
    case kind::struct_: {
      uintptr h = seed;
      for (int_ i = 0; i < t->nfields; i++) {
        const field_desc& f = t->fields[i];
        if (f.name != "_") h = hash_value(f.type, static_cast<const char*>(v) + f.offset, h);
      }
      return h;
    }
    case kind::slice: case kind::map: case kind::func: case kind::invalid: break;
  }
  panic_runtime_error("hash of unhashable type " + std::string(t->name));
}

}  // namespace go

namespace go::detail {

const type_desc* make_composite_type(kind k, std::string name, std::size_t size, const type_desc* elem, int_ len,
                                     bool comparable) {
  auto* owned = new std::string(std::move(name));
  auto* t = new type_desc;
  t->k = k;
  t->name = *owned;
  t->size = size;
  t->elem = elem;
  t->len = len;
  t->comparable = comparable;
  t->align = k == kind::array ? elem->align : sizeof(void*);
  return t;
}

}  // namespace go::detail
