// This file implements Go's empty struct type, struct{}, as one C++ type
// for every package.
//
// Other struct types without a name are printed per package (emit's
// unnamed_types.cpp), so two packages spell them as two C++ types; the
// empty struct crosses package boundaries all the time (context's
// Done() <-chan struct{}, sets as map[K]struct{}), so it has a single
// spelling here.
#pragma once

#include "go/types.hpp"

namespace go {

struct empty_struct {
  bool operator==(const empty_struct&) const = default;
  uintptr go_hash(uintptr seed) const { return seed; }
};

}  // namespace go
