// This file implements reflect.Type over go2cpp's type descriptors
// (rtlib/include/go/typedesc.hpp): a Type is a *rtype, one per type (the
// natives in type.cpp make it once per descriptor and give two
// descriptors of one type, printed by different packages, the same
// *rtype, so that Types compare with == as in gc). Everything a
// descriptor holds is read through the natives; the rules built on top of
// it (field lookup through embedding, assignability, convertibility) are
// written here in Go, after the spec and gc's reflect/type.go.
package reflect

import (
	"strconv"
	"unicode"
	"unsafe"
)

// A Kind represents the specific kind of type that a Type represents.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir represents a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	common() *rtype
}

// rtype is a Type: it holds the descriptor (a *go::type_desc).
type rtype struct {
	desc unsafe.Pointer
}

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// TypeOf returns the reflection Type that represents the dynamic type of i.
func TypeOf(i any) Type {
	t := typeOf(i)
	if t == nil {
		return nil
	}
	return t
}

// toType turns a possibly nil *rtype into a Type (nil stays a nil interface).
func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) String() string  { return descString(t) }
func (t *rtype) Size() uintptr   { return descSize(t) }
func (t *rtype) Kind() Kind      { return descKind(t) }
func (t *rtype) Align() int      { return descAlign(t) }
func (t *rtype) FieldAlign() int { return descAlign(t) }
func (t *rtype) Comparable() bool {
	return descComparable(t)
}

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.Size()) * 8
}

// Name returns the type's name within its package for a defined type, ""
// for other types.
func (t *rtype) Name() string {
	if !descNamed(t) {
		return ""
	}
	s := t.String()
	// Skip the package qualifier, but not a dot inside type arguments
	// (main.Pair[main.T]).
	end := len(s)
	for i := 0; i < len(s); i++ {
		if s[i] == '[' {
			end = i
			break
		}
	}
	for i := end - 1; i >= 0; i-- {
		if s[i] == '.' {
			return s[i+1:]
		}
	}
	return s
}

func (t *rtype) PkgPath() string {
	if !descNamed(t) {
		return ""
	}
	return descPkgPath(t)
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	return ChanDir(descChanDir(t))
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(descElem(t))
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(descKey(t))
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return descLen(t)
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return descNumField(t)
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= descNumField(t) {
		panic("reflect: Field index out of bounds")
	}
	name, typ, tag, offset, embedded := descField(t, i)
	f := StructField{Name: name, Type: typ, Tag: StructTag(tag), Offset: offset, Index: []int{i}, Anonymous: embedded}
	if !isExportedName(name) {
		f.PkgPath = descPkgPath(t)
	}
	return f
}

// isExportedName: the name starts with an upper-case letter.
func isExportedName(name string) bool {
	for _, r := range name {
		return unicode.IsUpper(r)
	}
	return false
}

func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var cur Type = t
	for i, x := range index {
		if i > 0 {
			if cur.Kind() == Pointer && cur.Elem().Kind() == Struct {
				cur = cur.Elem()
			}
		}
		f = cur.Field(x)
		cur = f.Type
	}
	if len(index) > 1 {
		f.Index = append([]int(nil), index...)
	}
	return f
}

func (t *rtype) FieldByName(name string) (StructField, bool) {
	return t.FieldByNameFunc(func(s string) bool { return s == name })
}

// fieldCandidate is a struct type FieldByNameFunc looks into, reached
// through the embedded fields at index.
type fieldCandidate struct {
	typ   *rtype
	index []int
}

// FieldByNameFunc searches the struct's fields breadth first through
// embedded structs, as Go's selector rules do: the shallowest depth with a
// match wins, and two matches at that depth cancel each other.
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByNameFunc of non-struct type " + t.String())
	}
	current := []fieldCandidate{{t, nil}}
	visited := map[*rtype]bool{}
	for len(current) > 0 {
		var next []fieldCandidate
		var found StructField
		count := 0
		for _, c := range current {
			if visited[c.typ] {
				continue
			}
			visited[c.typ] = true
			for i := 0; i < c.typ.NumField(); i++ {
				f := c.typ.Field(i)
				index := append(append([]int(nil), c.index...), i)
				if match(f.Name) {
					count++
					if count == 1 {
						found = f
						found.Index = index
					}
					continue
				}
				if f.Anonymous {
					ft := f.Type.common()
					if ft.Kind() == Pointer {
						ft = ft.Elem().common()
					}
					if ft.Kind() == Struct {
						next = append(next, fieldCandidate{ft, index})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
		current = next
	}
	return StructField{}, false
}

// NumMethod counts the exported methods of a concrete type's method set,
// or every method of an interface type.
func (t *rtype) NumMethod() int {
	if t.Kind() == Interface {
		return descNumMethod(t)
	}
	n := 0
	for i := 0; i < descNumMethod(t); i++ {
		name, _ := descMethod(t, i)
		if isExportedName(name) {
			n++
		}
	}
	return n
}

// exportedMethod returns the table index of the i-th exported method.
func (t *rtype) exportedMethod(i int) int {
	if t.Kind() == Interface {
		if i < 0 || i >= descNumMethod(t) {
			panic("reflect: Method index out of range")
		}
		return i
	}
	for j := 0; j < descNumMethod(t); j++ {
		name, _ := descMethod(t, j)
		if isExportedName(name) {
			if i == 0 {
				return j
			}
			i--
		}
	}
	panic("reflect: Method index out of range")
}

// Method returns the i-th exported method of a concrete type: its Type is
// a func type with the receiver as first parameter, and Func that
// function (the method expression T.M).
func (t *rtype) Method(i int) Method {
	if t.Kind() == Interface {
		t.exportedMethod(i)
		panic(unsupported("reflect.Type.Method of an interface type"))
	}
	j := t.exportedMethod(i)
	name, _ := descMethod(t, j)
	ft := descMethodFuncType(t, j)
	if ft == nil {
		panic(unsupported("reflect.Type.Method of a method whose signature has no type descriptor"))
	}
	return Method{Name: name, Type: ft, Func: Value{ft, methodFunc(t, j), 0}, Index: i}
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	for i := 0; i < t.NumMethod(); i++ {
		n, _ := descMethod(t, t.exportedMethod(i))
		if n == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

func (t *rtype) IsVariadic() bool {
	t.mustBeFunc("IsVariadic")
	return descIsVariadic(t)
}

func (t *rtype) In(i int) Type {
	t.mustBeFunc("In")
	if uint(i) >= uint(descNumIn(t)) {
		panic("reflect: In index out of range")
	}
	return toType(descIn(t, i))
}

func (t *rtype) NumIn() int {
	t.mustBeFunc("NumIn")
	return descNumIn(t)
}

func (t *rtype) NumOut() int {
	t.mustBeFunc("NumOut")
	return descNumOut(t)
}

func (t *rtype) Out(i int) Type {
	t.mustBeFunc("Out")
	if uint(i) >= uint(descNumOut(t)) {
		panic("reflect: Out index out of range")
	}
	return toType(descOut(t, i))
}

func (t *rtype) mustBeFunc(what string) {
	if t.Kind() != Func {
		panic("reflect: " + what + " of non-func type " + t.String())
	}
}

// unsupported is the panic value of what go2cpp's reflect does not do yet.
func unsupported(what string) string {
	return "go2cpp does not support " + what + " yet"
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return descImplements(t, u.common())
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uu := u.common()
	return directlyAssignable(uu, t) || uu.Kind() == Interface && descImplements(t, uu)
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return convertOp(u.common(), t) != nil
}

// directlyAssignable: x of type v is assignable to type t without an
// interface conversion (identical types, or identical underlying types
// where one of them is not a defined type, or a bidirectional channel).
func directlyAssignable(t, v *rtype) bool {
	if t == v {
		return true
	}
	if descNamed(t) && descNamed(v) || t.Kind() != v.Kind() {
		return false
	}
	if t.Kind() == Chan && descChanDir(v) == int(BothDir) && descElem(t) == descElem(v) {
		return true
	}
	return haveIdenticalUnderlyingType(t, v, true)
}

func haveIdenticalType(t, v *rtype, cmpTags bool) bool {
	if cmpTags {
		return t == v
	}
	if t.Name() != v.Name() || t.Kind() != v.Kind() || t.PkgPath() != v.PkgPath() {
		return false
	}
	return haveIdenticalUnderlyingType(t, v, false)
}

// haveIdenticalUnderlyingType compares the structure two descriptors
// describe (a defined type's descriptor describes its underlying type).
func haveIdenticalUnderlyingType(t, v *rtype, cmpTags bool) bool {
	if t == v {
		return true
	}
	k := t.Kind()
	if k != v.Kind() {
		return false
	}
	if Bool <= k && k <= Complex128 || k == String || k == UnsafePointer {
		return true
	}
	switch k {
	case Array:
		return t.Len() == v.Len() && haveIdenticalType(descElem(t), descElem(v), cmpTags)
	case Chan:
		return descChanDir(t) == descChanDir(v) && haveIdenticalType(descElem(t), descElem(v), cmpTags)
	case Pointer, Slice:
		return haveIdenticalType(descElem(t), descElem(v), cmpTags)
	case Map:
		return haveIdenticalType(descKey(t), descKey(v), cmpTags) && haveIdenticalType(descElem(t), descElem(v), cmpTags)
	case Interface:
		return descIdenticalMethods(t, v)
	case Struct:
		if descNumField(t) != descNumField(v) || fieldsPkgPath(t) != fieldsPkgPath(v) {
			return false
		}
		for i := 0; i < descNumField(t); i++ {
			n1, t1, g1, _, e1 := descField(t, i)
			n2, t2, g2, _, e2 := descField(v, i)
			if n1 != n2 || e1 != e2 || cmpTags && g1 != g2 || !haveIdenticalType(t1, t2, cmpTags) {
				return false
			}
		}
		return true
	case Func:
		// Two func types of one spelling are identical.
		return t.String() == v.String()
	}
	return false
}

// fieldsPkgPath is the package of a struct type's unexported field names,
// "" when every field is exported (gc's structType.pkgPath): struct{ X int }
// of two packages is one type, struct{ x int } two.
func fieldsPkgPath(t *rtype) string {
	for i := 0; i < descNumField(t); i++ {
		if name, _, _, _, _ := descField(t, i); !isExportedName(name) {
			return descPkgPath(t)
		}
	}
	return ""
}

// PtrTo returns the pointer type with element t.
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type { return descPtrTo(t.common()) }

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type { return descSliceOf(t.common()) }

// A StructTag is the tag string in a struct field.
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string, in the
// conventional format `key:"value" key2:"value2"`.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			value, err := strconv.Unquote(qvalue)
			if err != nil {
				break
			}
			return value, true
		}
	}
	return "", false
}
