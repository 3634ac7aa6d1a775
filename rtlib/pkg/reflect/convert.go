// This file implements Value.Convert and Type.ConvertibleTo after the
// spec's conversion rules (and gc's reflect/value.go convertOp): numeric
// conversions, string <-> []byte/[]rune/integer, slice to array pointer,
// identical underlying types, and conversions to interface types.
package reflect

import "unsafe"

// Convert returns the value v converted to type t.
func (v Value) Convert(t Type) Value {
	op := convertOp(t.common(), v.typ)
	if op == nil {
		panic("reflect.Value.Convert: value of type " + v.typ.String() + " cannot be converted to type " + t.String())
	}
	return op(v, t.common())
}

// CanConvert reports whether the value v can be converted to type t.
func (v Value) CanConvert(t Type) bool {
	vt := v.Type()
	if !vt.ConvertibleTo(t) {
		return false
	}
	if vt.Kind() == Slice && t.Kind() == Pointer && t.Elem().Kind() == Array {
		if t.Elem().Len() > v.Len() {
			return false
		}
	}
	return true
}

type convertFunc func(v Value, t *rtype) Value

func isIntKind(k Kind) bool   { return Int <= k && k <= Int64 }
func isUintKind(k Kind) bool  { return Uint <= k && k <= Uintptr }
func isFloatKind(k Kind) bool { return k == Float32 || k == Float64 }

// convertOp returns the function converting a value of type src to type
// dst, nil when the conversion is not allowed.
func convertOp(dst, src *rtype) convertFunc {
	sk, dk := src.Kind(), dst.Kind()
	switch {
	case isIntKind(sk) || isUintKind(sk):
		switch {
		case isIntKind(dk) || isUintKind(dk):
			return cvtInt
		case isFloatKind(dk):
			return cvtIntFloat
		case dk == String:
			return cvtIntString
		}
	case isFloatKind(sk):
		switch {
		case isIntKind(dk):
			return cvtFloatInt
		case isUintKind(dk):
			return cvtFloatUint
		case isFloatKind(dk):
			return cvtFloat
		}
	case sk == Complex64 || sk == Complex128:
		if dk == Complex64 || dk == Complex128 {
			return cvtComplex
		}
	case sk == String:
		if dk == Slice && descElem(dst).PkgPath() == "" {
			switch descKind(descElem(dst)) {
			case Uint8:
				return cvtStringBytes
			case Int32:
				return cvtStringRunes
			}
		}
	case sk == Slice:
		if dk == String && descElem(src).PkgPath() == "" {
			switch descKind(descElem(src)) {
			case Uint8:
				return cvtBytesString
			case Int32:
				return cvtRunesString
			}
		}
		if dk == Pointer && descKind(descElem(dst)) == Array && descElem(src) == descElem(descElem(dst)) {
			return cvtSliceArrayPtr
		}
	case sk == Chan:
		if dk == Chan && descChanDir(src) == int(BothDir) && descElem(src) == descElem(dst) &&
			(dst.Name() == "" || src.Name() == "") {
			return cvtDirect
		}
	}
	if haveIdenticalUnderlyingType(dst, src, false) {
		return cvtDirect
	}
	if dk == Pointer && dst.Name() == "" && sk == Pointer && src.Name() == "" &&
		haveIdenticalUnderlyingType(descElem(dst), descElem(src), false) {
		return cvtDirect
	}
	if dk == Interface && descImplements(src, dst) {
		return cvtToInterface
	}
	return nil
}

// newValue is a fresh value of type t (not addressable), keeping v's
// read-only flag.
func newValue(v Value, t *rtype) (Value, unsafe.Pointer) {
	p := unsafe_New(t)
	return Value{t, p, v.flag & flagRO}, p
}

func cvtDirect(v Value, t *rtype) Value {
	out, p := newValue(v, t)
	typedmemmove(t, p, v.ptr, 1)
	return out
}

// setIntBits stores the low bits of x in the integer at p of kind k.
func setIntBits(k Kind, p unsafe.Pointer, x uint64) {
	switch k {
	case Int, Uint, Int64, Uint64, Uintptr:
		*(*uint64)(p) = x
	case Int8, Uint8:
		*(*uint8)(p) = uint8(x)
	case Int16, Uint16:
		*(*uint16)(p) = uint16(x)
	case Int32, Uint32:
		*(*uint32)(p) = uint32(x)
	}
}

// intBits is an integer value's bits, sign- or zero-extended.
func (v Value) intBits() uint64 {
	if isIntKind(v.kind()) {
		return uint64(v.Int())
	}
	return v.Uint()
}

func setFloat(k Kind, p unsafe.Pointer, x float64) {
	if k == Float32 {
		*(*float32)(p) = float32(x)
	} else {
		*(*float64)(p) = x
	}
}

func cvtInt(v Value, t *rtype) Value {
	out, p := newValue(v, t)
	setIntBits(t.Kind(), p, v.intBits())
	return out
}

func cvtIntFloat(v Value, t *rtype) Value {
	out, p := newValue(v, t)
	if isIntKind(v.kind()) {
		setFloat(t.Kind(), p, float64(v.Int()))
	} else {
		setFloat(t.Kind(), p, float64(v.Uint()))
	}
	return out
}

func cvtFloatInt(v Value, t *rtype) Value {
	out, p := newValue(v, t)
	setIntBits(t.Kind(), p, uint64(int64(v.Float())))
	return out
}

func cvtFloatUint(v Value, t *rtype) Value {
	out, p := newValue(v, t)
	setIntBits(t.Kind(), p, uint64(v.Float()))
	return out
}

func cvtFloat(v Value, t *rtype) Value {
	out, p := newValue(v, t)
	if v.kind() == Float32 && t.Kind() == Float32 {
		*(*float32)(p) = *(*float32)(v.ptr) // keep the bits (NaN payloads)
	} else {
		setFloat(t.Kind(), p, v.Float())
	}
	return out
}

func cvtComplex(v Value, t *rtype) Value {
	out, p := newValue(v, t)
	if t.Kind() == Complex64 {
		*(*complex64)(p) = complex64(v.Complex())
	} else {
		*(*complex128)(p) = v.Complex()
	}
	return out
}

func cvtIntString(v Value, t *rtype) Value {
	s := "\uFFFD"
	if isIntKind(v.kind()) {
		if x := v.Int(); int64(rune(x)) == x {
			s = string(rune(x))
		}
	} else if x := v.Uint(); uint64(rune(x)) == x {
		s = string(rune(x))
	}
	out, p := newValue(v, t)
	*(*string)(p) = s
	return out
}

func cvtBytesString(v Value, t *rtype) Value {
	out, p := newValue(v, t)
	*(*string)(p) = string(*(*[]byte)(v.ptr))
	return out
}

func cvtStringBytes(v Value, t *rtype) Value {
	out, p := newValue(v, t)
	*(*[]byte)(p) = []byte(*(*string)(v.ptr))
	return out
}

func cvtRunesString(v Value, t *rtype) Value {
	out, p := newValue(v, t)
	*(*string)(p) = string(*(*[]rune)(v.ptr))
	return out
}

func cvtStringRunes(v Value, t *rtype) Value {
	out, p := newValue(v, t)
	*(*[]rune)(p) = []rune(*(*string)(v.ptr))
	return out
}

func cvtSliceArrayPtr(v Value, t *rtype) Value {
	n := descLen(descElem(t))
	h := (*sliceHeader)(v.ptr)
	if n > h.Len {
		panic("reflect: cannot convert slice with length " + itoa(h.Len) + " to pointer to array with length " + itoa(n))
	}
	out, p := newValue(v, t)
	*(*unsafe.Pointer)(p) = h.Data
	return out
}

func cvtToInterface(v Value, t *rtype) Value {
	out, p := newValue(v, t)
	if v.kind() == Interface && v.IsNil() {
		return out
	}
	storeInterface(t, p, valueInterface(v, false))
	return out
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}
