// This file implements package runtime/debug's natives on the runtime's
// collector glue (src/gc_stats.cpp) and its standard error.
#include <string_view>

#include "gc_stats.hpp"
#include "go/output.hpp"
#include "runtime/debug/debug.hpp"

namespace runtime::debug {

go::int_ SetGCPercent(go::int_ percent) {
  // gc clamps nothing here; an int beyond int32 is beyond any sensible
  // percentage, and both mean "grow a lot" to Boehm.
  int p = percent > 1000000000 ? 1000000000 : percent < -1 ? -1 : static_cast<int>(percent);
  return go::internal::set_gc_percent(p);
}

void FreeOSMemory() { go::internal::collect_and_release_memory(); }

void writeStderr(go::slice<go::uint8> b) {
  go::write_stderr(std::string_view(reinterpret_cast<const char*>(b.ptr), static_cast<std::size_t>(b.len)));
}

}  // namespace runtime::debug
