// This file implements the parts of go::map that are not templates: table
// sizing and the nil-map panic (texts from gc's runtime/map.go).
#include "go/map.hpp"
#include "go/panic.hpp"

namespace go {

void panic_nil_map_assignment() {
  // gc raises a plainError: a runtime.Error printed without "runtime error: ".
  raise_panic("assignment to entry in nil map", true);
}

namespace detail {

int_ map_capacity_for(int_ n, std::size_t slot_size) {
  // gc ignores a hint whose buckets could not be allocated (maxAlloc, 2^48).
  constexpr uint64 max_alloc = uint64{1} << 48;
  if (static_cast<uint64>(n) > max_alloc / (slot_size ? slot_size : 1) / 2) return 0;
  int_ capacity = group_size;
  while (map_max_load(capacity) < n) capacity *= 2;
  return capacity;
}

}  // namespace detail
}  // namespace go
