// Descriptors of composite types over generic types that reach
// themselves, asked for before the generic type's own ([]L[T] before
// L[T]): building one must not re-enter itself (it hung).
package main

import "fmt"

type L[T any] []L[T]

type F[T any] func() F[T]

type M[T comparable] map[T]M[T]

type C[T any] chan C[T]

type A[T any] [2]*A[T]

func show[T comparable]() {
	var x interface{} = []L[T]{}
	fmt.Printf("%T\n", x)
	x = []func() F[T]{}
	fmt.Printf("%T\n", x)
	x = map[T]M[T]{}
	fmt.Printf("%T\n", x)
	x = [1]C[T]{}
	fmt.Printf("%T\n", x)
	x = []A[T]{}
	fmt.Printf("%T\n", x)
	x = L[T]{}
	fmt.Printf("%T %T %T %T\n", x, M[T]{}, C[T](nil), A[T]{})
}

func main() {
	show[int]()
	show[string]()
}
