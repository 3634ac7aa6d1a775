// This file implements Go's checked pointer dereference: *p and p.f on a nil
// pointer panic with gc's runtime error (which recover() can catch), where
// C++ would fault. The emitter uses deref where it cannot prove p non-nil;
// a fault that still happens is caught by the SIGSEGV handler.
#pragma once

#include "go/panic.hpp"

namespace go {

template <class T>
inline bool is_nil(const T* p) {
  return p == nullptr;
}

template <class T>
inline T& deref(T* p) {
  if (p == nullptr) [[unlikely]] panic_nil_deref();
  return *p;
}

// p.f where f lies offset bytes into *p: a nil p reports gc's fault
// address, p+offset (methods.cpp in the emitter says when).
template <class T>
inline T& deref(T* p, uintptr offset) {
  if (p == nullptr) [[unlikely]] panic_nil_deref_at(offset);
  return *p;
}

}  // namespace go
