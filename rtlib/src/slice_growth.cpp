// This file implements how slices grow and are made, following gc 1.19's
// runtime/slice.go (growslice, makeslice) and the allocation size classes of
// runtime/sizeclasses.go, so that cap() after append matches gc exactly.
#include <array>
#include <cstdint>

#include "go/panic.hpp"
#include "go/slice.hpp"

namespace go {

namespace {
// gc's class_to_size: the object sizes of its small-object allocator.
constexpr std::array<std::uint16_t, 68> size_classes = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,   160,   176,
    192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,   512,   576,
    640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304,  2688,  3072,
    3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
constexpr std::size_t max_small_size = 32768;
constexpr std::size_t page_size = 8192;
constexpr std::uint64_t max_alloc = std::uint64_t(1) << 48;  // gc's maxAlloc on linux/amd64
}  // namespace

std::size_t round_up_alloc_size(std::size_t size) {
  if (size < max_small_size) {
    // Binary search for the smallest class that holds size bytes.
    std::size_t lo = 0, hi = size_classes.size() - 1;
    while (lo < hi) {
      std::size_t mid = (lo + hi) / 2;
      if (size_classes[mid] >= size) hi = mid;
      else lo = mid + 1;
    }
    return size_classes[lo];
  }
  if (size + page_size < size) return size;
  return (size + page_size - 1) / page_size * page_size;
}

int_ grow_capacity(int_ old_cap, int_ needed, std::size_t elem_size) {
  if (needed < old_cap) panic_runtime_error("growslice: cap out of range");
  int_ newcap = old_cap;
  int_ doublecap = newcap + newcap;
  if (needed > doublecap) {
    newcap = needed;
  } else {
    constexpr int_ threshold = 256;
    if (old_cap < threshold) {
      newcap = doublecap;
    } else {
      while (0 < newcap && newcap < needed) newcap += (newcap + 3 * threshold) / 4;
      if (newcap <= 0) newcap = needed;
    }
  }
  if (elem_size == 0) return needed;
  if (static_cast<std::uint64_t>(newcap) > max_alloc / elem_size) panic_runtime_error("growslice: cap out of range");
  std::size_t bytes = round_up_alloc_size(static_cast<std::size_t>(newcap) * elem_size);
  return static_cast<int_>(bytes / elem_size);
}

void check_make_slice(int_ len, int_ cap, std::size_t elem_size) {
  // Elements of size zero take no memory: any length fits (gc's makeslice).
  std::uint64_t limit = elem_size == 0 ? static_cast<std::uint64_t>(-1) : max_alloc / elem_size;
  bool cap_bad = cap < 0 || static_cast<std::uint64_t>(cap) > limit;
  if (cap_bad || len < 0 || len > cap) {
    bool len_bad = len < 0 || static_cast<std::uint64_t>(len) > limit;
    if (len_bad) panic_makeslice_len();
    panic_makeslice_cap();
  }
}

}  // namespace go
