// This file declares the native functions of package reflect (natives.go
// has their Go declarations and what each does): type.cpp reads the type
// descriptors, value.cpp handles the memory and interface words of values.
#pragma once

#include <tuple>

#include "go/runtime.hpp"

namespace reflect {

// type.cpp
rtype* typeOf(go::any i);
// The *rtype of a descriptor (one per type; nullptr for nullptr).
rtype* rtype_of(const go::type_desc* t);
Kind descKind(rtype* t);
go::string descString(rtype* t);
go::string descPkgPath(rtype* t);
bool descNamed(rtype* t);
go::uintptr descSize(rtype* t);
go::int_ descAlign(rtype* t);
bool descComparable(rtype* t);
go::int_ descChanDir(rtype* t);
rtype* descElem(rtype* t);
rtype* descKey(rtype* t);
go::int_ descLen(rtype* t);
go::int_ descNumField(rtype* t);
std::tuple<go::string, rtype*, go::string, go::uintptr, bool> descField(rtype* t, go::int_ i);
go::int_ descNumMethod(rtype* t);
std::tuple<go::string, go::string> descMethod(rtype* t, go::int_ i);
bool descImplements(rtype* t, rtype* u);
bool descIdenticalMethods(rtype* t, rtype* u);
rtype* descPtrTo(rtype* t);
rtype* descSliceOf(rtype* t);
rtype* descMapOf(rtype* k, rtype* e);
go::int_ descNumIn(rtype* t);
rtype* descIn(rtype* t, go::int_ i);
go::int_ descNumOut(rtype* t);
rtype* descOut(rtype* t, go::int_ i);
bool descIsVariadic(rtype* t);
rtype* descMethodType(rtype* t, go::int_ i);
rtype* descMethodFuncType(rtype* t, go::int_ i);
rtype* makeArrayType(rtype* elem, go::int_ n);
rtype* makeStructType(go::string name, go::uintptr size, go::uintptr align, bool comparable, go::string pkgpath,
                      go::slice<go::string> names, go::slice<rtype*> types, go::slice<go::string> tags,
                      go::slice<go::uintptr> offsets);

// value.cpp
std::tuple<rtype*, go::unsafe_pointer> unpackEface(go::any i);
go::any packEface(rtype* t, go::unsafe_pointer p);
go::any loadInterface(rtype* t, go::unsafe_pointer p);
void storeInterface(rtype* t, go::unsafe_pointer p, go::any x);
go::unsafe_pointer unsafe_New(rtype* t);
go::unsafe_pointer unsafe_NewArray(rtype* t, go::int_ n);
void typedmemmove(rtype* t, go::unsafe_pointer dst, go::unsafe_pointer src, go::int_ n);
bool valuesEqual(rtype* t, go::unsafe_pointer a, go::unsafe_pointer b);
go::int_ growCap(rtype* t, go::int_ oldCap, go::int_ needed);
go::unsafe_pointer makemap(rtype* t, go::int_ n);
go::int_ maplen(rtype* t, go::unsafe_pointer m);
go::unsafe_pointer mapaccess(rtype* t, go::unsafe_pointer m, go::unsafe_pointer key);
void mapassign(rtype* t, go::unsafe_pointer m, go::unsafe_pointer key, go::unsafe_pointer elem);
void mapdelete(rtype* t, go::unsafe_pointer m, go::unsafe_pointer key);
std::tuple<go::slice<go::unsafe_pointer>, go::slice<go::unsafe_pointer>> mapentries(rtype* t, go::unsafe_pointer m);

// value_call.cpp
void callFunc(rtype* t, go::unsafe_pointer fn, go::slice<go::unsafe_pointer> args, go::slice<go::unsafe_pointer> results);
go::unsafe_pointer bindMethod(rtype* t, go::unsafe_pointer recv, go::int_ i);
go::unsafe_pointer methodFunc(rtype* t, go::int_ i);
go::unsafe_pointer makeFunc(rtype* t, go::func<void(go::slice<go::unsafe_pointer>, go::slice<go::unsafe_pointer>)> impl);
go::uintptr funcCode(rtype* t, go::unsafe_pointer fn);

// The descriptor a *rtype holds.
inline const go::type_desc* desc(rtype* t) { return static_cast<const go::type_desc*>(t->desc); }

}  // namespace reflect
