// This file implements sizeOf, alignOf and fieldOffsets for linux/amd64 (see
// sizes.hpp for whose rules they follow).
#include "types/sizes.hpp"

#include <algorithm>

#include "types/object.hpp"

namespace types {

namespace {

constexpr int64_t kWord = 8;

int64_t roundUp(int64_t n, int64_t a) { return (n + a - 1) / a * a; }

int64_t basicSize(BasicKind k) {
  switch (k) {
    case BasicKind::Bool: case BasicKind::Int8: case BasicKind::Uint8: return 1;
    case BasicKind::Int16: case BasicKind::Uint16: return 2;
    case BasicKind::Int32: case BasicKind::Uint32: case BasicKind::Float32: return 4;
    case BasicKind::Int64: case BasicKind::Uint64: case BasicKind::Float64: case BasicKind::Complex64: return 8;
    case BasicKind::Complex128: case BasicKind::String: return 16;
    case BasicKind::Int: case BasicKind::Uint: case BasicKind::Uintptr: case BasicKind::UnsafePointer: return kWord;
    default: return 1;  // invalid and untyped kinds never reach a layout; 1 keeps arithmetic sane
  }
}

}  // namespace

int64_t alignOf(Type* t) {
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Array: return alignOf(u->as<Array>()->elem);
    case TypeKind::Struct: {
      int64_t max = 1;
      for (const Field& f : u->as<Struct>()->fields) max = std::max(max, alignOf(f.var->type));
      return max;
    }
    case TypeKind::Slice: case TypeKind::Interface: return kWord;
    case TypeKind::Basic:
      if (u->as<Basic>()->basic == BasicKind::String) return kWord;
      break;
    default: break;
  }
  int64_t a = sizeOf(t);
  if (a < 1) return 1;
  if (isComplex(u)) a /= 2;
  return std::min(a, kWord);
}

std::vector<int64_t> fieldOffsets(const Struct* s) {
  std::vector<int64_t> offsets;
  int64_t o = 0;
  for (const Field& f : s->fields) {
    o = roundUp(o, alignOf(f.var->type));
    offsets.push_back(o);
    o += sizeOf(f.var->type);
  }
  return offsets;
}

int64_t sizeOf(Type* t) {
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Basic: return basicSize(u->as<Basic>()->basic);
    case TypeKind::Array: {
      auto* a = u->as<Array>();
      return a->len <= 0 ? 0 : sizeOf(a->elem) * a->len;
    }
    case TypeKind::Slice: return 3 * kWord;
    case TypeKind::Struct: {
      auto* s = u->as<Struct>();
      if (s->fields.empty()) return 0;
      std::vector<int64_t> offsets = fieldOffsets(s);
      int64_t last = sizeOf(s->fields.back().var->type);
      if (last == 0 && offsets.back() > 0) last = 1;
      return roundUp(offsets.back() + last, alignOf(u));
    }
    case TypeKind::Interface: return 2 * kWord;
    default: return kWord;  // pointers, maps, channels, funcs
  }
}

}  // namespace types
