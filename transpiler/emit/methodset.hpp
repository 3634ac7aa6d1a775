// Method sets and selections through embedded fields, as the printer
// needs them: which method or field a selector x.f reaches and by which
// path of embedded fields (s.M() on a struct embedding Base is printed
// s.Base.M()), the method set of a type (its descriptor's method table,
// promoted methods included) and the complete, sorted method list of an
// interface with its embedded interfaces flattened.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "types/object.hpp"
#include "types/type.hpp"

namespace emit {

struct Selection {
  const types::Object* obj = nullptr;       // the field (Var) or method (Func)
  std::vector<const types::Field*> path;    // embedded fields walked, outermost first
};

// The field or method named name in t (a named type, a struct, or a pointer
// to either), at the shallowest depth; obj is nullptr when there is none or
// the name is ambiguous at that depth.
// An unexported name is pkg's (go/types' Id); a null pkg: by name alone.
Selection selectMember(const types::Type* t, const std::string& name, const types::Package* pkg = nullptr);

// Whether selecting s from an operand of type t goes through no pointer
// (t and every embedded field on the path are values): &x.f and a pointer
// method x.M() then address x itself, which must be addressed, not loaded.
bool reachedWithoutPointer(const types::Type* t, const Selection& s);

// Whether a method with this signature has a pointer receiver.
bool hasPointerReceiver(const types::Object* method);

// The method set of t (T or *T), sorted by name: for a value type only
// methods whose receiver is reachable without taking an address (value
// receivers, or anything behind an embedded pointer).
std::vector<Selection> methodSet(const types::Type* t);

// Every method of interface type t (embedded interfaces flattened), sorted
// by name.
std::vector<const types::Object*> interfaceMethods(const types::Type* t);

// gc's spelling of a method's signature without the receiver:
// A parameter's or result's type as methodSignature spells it by default:
// typeString, but one spelling for any and interface{}.
std::string signatureTypeString(const types::Type* t);
// "func(int) string". Interface methods and concrete ones match on it, and
// generic code makes its own at run time from descriptor names (uint8, not
// byte), so the emitter passes its gcTypeString as spell.
std::string methodSignature(const types::Object* method,
                            const std::function<std::string(const types::Type*)>& spell = signatureTypeString);

}  // namespace emit
