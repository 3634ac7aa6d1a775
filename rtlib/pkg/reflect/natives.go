// This file declares the natives of package reflect: what only C++ can
// read or do, the descriptors (type.cpp) and the memory and interface
// words of values (value.cpp). A *rtype holds a descriptor; an
// unsafe.Pointer is the address of a value of the type given with it.
package reflect

import "unsafe"

// The *rtype of i's dynamic type, nil for a nil interface.
//
//go2cpp:native
func typeOf(i any) *rtype

// What a descriptor says (type.cpp).
//
//go2cpp:native
func descKind(t *rtype) Kind

//go2cpp:native
func descString(t *rtype) string

//go2cpp:native
func descPkgPath(t *rtype) string

//go2cpp:native
func descNamed(t *rtype) bool

//go2cpp:native
func descSize(t *rtype) uintptr

//go2cpp:native
func descAlign(t *rtype) int

//go2cpp:native
func descComparable(t *rtype) bool

//go2cpp:native
func descChanDir(t *rtype) int

//go2cpp:native
func descElem(t *rtype) *rtype

//go2cpp:native
func descKey(t *rtype) *rtype

//go2cpp:native
func descLen(t *rtype) int

//go2cpp:native
func descNumField(t *rtype) int

//go2cpp:native
func descField(t *rtype, i int) (name string, typ *rtype, tag string, offset uintptr, embedded bool)

// The method table (a concrete type's method set, unexported methods
// included) or an interface's methods, sorted by name.
//
//go2cpp:native
func descNumMethod(t *rtype) int

//go2cpp:native
func descMethod(t *rtype, i int) (name string, sig string)

// Whether t's method set has every method of the interface type u.
//
//go2cpp:native
func descImplements(t, u *rtype) bool

// Whether two interface types have the same methods.
//
//go2cpp:native
func descIdenticalMethods(t, u *rtype) bool

// *t, []t and map[k]e: the program's descriptor when it has one, else one
// made now.
//
//go2cpp:native
func descPtrTo(t *rtype) *rtype

//go2cpp:native
func descSliceOf(t *rtype) *rtype

//go2cpp:native
func descMapOf(k, e *rtype) *rtype

// Values (value.cpp).

// The dynamic type of i and the address of its value (a fresh word for
// a pointer-shaped value, which the interface holds directly).
//
//go2cpp:native
func unpackEface(i any) (*rtype, unsafe.Pointer)

// The value of type t at p as an interface value (a copy).
//
//go2cpp:native
func packEface(t *rtype, p unsafe.Pointer) any

// The interface value of interface type t stored at p, as an any.
//
//go2cpp:native
func loadInterface(t *rtype, p unsafe.Pointer) any

// Stores x into the interface of type t at p (x's dynamic type implements t).
//
//go2cpp:native
func storeInterface(t *rtype, p unsafe.Pointer, x any)

// Zeroed memory for one value of type t, or n of them.
//
//go2cpp:native
func unsafe_New(t *rtype) unsafe.Pointer

//go2cpp:native
func unsafe_NewArray(t *rtype, n int) unsafe.Pointer

// Copies n values of type t from src to dst (the ranges may overlap).
//
//go2cpp:native
func typedmemmove(t *rtype, dst, src unsafe.Pointer, n int)

// a == b for values of the comparable type t (gc's runtime errors otherwise).
//
//go2cpp:native
func valuesEqual(t *rtype, a, b unsafe.Pointer) bool

// The map of type t whose word is at m.
//
//go2cpp:native
func makemap(t *rtype, n int) unsafe.Pointer

//go2cpp:native
func maplen(t *rtype, m unsafe.Pointer) int

//go2cpp:native
func mapaccess(t *rtype, m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer

//go2cpp:native
func mapassign(t *rtype, m unsafe.Pointer, key, elem unsafe.Pointer)

//go2cpp:native
func mapdelete(t *rtype, m unsafe.Pointer, key unsafe.Pointer)

// Copies of the map's keys and elements (in the map's iteration order).
//
//go2cpp:native
func mapentries(t *rtype, m unsafe.Pointer) (keys, elems []unsafe.Pointer)

// The capacity append gives a slice of t's elements of capacity oldCap
// that must hold needed (gc's growslice).
//
//go2cpp:native
func growCap(t *rtype, oldCap, needed int) int

// Func types (type.cpp): parameters, results, and whether the last
// parameter is ...T.
//
//go2cpp:native
func descNumIn(t *rtype) int

//go2cpp:native
func descIn(t *rtype, i int) *rtype

//go2cpp:native
func descNumOut(t *rtype) int

//go2cpp:native
func descOut(t *rtype, i int) *rtype

//go2cpp:native
func descIsVariadic(t *rtype) bool

// Calls the func value of type t at fn with the arguments at args,
// storing the results at results (value.cpp).
//
//go2cpp:native
func callFunc(t *rtype, fn unsafe.Pointer, args, results []unsafe.Pointer)

// The func type of the i-th method in t's method table (nil when it has
// no descriptor), and the func value of that method bound to the value of
// type t at recv, in fresh memory.
//
//go2cpp:native
func descMethodType(t *rtype, i int) *rtype

//go2cpp:native
func bindMethod(t *rtype, recv unsafe.Pointer, i int) unsafe.Pointer

// [n]elem, and a struct type of the given layout, made at run time
// unless the program has the type (type.cpp).
//
//go2cpp:native
func makeArrayType(elem *rtype, n int) *rtype

//go2cpp:native
func makeStructType(name string, size, align uintptr, comparable bool, pkgpath string, names []string, types []*rtype, tags []string, offsets []uintptr) *rtype

// The type of the i-th method of t's table as a method expression,
// func(t, params...) (nil when it has no descriptor), and that function.
//
//go2cpp:native
func descMethodFuncType(t *rtype, i int) *rtype

//go2cpp:native
func methodFunc(t *rtype, i int) unsafe.Pointer

// A func value of type t whose calls pass the addresses of their
// arguments and result slots to impl, in fresh memory (MakeFunc), and the
// code address of the func value of type t at fn (value_call.cpp).
//
//go2cpp:native
func makeFunc(t *rtype, impl func(args, results []unsafe.Pointer)) unsafe.Pointer

//go2cpp:native
func funcCode(t *rtype, fn unsafe.Pointer) uintptr
