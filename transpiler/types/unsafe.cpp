// This file implements package unsafe, which no Go source declares: the
// checker provides it (as go/types' Unsafe), with the type Pointer and the
// built-ins Add, Alignof, Offsetof, Sizeof and Slice (Go 1.19: no String,
// StringData or SliceData). Their calls are checked in builtin_unsafe.cpp.
#include "types/check.hpp"

namespace types {

CheckedPackage* Context::makeUnsafe() {
  if (unsafe_) return unsafe_;
  auto cp = std::make_unique<CheckedPackage>();
  cp->pkg = newPackage("unsafe");
  cp->pkg->name = "unsafe";
  Package* p = cp->pkg;
  diag::Pos none;
  Object* ptr = newObject(ObjectKind::TypeName, "Pointer", basic(BasicKind::UnsafePointer), none);
  ptr->pkg = p;
  p->scope->insert(ptr);
  struct Bi { BuiltinId id; const char* name; };
  const Bi builtins[] = {
      {BuiltinId::UnsafeAdd, "Add"},       {BuiltinId::UnsafeAlignof, "Alignof"},
      {BuiltinId::UnsafeOffsetof, "Offsetof"}, {BuiltinId::UnsafeSizeof, "Sizeof"},
      {BuiltinId::UnsafeSlice, "Slice"},
  };
  for (const Bi& b : builtins) {
    Object* o = newObject(ObjectKind::Builtin, b.name, basic(BasicKind::Invalid), none);
    o->builtin = b.id;
    o->pkg = p;
    p->scope->insert(o);
  }
  unsafe_ = adopt(std::move(cp));
  return unsafe_;
}

}  // namespace types
