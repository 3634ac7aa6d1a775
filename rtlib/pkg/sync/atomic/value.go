// This file implements atomic.Value: one interface value read and written
// atomically, whose dynamic type is fixed by the first Store. The two
// words of the interface are managed by value.cpp as gc's value.go does:
// the type word is set once (behind an in-progress marker), the data word
// is swapped atomically afterwards.
package atomic

// A Value provides an atomic load and store of a consistently typed value.
// The zero value for a Value returns nil from Load. Once Store has been
// called, a Value must not be copied.
type Value struct {
	v any
}

// Load returns the value set by the most recent Store. It returns nil if
// there has been no call to Store for this Value.
func (v *Value) Load() (val any) { return valueLoad(&v.v) }

// Store sets the value of the Value to val. All calls to Store for a given
// Value must use values of the same concrete type. Store of an
// inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	valueStore(&v.v, val)
}

// Swap stores new into Value and returns the previous value. It returns
// nil if the Value is empty.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	return valueSwap(&v.v, new)
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	return valueCompareAndSwap(&v.v, old, new)
}

// sameType reports whether a and b have the same dynamic type.
//
//go2cpp:native
func sameType(a, b any) bool

// The natives behind Value's methods (value.cpp).
//
//go2cpp:native
func valueLoad(v *any) any

//go2cpp:native
func valueStore(v *any, val any)

//go2cpp:native
func valueSwap(v *any, new any) any

//go2cpp:native
func valueCompareAndSwap(v *any, old, new any) bool
