// Unrecovered panics print their values as gc does: an error's Error(), a
// Stringer's String(), named basic types as main.T(value), and each panic
// that interrupted the deferred calls of an earlier one below it.
// exit: 2
package main

import "fmt"

type code int
type label string
type ratio float64
type flag bool
type cplx complex128

type failure struct{ op string }

func (f failure) Error() string { return "failure in " + f.op }

type color uint8

func (c color) String() string { return [...]string{"red", "green"}[c] }

func main() {
	defer func() { panic(failure{"cleanup"}) }()
	defer func() { panic(color(1)) }()
	defer func() { panic(cplx(complex(1, -2))) }()
	defer func() { panic(flag(true)) }()
	defer func() { panic(ratio(1.5)) }()
	defer func() { panic(label("x\ty")) }()
	defer func() { panic(fmt.Errorf("wrapped: %w", failure{"inner"})) }()
	panic(code(-7))
}
