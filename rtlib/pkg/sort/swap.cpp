// This file implements package sort's natives (native.hpp) from the type
// descriptor of the slice: a slice is boxed as its {ptr, len, cap} header,
// and elements are swapped byte-wise through a buffer, whatever their type.
#include "sort/sort.hpp"

#include <cstring>
#include <vector>

namespace sort {

namespace {

// reflect.Kind's names, in go::kind's order.
go::string kind_name(const go::type_desc* t) {
  static const char* const names[] = {
      "invalid", "bool",   "int",     "int8",       "int16",     "int32",          "int64",
      "uint",    "uint8",  "uint16",  "uint32",     "uint64",    "uintptr",        "float32",
      "float64", "complex64", "complex128", "string", "unsafe.Pointer", "ptr",     "slice",
      "array",   "struct", "map",     "chan",       "func",      "interface",
  };
  if (t == nullptr) return go::string();
  return go::make_string(names[static_cast<int>(t->k)]);
}

struct slice_header {
  unsigned char* ptr;
  go::int_ len;
  go::int_ cap;
};

}  // namespace

std::tuple<go::int_, go::string> sliceLen(go::any x) {
  if (x.type == nullptr || x.type->k != go::kind::slice) return {-1, kind_name(x.type)};
  return {static_cast<const slice_header*>(go::value_address(x))->len, go::string()};
}

void swapElems(go::any x, go::int_ i, go::int_ j) {
  const auto* s = static_cast<const slice_header*>(go::value_address(x));
  if (static_cast<go::uint_>(i) >= static_cast<go::uint_>(s->len)) go::panic_index(i, s->len);
  if (static_cast<go::uint_>(j) >= static_cast<go::uint_>(s->len)) go::panic_index(j, s->len);
  std::size_t size = x.type->elem->size;
  unsigned char* a = s->ptr + static_cast<std::size_t>(i) * size;
  unsigned char* b = s->ptr + static_cast<std::size_t>(j) * size;
  if (size <= 64) {
    unsigned char tmp[64];
    std::memcpy(tmp, a, size);
    std::memcpy(a, b, size);
    std::memcpy(b, tmp, size);
    return;
  }
  std::vector<unsigned char> tmp(a, a + size);
  std::memcpy(a, b, size);
  std::memcpy(b, tmp.data(), size);
}

}  // namespace sort
