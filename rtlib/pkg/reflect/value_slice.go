// This file implements reflect.Value's sequences: indexing and slicing
// arrays, slices and strings, and making, growing, appending to, copying
// and swapping the elements of slices.
package reflect

import "unsafe"

// Index returns v's i'th element (v an array, slice or string).
func (v Value) Index(i int) Value {
	switch v.kind() {
	case Array:
		if uint(i) >= uint(descLen(v.typ)) {
			panic("reflect: array index out of range")
		}
		e := descElem(v.typ)
		return Value{e, unsafe.Add(v.ptr, uintptr(i)*descSize(e)), v.flag}
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(s.Len) {
			panic("reflect: slice index out of range")
		}
		e := descElem(v.typ)
		return Value{e, unsafe.Add(s.Data, uintptr(i)*descSize(e)), flagAddr | v.flag&flagRO}
	case String:
		s := (*stringHeader)(v.ptr)
		if uint(i) >= uint(s.Len) {
			panic("reflect: string index out of range")
		}
		return Value{uint8Type, unsafe.Add(s.Data, i), v.flag & flagRO}
	}
	panic(&ValueError{"reflect.Value.Index", v.kind()})
}

// Slice returns v[i:j].
func (v Value) Slice(i, j int) Value {
	var base unsafe.Pointer
	var capacity int
	var elem *rtype
	typ := v.typ
	switch v.kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		base, capacity, elem = v.ptr, descLen(v.typ), descElem(v.typ)
		typ = descSliceOf(elem)
	case Slice:
		s := (*sliceHeader)(v.ptr)
		base, capacity, elem = s.Data, s.Cap, descElem(v.typ)
	case String:
		s := (*stringHeader)(v.ptr)
		if i < 0 || j < i || j > s.Len {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		p := unsafe_New(v.typ)
		*(*stringHeader)(p) = stringHeader{unsafe.Add(s.Data, i), j - i}
		return Value{v.typ, p, v.flag & flagRO}
	default:
		panic(&ValueError{"reflect.Value.Slice", v.kind()})
	}
	if i < 0 || j < i || j > capacity {
		panic("reflect.Value.Slice: slice index out of bounds")
	}
	return makeSliceValue(typ, base, elem, i, j, capacity, v.flag&flagRO)
}

// Slice3 is the 3-index form of the slice operation: it returns v[i:j:k].
func (v Value) Slice3(i, j, k int) Value {
	var base unsafe.Pointer
	var capacity int
	typ := v.typ
	switch v.kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice3: slice of unaddressable array")
		}
		base, capacity = v.ptr, descLen(v.typ)
		typ = descSliceOf(descElem(v.typ))
	case Slice:
		s := (*sliceHeader)(v.ptr)
		base, capacity = s.Data, s.Cap
	default:
		panic(&ValueError{"reflect.Value.Slice3", v.kind()})
	}
	if i < 0 || j < i || k < j || k > capacity {
		panic("reflect.Value.Slice3: slice index out of bounds")
	}
	return makeSliceValue(typ, base, descElem(typ), i, j, k, v.flag&flagRO)
}

// makeSliceValue is base[i:j:k] as a Value of slice type typ.
func makeSliceValue(typ *rtype, base unsafe.Pointer, elem *rtype, i, j, k int, fl flag) Value {
	p := unsafe_New(typ)
	s := (*sliceHeader)(p)
	s.Len = j - i
	s.Cap = k - i
	if k-i > 0 {
		s.Data = unsafe.Add(base, uintptr(i)*descSize(elem))
	} else {
		s.Data = base
	}
	return Value{typ, p, fl}
}

// MakeSlice creates a new zero-initialized slice value for the specified
// slice type, length, and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common()
	p := unsafe_New(t)
	*(*sliceHeader)(p) = sliceHeader{unsafe_NewArray(descElem(t), cap), len, cap}
	return Value{t, p, 0}
}

// grow returns the slice s extended by n zero elements (a new backing
// array as append's when the capacity does not suffice).
func (s Value) grow(n int) Value {
	h := *(*sliceHeader)(s.ptr)
	e := descElem(s.typ)
	if h.Len+n > h.Cap {
		newCap := growCap(e, h.Cap, h.Len+n)
		data := unsafe_NewArray(e, newCap)
		typedmemmove(e, data, h.Data, h.Len)
		h.Data, h.Cap = data, newCap
	}
	h.Len += n
	p := unsafe_New(s.typ)
	*(*sliceHeader)(p) = h
	return Value{s.typ, p, 0}
}

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "reflect.Append")
	n := s.Len()
	s = s.grow(len(x))
	for i, v := range x {
		s.Index(n + i).Set(v)
	}
	return s
}

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "reflect.AppendSlice")
	t.mustBe(Slice, "reflect.AppendSlice")
	if descElem(s.typ) != descElem(t.typ) {
		panic("reflect.AppendSlice: " + s.typ.String() + " != " + t.typ.String())
	}
	ns, nt := s.Len(), t.Len()
	s = s.grow(nt)
	e := descElem(s.typ)
	typedmemmove(e, unsafe.Add((*sliceHeader)(s.ptr).Data, uintptr(ns)*descSize(e)), (*sliceHeader)(t.ptr).Data, nt)
	return s
}

// Copy copies the contents of src into dst until either dst has been
// filled or src has been exhausted. It returns the number of elements
// copied.
func Copy(dst, src Value) int {
	dk := dst.kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array && dst.flag&flagAddr == 0 {
		panic("reflect.Copy: unaddressable array value")
	}
	dst.mustBeExported("reflect.Copy")
	sk := src.kind()
	var stringCopy bool
	if sk != Array && sk != Slice {
		stringCopy = sk == String && descKind(descElem(dst.typ)) == Uint8
		if !stringCopy {
			panic(&ValueError{"reflect.Copy", sk})
		}
	}
	src.mustBeExported("reflect.Copy")
	de := descElem(dst.typ)
	if !stringCopy && de != descElem(src.typ) {
		panic("reflect.Copy: " + de.String() + " != " + descElem(src.typ).String())
	}
	n := dst.Len()
	if m := src.Len(); m < n {
		n = m
	}
	var dp, sp unsafe.Pointer
	if dk == Array {
		dp = dst.ptr
	} else {
		dp = (*sliceHeader)(dst.ptr).Data
	}
	switch {
	case stringCopy:
		sp = (*stringHeader)(src.ptr).Data
	case sk == Array:
		sp = src.ptr
	default:
		sp = (*sliceHeader)(src.ptr).Data
	}
	typedmemmove(de, dp, sp, n)
	return n
}

// Swapper returns a function that swaps the elements in the provided slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	e := descElem(v.typ)
	size := descSize(e)
	tmp := unsafe_New(e)
	s := *(*sliceHeader)(v.ptr)
	return func(i, j int) {
		if uint(i) >= uint(s.Len) || uint(j) >= uint(s.Len) {
			panic("reflect: slice index out of range")
		}
		pi := unsafe.Add(s.Data, uintptr(i)*size)
		pj := unsafe.Add(s.Data, uintptr(j)*size)
		typedmemmove(e, tmp, pi, 1)
		typedmemmove(e, pi, pj, 1)
		typedmemmove(e, pj, tmp, 1)
	}
}
