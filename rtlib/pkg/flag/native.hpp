// This file implements the native functions of Go's package flag
// (values.go): what gc's flag does with reflect — a zero value of a
// Value's dynamic type for PrintDefaults, and TextVar's copy of the
// default into the variable — read from the type descriptors.
#pragma once

#include <cstring>

#include "go/runtime.hpp"

namespace flag {

// Whether a value of type t travels in the interface's data word (box's
// rule: pointer-shaped and one word; a func value is two and is boxed).
inline bool inDataWord(const go::type_desc* t) { return t->pointer_shaped() && t->size == sizeof(void*); }

inline bool isPointer(go::any v) { return v.type != nullptr && v.type->k == go::kind::pointer; }

// The type reflect.Value.Elem().Type() names for v: the pointee's type
// for a pointer, v's dynamic type otherwise.
inline go::string valueTypeName(go::any v) {
  if (v.type == nullptr) return go::make_string("<nil>");
  const go::type_desc* t = v.type->k == go::kind::pointer ? v.type->elem : v.type;
  return go::make_string(t->name);
}

inline go::string elemTypeName(go::any p) { return valueTypeName(p); }

inline bool storeDefault(go::any p, go::any val) {
  if (!isPointer(p) || val.type == nullptr) return false;
  const go::type_desc* want = p.type->elem;
  const go::type_desc* have = val.type;
  const void* src = val.data;  // a boxed value, or the pointer itself
  if (have->k == go::kind::pointer) {
    have = have->elem;
  } else if (inDataWord(have)) {
    src = &val.data;  // a map, chan or func lives in the data word
  }
  if (!go::same_type(have, want)) return false;
  if (p.data == nullptr || src == nullptr) go::panic_nil_deref();
  std::memmove(p.data, src, want->size);
  return true;
}

inline go::any zeroValueLike(go::any v) {
  const go::type_desc* t = v.type;
  if (t == nullptr) return v;
  if (t->k == go::kind::pointer) return go::any(t, go::alloc(t->elem->size ? t->elem->size : 1));
  if (inDataWord(t)) return go::any(t, nullptr);
  return go::any(t, go::alloc(t->size ? t->size : 1));
}

}  // namespace flag
