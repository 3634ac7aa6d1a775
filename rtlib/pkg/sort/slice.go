// This file implements sorting of any slice with a less function: Slice,
// SliceStable and SliceIsSorted. Swapping elements of a slice whose type
// is known only at run time is native (native.hpp): it swaps the bytes of
// two elements, whose size comes from the slice's type descriptor.
package sort

import "math/bits"

// lessSwap is what the algorithms of zsortfunc.go sort with: the user's
// less function and a swapper of the slice's elements.
type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

// valueError is reflect's error for a Swapper call on a non-slice.
type valueError struct {
	method string
	kind   string
}

func (e *valueError) Error() string {
	if e.kind == "" {
		return "reflect: call of " + e.method + " on zero Value"
	}
	return "reflect: call of " + e.method + " on " + e.kind + " Value"
}

// sliceOf checks that x is a slice (panicking as gc does otherwise) and
// returns its length and a lessSwap over it.
func sliceOf(x any, less func(i, j int) bool) (int, lessSwap) {
	n, kind := sliceLen(x)
	if n < 0 {
		panic(&valueError{"Swapper", kind})
	}
	return n, lessSwap{less, func(i, j int) { swapElems(x, i, j) }}
}

// Slice sorts the slice x given the provided less function. It panics if x
// is not a slice.
//
// The sort is not guaranteed to be stable: equal elements may be reversed
// from their original order. For a stable sort, use SliceStable.
func Slice(x any, less func(i, j int) bool) {
	n, data := sliceOf(x, less)
	pdqsort_func(data, 0, n, bits.Len(uint(n)))
}

// SliceStable sorts the slice x using the provided less function, keeping
// equal elements in their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	n, data := sliceOf(x, less)
	stable_func(data, n)
}

// SliceIsSorted reports whether the slice x is sorted according to the
// provided less function. It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n, kind := sliceLen(x)
	if n < 0 {
		panic(&valueError{"reflect.Value.Len", kind})
	}
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// sliceLen returns the length of the slice in x, or -1 and the name of
// x's kind (as reflect.Kind.String gives it; "" for nil) when x is not a
// slice.
//
//go2cpp:native
func sliceLen(x any) (int, string)

// swapElems swaps elements i and j of the slice in x.
//
//go2cpp:native
func swapElems(x any, i, j int)
