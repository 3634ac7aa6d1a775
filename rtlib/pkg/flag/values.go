// This file implements the Value types behind flag's Bool, Int, String, ...
// definitions: each is a defined type over the variable's type, so that a
// *T flag value and the user's *T variable are one pointer. Set errors are
// gc's: "parse error" and "value out of range" stand in for strconv's.
package flag

import (
	"encoding"
	"errors"
	"strconv"
	"time"
)

var errParse = errors.New("parse error")
var errRange = errors.New("value out of range")

// numError maps strconv's syntax and range errors to flag's own words.
func numError(err error) error {
	ne, ok := err.(*strconv.NumError)
	if !ok {
		return err
	}
	switch ne.Err {
	case strconv.ErrSyntax:
		return errParse
	case strconv.ErrRange:
		return errRange
	}
	return err
}

type boolValue bool

func newBoolValue(val bool, p *bool) *boolValue { *p = val; return (*boolValue)(p) }

func (b *boolValue) Set(s string) error {
	v, err := strconv.ParseBool(s)
	if err != nil {
		err = errParse
	}
	*b = boolValue(v)
	return err
}
func (b *boolValue) Get() any          { return bool(*b) }
func (b *boolValue) String() string    { return strconv.FormatBool(bool(*b)) }
func (b *boolValue) IsBoolFlag() bool  { return true }

// boolFlag is a Value that needs no argument when IsBoolFlag says so.
type boolFlag interface {
	Value
	IsBoolFlag() bool
}

type intValue int

func newIntValue(val int, p *int) *intValue { *p = val; return (*intValue)(p) }

func (i *intValue) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, strconv.IntSize)
	if err != nil {
		err = numError(err)
	}
	*i = intValue(v)
	return err
}
func (i *intValue) Get() any       { return int(*i) }
func (i *intValue) String() string { return strconv.Itoa(int(*i)) }

type int64Value int64

func newInt64Value(val int64, p *int64) *int64Value { *p = val; return (*int64Value)(p) }

func (i *int64Value) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, 64)
	if err != nil {
		err = numError(err)
	}
	*i = int64Value(v)
	return err
}
func (i *int64Value) Get() any       { return int64(*i) }
func (i *int64Value) String() string { return strconv.FormatInt(int64(*i), 10) }

type uintValue uint

func newUintValue(val uint, p *uint) *uintValue { *p = val; return (*uintValue)(p) }

func (i *uintValue) Set(s string) error {
	v, err := strconv.ParseUint(s, 0, strconv.IntSize)
	if err != nil {
		err = numError(err)
	}
	*i = uintValue(v)
	return err
}
func (i *uintValue) Get() any       { return uint(*i) }
func (i *uintValue) String() string { return strconv.FormatUint(uint64(*i), 10) }

type uint64Value uint64

func newUint64Value(val uint64, p *uint64) *uint64Value { *p = val; return (*uint64Value)(p) }

func (i *uint64Value) Set(s string) error {
	v, err := strconv.ParseUint(s, 0, 64)
	if err != nil {
		err = numError(err)
	}
	*i = uint64Value(v)
	return err
}
func (i *uint64Value) Get() any       { return uint64(*i) }
func (i *uint64Value) String() string { return strconv.FormatUint(uint64(*i), 10) }

type stringValue string

func newStringValue(val string, p *string) *stringValue { *p = val; return (*stringValue)(p) }

func (s *stringValue) Set(val string) error { *s = stringValue(val); return nil }
func (s *stringValue) Get() any             { return string(*s) }
func (s *stringValue) String() string       { return string(*s) }

type float64Value float64

func newFloat64Value(val float64, p *float64) *float64Value { *p = val; return (*float64Value)(p) }

func (f *float64Value) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		err = numError(err)
	}
	*f = float64Value(v)
	return err
}
func (f *float64Value) Get() any       { return float64(*f) }
func (f *float64Value) String() string { return strconv.FormatFloat(float64(*f), 'g', -1, 64) }

type durationValue time.Duration

func newDurationValue(val time.Duration, p *time.Duration) *durationValue {
	*p = val
	return (*durationValue)(p)
}

func (d *durationValue) Set(s string) error {
	v, err := time.ParseDuration(s)
	if err != nil {
		err = errParse
	}
	*d = durationValue(v)
	return err
}
func (d *durationValue) Get() any       { return time.Duration(*d) }
func (d *durationValue) String() string { return (*time.Duration)(d).String() }

// textValue is a TextVar flag: the variable parses and prints itself.
type textValue struct{ p encoding.TextUnmarshaler }

// newTextValue stores the default val in *p (p must be a pointer, val of
// p's element type or a pointer to it); gc does this with reflect, we with
// the type descriptors (native.hpp).
func newTextValue(val encoding.TextMarshaler, p encoding.TextUnmarshaler) textValue {
	if !isPointer(p) {
		panic("variable value type must be a pointer")
	}
	if have, want := valueTypeName(val), elemTypeName(p); !storeDefault(p, val) {
		panic("default type does not match variable type: " + have + " != " + want)
	}
	return textValue{p}
}

func (v textValue) Set(s string) error { return v.p.UnmarshalText([]byte(s)) }
func (v textValue) Get() any           { return v.p }

func (v textValue) String() string {
	if m, ok := v.p.(encoding.TextMarshaler); ok {
		if b, err := m.MarshalText(); err == nil {
			return string(b)
		}
	}
	return ""
}

// funcValue is a Func flag: every occurrence calls the function.
type funcValue func(string) error

func (f funcValue) Set(s string) error { return f(s) }
func (f funcValue) String() string     { return "" }

// Whether v's dynamic type is a pointer type.
//
//go2cpp:native
func isPointer(v any) bool

// The name of v's dynamic type, or of its element type if it is a pointer
// (what reflect's Value.Elem().Type() would print).
//
//go2cpp:native
func valueTypeName(v any) string

// The name of the element type of p's dynamic (pointer) type.
//
//go2cpp:native
func elemTypeName(p any) string

// Copies the value val holds (or points to) into *p when its type is p's
// element type; reports whether it did.
//
//go2cpp:native
func storeDefault(p any, val any) bool

// A Value of v's dynamic type holding that type's zero value (a pointer
// type: a pointer to a new zero element), for isZeroValue.
//
//go2cpp:native
func zeroValueLike(v any) any
