// This file declares the natives of package sort (slice.go): the length of
// a slice held in an interface, and the swap of two of its elements, for
// sort.Slice and friends, which accept any slice type.
#pragma once

#include <tuple>

#include "go/runtime.hpp"

namespace sort {

std::tuple<go::int_, go::string> sliceLen(go::any x);
void swapElems(go::any x, go::int_ i, go::int_ j);

}  // namespace sort
