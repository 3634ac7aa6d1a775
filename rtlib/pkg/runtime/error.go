// Package runtime: the parts of Go's runtime package that programs call.
// This file declares runtime.Error, the interface of the values that
// runtime panics carry (index out of range, nil dereference, failed type
// assertions, ...); those values are made by rtlib (src/runtime_errors.cpp)
// with gc's dynamic types, so `r.(runtime.Error)` works on what recover()
// returns.
package runtime

// The Error interface identifies a run time error.
type Error interface {
	error

	// RuntimeError is a no-op function but
	// serves to distinguish types that are run time
	// errors from ordinary errors: a type is a
	// run time error if it has a RuntimeError method.
	RuntimeError()
}

// Breakpoint executes a breakpoint trap.
//
//go2cpp:native
func Breakpoint()

// A TypeAssertionError explains a failed type assertion. rtlib raises it
// (src/runtime_errors.cpp) with the same layout: gc keeps the three types
// and the missing method, but the message is all that Error needs.
type TypeAssertionError struct {
	message string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return e.message }
