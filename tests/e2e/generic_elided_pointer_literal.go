package main

import "fmt"

type S struct{ f, g int }

type PS *S

// Elided element literals of pointer types, keyed and not, also through
// type parameters whose core type is a pointer.
func mk[P *S]() []P { return []P{{f: 1}, {2, 3}} }

// A literal of a type parameter whose core type is a struct.
func lit[T ~struct{ f, g int }]() T { return T{g: 8, f: 9} }

func main() {
	a := []*S{{f: 1}, {g: 2, f: 3}, {4, 5}}
	b := []PS{{f: 6}}
	c := mk[*S]()
	fmt.Println(*a[0], *a[1], *a[2], *b[0], *c[0], *c[1])
	m := map[string]*S{"k": {g: 7}}
	fmt.Println(*m["k"])
	fmt.Println(lit[S]())
}
