// Field and method lookup, method sets and interface satisfaction (spec:
// "Selectors", "Method sets", "Implementing an interface"). The checker
// uses these for selectors and assignability; later stages may use them to
// answer "which methods does T have" (type descriptors, itabs).
#pragma once

#include <string>
#include <vector>

#include "types/object.hpp"
#include "types/type.hpp"

namespace types {

struct LookupResult {
  Object* obj = nullptr;   // the field or method; nullptr if none or ambiguous
  std::vector<int> index;  // as Selection::index
  bool indirect = false;   // as Selection::indirect
  bool ambiguous = false;  // several at the shallowest depth: "ambiguous selector x.f"
  bool needsAddr = false;  // a pointer method on a value that is not addressable
};

// go/types' LookupFieldOrMethod: searches T (or *T), its methods, its
// struct's fields and, breadth-first, the fields and methods promoted from
// embedded fields; the shallowest match wins. addressable says whether a
// value of type T can be addressed (so pointer methods are reachable).
// An unexported name is pkg's (go/types' Id): x.f, written in package pkg,
// never finds another package's unexported f.
LookupResult lookupFieldOrMethod(Type* T, bool addressable, const Package* pkg, const std::string& name);

// Whether the method m is declared with a pointer receiver.
bool hasPtrRecv(const Object* m);

// The method set of T (spec: value receivers for T; value and pointer
// receivers for *T; promoted methods through embedding; an interface's
// methods), sorted by name. Each entry is the declared method object.
std::vector<Object*> methodSet(Type* T);

// Why V does not implement interface T, in gc's words ("(missing M
// method)", "(M method has pointer receiver)", "(wrong type for M
// method)\n\t\thave ...\n\t\twant ..."), or "" if it does. Type sets are
// checked too: "(T missing in ~int | string)".
std::string missingMethodReason(Type* V, Type* T);
inline bool implements(Type* V, Type* T) { return missingMethodReason(V, T).empty(); }

}  // namespace types
