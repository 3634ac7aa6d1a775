// This file implements the native functions of Go's package errors
// (errors.go): what reflectlite does for Is and As, read from the type
// descriptors of the dynamic types.
#pragma once

#include <cstring>

#include "go/runtime.hpp"

namespace errors {

inline bool comparable(go::error err) {
  const go::type_desc* t = err.dynamic_type();
  return t == nullptr || t->comparable;
}

inline void checkAsTarget(go::any target) {
  if (target.type == nullptr || (target.type->k == go::kind::pointer && target.data == nullptr))
    go::panic(go::any(go::string("errors: target must be a non-nil pointer")));
  if (target.type->k != go::kind::pointer) go::panic(go::any(go::string("errors: target must be a non-nil pointer")));
  const go::type_desc* elem = target.type->elem;
  if (elem->k != go::kind::interface && !go::implements(elem, go::error_type))
    go::panic(go::any(go::string("errors: *target must be interface or implement error")));
}

inline bool assignTo(go::error err, go::any target) {
  const go::type_desc* have = err.dynamic_type();
  const go::type_desc* want = target.type->elem;
  if (want->k == go::kind::interface) {
    if (!go::implements(have, *want)) return false;
    if (want->is_empty_interface()) {
      *static_cast<go::any*>(target.data) = go::any(err);
    } else {
      auto* dst = static_cast<go::iface*>(target.data);
      dst->tab = go::get_itab(want, have, false);
      dst->data = err.data;
    }
    return true;
  }
  if (!go::same_type(have, want)) return false;
  go::any v(err);
  std::memcpy(target.data, go::value_address(v), want->size);
  return true;
}

}  // namespace errors
