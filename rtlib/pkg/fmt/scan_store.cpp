// This file implements the natives of scan.go that look at what a scan
// operand points to and store the scanned value there, by the operand's
// type descriptor: *int and *MyInt alike, without package reflect.
#include "fmt/fmt.hpp"

#include <complex>
#include <cstring>

namespace fmt {

namespace {

// scan.go's kind constants (kindNotPointer = iota ...), which the
// translation folds into their uses.
enum : go::int_ {
  kindNotPointer,
  kindOther,
  kindBool,
  kindInt,
  kindUint,
  kindFloat,
  kindDefinedFloat,
  kindComplex,
  kindString,
  kindBytes,
};

// The pointer an operand holds (its data word: pointers are pointer-shaped).
void* target(const go::any& arg) {
  if (arg.data == nullptr) go::panic_nil_deref();
  return arg.data;
}

const go::type_desc* pointee(const go::any& arg) { return arg.type->elem; }

}  // namespace

std::tuple<go::int_, go::int_> operandKind(go::any arg) {
  using K = std::tuple<go::int_, go::int_>;
  if (arg.type == nullptr || arg.type->k != go::kind::pointer) return K{kindNotPointer, 0};
  const go::type_desc* t = pointee(arg);
  switch (t->k) {
    case go::kind::bool_: return K{kindBool, 0};
    case go::kind::int_: case go::kind::int64: return K{kindInt, 64};
    case go::kind::int8: return K{kindInt, 8};
    case go::kind::int16: return K{kindInt, 16};
    case go::kind::int32: return K{kindInt, 32};
    case go::kind::uint_: case go::kind::uint64: case go::kind::uintptr: return K{kindUint, 64};
    case go::kind::uint8: return K{kindUint, 8};
    case go::kind::uint16: return K{kindUint, 16};
    case go::kind::uint32: return K{kindUint, 32};
    case go::kind::float32: return K{t->named ? kindDefinedFloat : kindFloat, 32};
    case go::kind::float64: return K{t->named ? kindDefinedFloat : kindFloat, 64};
    case go::kind::complex64: return K{kindComplex, 64};
    case go::kind::complex128: return K{kindComplex, 128};
    case go::kind::string: return K{kindString, 0};
    case go::kind::slice:
      if (t->elem->k == go::kind::uint8) return K{kindBytes, 0};
      return K{kindOther, 0};
    default: return K{kindOther, 0};
  }
}

go::string typeName(go::any arg) {
  if (arg.type == nullptr) return go::string("<nil>");
  return go::make_string(std::string(arg.type->name));
}

void storeBool(go::any arg, bool v) { *static_cast<bool*>(target(arg)) = v; }

void storeInt(go::any arg, go::int64 v) {
  void* p = target(arg);
  switch (pointee(arg)->k) {
    case go::kind::int8: *static_cast<go::int8*>(p) = static_cast<go::int8>(v); break;
    case go::kind::int16: *static_cast<go::int16*>(p) = static_cast<go::int16>(v); break;
    case go::kind::int32: *static_cast<go::int32*>(p) = static_cast<go::int32>(v); break;
    default: *static_cast<go::int64*>(p) = v; break;
  }
}

void storeUint(go::any arg, go::uint64 v) {
  void* p = target(arg);
  switch (pointee(arg)->k) {
    case go::kind::uint8: *static_cast<go::uint8*>(p) = static_cast<go::uint8>(v); break;
    case go::kind::uint16: *static_cast<go::uint16*>(p) = static_cast<go::uint16>(v); break;
    case go::kind::uint32: *static_cast<go::uint32*>(p) = static_cast<go::uint32>(v); break;
    default: *static_cast<go::uint64*>(p) = v; break;
  }
}

void storeFloat(go::any arg, go::float64 v) {
  void* p = target(arg);
  if (pointee(arg)->k == go::kind::float32) *static_cast<go::float32*>(p) = static_cast<go::float32>(v);
  else *static_cast<go::float64*>(p) = v;
}

void storeComplex(go::any arg, go::complex128 v) {
  void* p = target(arg);
  if (pointee(arg)->k == go::kind::complex64) *static_cast<go::complex64*>(p) = static_cast<go::complex64>(v);
  else *static_cast<go::complex128*>(p) = v;
}

void storeString(go::any arg, go::string v) { *static_cast<go::string*>(target(arg)) = v; }

void storeBytes(go::any arg, go::slice<go::uint8> v) { *static_cast<go::slice<go::uint8>*>(target(arg)) = v; }

}  // namespace fmt
