package main

import "fmt"

// Blank methods, functions and types are never printed (two would clash
// in C++); blank fields take no part in struct equality.
type T struct {
	_, _ int
	a    int
}

func (T) _() {}

func (T) _() {}

type _ int

type _ struct{}

func _() {}

func _() {}

type P struct{ _ [2]float64 }

func main() {
	x := T{a: 1}
	y := T{a: 1}
	fmt.Println(x == y, P{} == P{})
	m := map[T]int{x: 1}
	m[y]++
	fmt.Println(len(m), m[x])
	fmt.Printf("%v %+v\n", x, y)
	var e interface{} = &x
	_, ok := e.(interface{ Foo() })
	fmt.Println(ok)
}
