// This file declares the native functions of Go's package time (the Go
// declarations are in this folder's .go files; time.cpp implements them).
#pragma once

#include <tuple>

#include "go/runtime.hpp"

namespace time_ {

std::tuple<go::int64, go::int32, go::int64> now();
go::int64 runtimeNano();
void sleep(go::int64 ns);

}  // namespace time_
