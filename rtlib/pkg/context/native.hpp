// This file implements the native functions of Go's package context
// (context.go): what gc's context asks reflectlite, read from the type
// descriptors of dynamic types.
#pragma once

#include "go/runtime.hpp"

namespace context {

inline bool isComparable(go::any v) { return v.type == nullptr || v.type->comparable; }

inline go::string typeName(go::any v) { return v.type == nullptr ? go::make_string("<nil>") : go::make_string(v.type->name); }

}  // namespace context
