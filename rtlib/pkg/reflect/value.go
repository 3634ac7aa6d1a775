// This file implements reflect.Value: a value is its type and the address
// of its bits, always (gc keeps small values in the word itself; go2cpp's
// layouts differ, so one rule serves every kind). ValueOf points at the
// interface's boxed copy, which nothing else writes; Elem, Field and Index
// point into the program's memory and so are addressable when their
// source is. The memory is read and written with unsafe, as gc does.
package reflect

import (
	"math"
	"unsafe"
)

// Value is the reflection interface to a Go value.
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer // the address of the value
	flag flag
}

type flag uint8

const (
	flagAddr flag = 1 << iota // the value is addressable (CanAddr)
	flagRO                    // reached through an unexported field
)

// A ValueError occurs when a Value method is invoked on a Value that does
// not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// sliceHeader and stringHeader are the layouts of go::slice and go::string.
type sliceHeader struct {
	Data unsafe.Pointer
	Len  int
	Cap  int
}

type stringHeader struct {
	Data unsafe.Pointer
	Len  int
}

// SliceHeader is the runtime representation of a slice.
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

// StringHeader is the runtime representation of a string.
type StringHeader struct {
	Data uintptr
	Len  int
}

// ValueOf returns a new Value initialized to the concrete value stored in
// the interface i. ValueOf(nil) returns the zero Value.
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	t, p := unpackEface(i)
	return Value{t, p, 0}
}

// Indirect returns the value that v points to (v itself if v is not a pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// New returns a Value representing a pointer to a new zero value for typ.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	pt := descPtrTo(t)
	word := unsafe_New(pt)
	*(*unsafe.Pointer)(word) = unsafe_New(t)
	return Value{pt, word, 0}
}

// NewAt returns a Value representing a pointer to a value of the
// specified type, using p as that pointer.
func NewAt(typ Type, p unsafe.Pointer) Value {
	pt := descPtrTo(typ.common())
	word := unsafe_New(pt)
	*(*unsafe.Pointer)(word) = p
	return Value{pt, word, 0}
}

// Zero returns a Value representing the zero value for the specified type.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return Value{t, unsafe_New(t), 0}
}

func (v Value) kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return descKind(v.typ)
}

// Kind returns v's Kind. If v is the zero Value (IsValid returns false),
// Kind returns Invalid.
func (v Value) Kind() Kind { return v.kind() }

// IsValid reports whether v represents a value.
func (v Value) IsValid() bool { return v.typ != nil }

// Type returns v's type.
func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return v.typ
}

func (v Value) mustBe(k Kind, method string) {
	if v.kind() != k {
		panic(&ValueError{method, v.kind()})
	}
}

func (v Value) mustBeExported(method string) {
	if v.typ == nil {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

func (v Value) mustBeAssignable(method string) {
	v.mustBeExported(method)
	if v.flag&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

// CanAddr reports whether the value's address can be obtained with Addr.
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

// CanSet reports whether the value of v can be changed.
func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

// CanInterface reports whether Interface can be used without panicking.
func (v Value) CanInterface() bool {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() (i any) { return valueInterface(v, true) }

func valueInterface(v Value, safe bool) any {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if safe && v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if v.kind() == Interface {
		return loadInterface(v.typ, v.ptr)
	}
	return packEface(v.typ, v.ptr)
}

// Addr returns a pointer value representing the address of v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	pt := descPtrTo(v.typ)
	word := unsafe_New(pt)
	*(*unsafe.Pointer)(word) = v.ptr
	return Value{pt, word, v.flag & flagRO}
}

// UnsafeAddr returns a pointer to v's data.
func (v Value) UnsafeAddr() uintptr {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.UnsafeAddr", Invalid})
	}
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.ptr)
}

// Elem returns the value that the interface v contains or that the
// pointer v points to.
func (v Value) Elem() Value {
	switch v.kind() {
	case Interface:
		x := loadInterface(v.typ, v.ptr)
		if x == nil {
			return Value{}
		}
		e := ValueOf(x)
		e.flag |= v.flag & flagRO
		return e
	case Pointer:
		p := *(*unsafe.Pointer)(v.ptr)
		if p == nil {
			return Value{}
		}
		return Value{descElem(v.typ), p, flagAddr | v.flag&flagRO}
	}
	panic(&ValueError{"reflect.Value.Elem", v.kind()})
}

// IsNil reports whether its argument v is nil.
func (v Value) IsNil() bool {
	switch v.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		return *(*unsafe.Pointer)(v.ptr) == nil
	case Interface:
		return loadInterface(v.typ, v.ptr) == nil
	case Slice:
		return (*sliceHeader)(v.ptr).Data == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.kind()})
}

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool {
	switch v.kind() {
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32, Float64:
		return math.Float64bits(v.Float()) == 0
	case Complex64, Complex128:
		c := v.Complex()
		return math.Float64bits(real(c)) == 0 && math.Float64bits(imag(c)) == 0
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer:
		return v.IsNil()
	case String:
		return v.Len() == 0
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	panic(&ValueError{"reflect.Value.IsZero", v.Kind()})
}

// Bool returns v's underlying value.
func (v Value) Bool() bool {
	v.mustBe(Bool, "reflect.Value.Bool")
	return *(*bool)(v.ptr)
}

// Int returns v's underlying value, as an int64.
func (v Value) Int() int64 {
	p := v.ptr
	switch v.kind() {
	case Int:
		return int64(*(*int)(p))
	case Int8:
		return int64(*(*int8)(p))
	case Int16:
		return int64(*(*int16)(p))
	case Int32:
		return int64(*(*int32)(p))
	case Int64:
		return *(*int64)(p)
	}
	panic(&ValueError{"reflect.Value.Int", v.kind()})
}

// Uint returns v's underlying value, as a uint64.
func (v Value) Uint() uint64 {
	p := v.ptr
	switch v.kind() {
	case Uint:
		return uint64(*(*uint)(p))
	case Uint8:
		return uint64(*(*uint8)(p))
	case Uint16:
		return uint64(*(*uint16)(p))
	case Uint32:
		return uint64(*(*uint32)(p))
	case Uint64:
		return *(*uint64)(p)
	case Uintptr:
		return uint64(*(*uintptr)(p))
	}
	panic(&ValueError{"reflect.Value.Uint", v.kind()})
}

// Float returns v's underlying value, as a float64.
func (v Value) Float() float64 {
	switch v.kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.kind()})
}

// Complex returns v's underlying value, as a complex128.
func (v Value) Complex() complex128 {
	switch v.kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.kind()})
}

// String returns the string v's underlying value, as a string; for other
// kinds it returns "<T Value>".
func (v Value) String() string {
	switch v.kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return *(*string)(v.ptr)
	}
	return "<" + v.typ.String() + " Value>"
}

// Bytes returns v's underlying value ([]byte, or an addressable [N]byte).
func (v Value) Bytes() []byte {
	switch v.kind() {
	case Slice:
		if descKind(descElem(v.typ)) != Uint8 {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return *(*[]byte)(v.ptr)
	case Array:
		if descKind(descElem(v.typ)) != Uint8 {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		return unsafe.Slice((*byte)(v.ptr), v.Len())
	}
	panic(&ValueError{"reflect.Value.Bytes", v.kind()})
}

// CanInt reports whether Int can be used without panicking.
func (v Value) CanInt() bool {
	k := v.kind()
	return Int <= k && k <= Int64
}

// CanUint reports whether Uint can be used without panicking.
func (v Value) CanUint() bool {
	k := v.kind()
	return Uint <= k && k <= Uintptr
}

// CanFloat reports whether Float can be used without panicking.
func (v Value) CanFloat() bool {
	k := v.kind()
	return k == Float32 || k == Float64
}

// CanComplex reports whether Complex can be used without panicking.
func (v Value) CanComplex() bool {
	k := v.kind()
	return k == Complex64 || k == Complex128
}

// OverflowInt reports whether the int64 x cannot be represented by v's type.
func (v Value) OverflowInt(x int64) bool {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		bitSize := v.typ.Size() * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.kind()})
}

// OverflowUint reports whether the uint64 x cannot be represented by v's type.
func (v Value) OverflowUint(x uint64) bool {
	switch v.kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bitSize := v.typ.Size() * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.kind()})
}

// OverflowFloat reports whether the float64 x cannot be represented by v's type.
func (v Value) OverflowFloat(x float64) bool {
	switch v.kind() {
	case Float32:
		if x < 0 {
			x = -x
		}
		return math.MaxFloat32 < x && x <= math.MaxFloat64
	case Float64:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.kind()})
}

// Pointer returns v's value as a uintptr.
func (v Value) Pointer() uintptr {
	switch v.kind() {
	case Pointer, Chan, Map, UnsafePointer:
		return uintptr(*(*unsafe.Pointer)(v.ptr))
	case Slice:
		return uintptr((*sliceHeader)(v.ptr).Data)
	case Func:
		return funcCode(v.typ, v.ptr)
	}
	panic(&ValueError{"reflect.Value.Pointer", v.kind()})
}

// UnsafePointer returns v's value as an unsafe.Pointer.
func (v Value) UnsafePointer() unsafe.Pointer {
	switch v.kind() {
	case Pointer, Chan, Map, UnsafePointer:
		return *(*unsafe.Pointer)(v.ptr)
	case Slice:
		return (*sliceHeader)(v.ptr).Data
	case Func:
		return unsafe.Pointer(funcCode(v.typ, v.ptr))
	}
	panic(&ValueError{"reflect.Value.UnsafePointer", v.kind()})
}

// Len returns v's length.
func (v Value) Len() int {
	switch v.kind() {
	case Array:
		return descLen(v.typ)
	case Map:
		return maplen(v.typ, v.ptr)
	case Slice:
		return (*sliceHeader)(v.ptr).Len
	case String:
		return (*stringHeader)(v.ptr).Len
	case Pointer:
		if e := descElem(v.typ); descKind(e) == Array {
			return descLen(e)
		}
		panic("reflect: call of reflect.Value.Len on ptr to non-array Value")
	case Chan:
		panic(unsupported("reflect.Value.Len of a channel"))
	}
	panic(&ValueError{"reflect.Value.Len", v.kind()})
}

// Cap returns v's capacity.
func (v Value) Cap() int {
	switch v.kind() {
	case Array:
		return descLen(v.typ)
	case Slice:
		return (*sliceHeader)(v.ptr).Cap
	case Pointer:
		if e := descElem(v.typ); descKind(e) == Array {
			return descLen(e)
		}
		panic("reflect: call of reflect.Value.Cap on ptr to non-array Value")
	case Chan:
		panic(unsupported("reflect.Value.Cap of a channel"))
	}
	panic(&ValueError{"reflect.Value.Cap", v.kind()})
}

// NumField returns the number of fields in the struct v.
func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return descNumField(v.typ)
}

// Field returns the i'th field of the struct v.
func (v Value) Field(i int) Value {
	if v.kind() != Struct {
		panic(&ValueError{"reflect.Value.Field", v.kind()})
	}
	if uint(i) >= uint(descNumField(v.typ)) {
		panic("reflect: Field index out of range")
	}
	name, typ, _, offset, _ := descField(v.typ, i)
	fl := v.flag
	if !isExportedName(name) {
		fl |= flagRO
	}
	return Value{typ, unsafe.Add(v.ptr, offset), fl}
}

// FieldByIndex returns the nested field corresponding to index.
func (v Value) FieldByIndex(index []int) Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndex")
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && descKind(descElem(v.typ)) == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// FieldByName returns the struct field with the given name, or the zero
// Value if no field was found.
func (v Value) FieldByName(name string) Value {
	if f, ok := v.Type().FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// FieldByNameFunc returns the struct field with a name that satisfies match.
func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if f, ok := v.Type().FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

var uint8Type = typeOf(uint8(0))

// Set assigns x to the value v.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Set")
	x.mustBeExported("reflect.Set")
	x = x.assignTo("reflect.Set", v.typ)
	typedmemmove(v.typ, v.ptr, x.ptr, 1)
}

// assignTo returns x converted to type dst for an assignment (a copy
// when an interface conversion is needed); context names the operation
// in the panic when x is not assignable.
func (v Value) assignTo(context string, dst *rtype) Value {
	switch {
	case directlyAssignable(dst, v.typ):
		return Value{dst, v.ptr, v.flag &^ flagAddr}
	case descKind(dst) == Interface && descImplements(v.typ, dst):
		p := unsafe_New(dst)
		if v.Kind() == Interface && v.IsNil() {
			return Value{dst, p, 0}
		}
		storeInterface(dst, p, valueInterface(v, false))
		return Value{dst, p, 0}
	}
	panic(context + ": value of type " + v.typ.String() + " is not assignable to type " + dst.String())
}

// SetBool sets v's underlying value.
func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	*(*bool)(v.ptr) = x
}

// SetInt sets v's underlying value to x.
func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	switch v.kind() {
	case Int:
		*(*int)(v.ptr) = int(x)
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	case Int64:
		*(*int64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.kind()})
	}
}

// SetUint sets v's underlying value to x.
func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	switch v.kind() {
	case Uint:
		*(*uint)(v.ptr) = uint(x)
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	case Uint64:
		*(*uint64)(v.ptr) = x
	case Uintptr:
		*(*uintptr)(v.ptr) = uintptr(x)
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.kind()})
	}
}

// SetFloat sets v's underlying value to x.
func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch v.kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.kind()})
	}
}

// SetComplex sets v's underlying value to x.
func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	switch v.kind() {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetComplex", v.kind()})
	}
}

// SetString sets v's underlying value to x.
func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	*(*string)(v.ptr) = x
}

// SetBytes sets v's underlying value.
func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.mustBe(Slice, "reflect.Value.SetBytes")
	if descKind(descElem(v.typ)) != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

// SetLen sets v's length to n.
func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.mustBe(Slice, "reflect.Value.SetLen")
	s := (*sliceHeader)(v.ptr)
	if uint(n) > uint(s.Cap) {
		panic("reflect: slice length out of range in SetLen")
	}
	s.Len = n
}

// SetCap sets v's capacity to n.
func (v Value) SetCap(n int) {
	v.mustBeAssignable("reflect.Value.SetCap")
	v.mustBe(Slice, "reflect.Value.SetCap")
	s := (*sliceHeader)(v.ptr)
	if n < s.Len || n > s.Cap {
		panic("reflect: slice capacity out of range in SetCap")
	}
	s.Cap = n
}

// SetPointer sets the unsafe.Pointer value v to x.
func (v Value) SetPointer(x unsafe.Pointer) {
	v.mustBeAssignable("reflect.Value.SetPointer")
	v.mustBe(UnsafePointer, "reflect.Value.SetPointer")
	*(*unsafe.Pointer)(v.ptr) = x
}

// pointer is the word of a pointer-shaped value (pointer, map, chan).
func (v Value) pointer() unsafe.Pointer { return *(*unsafe.Pointer)(v.ptr) }
