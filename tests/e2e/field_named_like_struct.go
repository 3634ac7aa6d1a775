// A struct with a field named like the struct itself (type T struct{ T
// string }): comparison, hashing as a map key, methods taking and returning
// the struct.
package main

import "fmt"

type T struct {
	S string
	T string
	N int
}

func (t T) Swap() T       { return T{t.T, t.S, t.N} }
func (t *T) Same(o T) bool { return *t == o }

type U struct {
	U int
	_ int
}

func main() {
	a := T{"s", "t", 1}
	b := a.Swap()
	fmt.Println(a, b, a == b, a == b.Swap(), a.Same(b.Swap()))
	m := map[T]int{a: 1, b: 2}
	fmt.Println(m[T{"t", "s", 1}], len(m))
	fmt.Println(U{U: 3} == U{U: 3}, U{4, 5})
}
