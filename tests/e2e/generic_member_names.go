// A type parameter named like a field, a method or a local variable
// (C++ forbids a template parameter's name there).
package main

import "fmt"

type Pair[A, B any] struct {
	A A
	B B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.B, p.A} }

type Box[T any] struct{ v T }

func (b Box[T]) T() T { return b.v }

func local[X any](x X) int {
	n := 0
	for X := 0; X < 3; X++ {
		n += X
	}
	_ = x
	return n
}

func main() {
	p := Pair[int, string]{1, "one"}
	fmt.Println(p, p.Swap())
	fmt.Printf("%T\n", p.Swap())
	fmt.Println(Box[float64]{2.5}.T(), local("s"))
}
