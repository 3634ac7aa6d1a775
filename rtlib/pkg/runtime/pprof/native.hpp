// This file declares the native functions of Go's package runtime/pprof
// (cpu.go declares them; pprof.cpp implements them).
#pragma once

#include <tuple>

#include "go/runtime.hpp"

namespace runtime::pprof {

go::int_ cpuProfileRate();
std::tuple<go::slice<go::uintptr>, go::slice<go::unsafe_pointer>, go::int64> cpuProfileRead();
void setGoroutineLabels(go::unsafe_pointer labels);

}  // namespace runtime::pprof
