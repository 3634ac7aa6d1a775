// Map keys that are structs and arrays holding interfaces: hashed and
// compared through the dynamic values; an unhashable dynamic value panics
// with gc's text.
package main

import "fmt"

type T struct {
	_ int
	X interface{}
	_ string
	Y float64
}

type S fmt.Stringer

type name string

func (n name) String() string { return string(n) }

type K struct {
	s S
	n int
}

func main() {
	m := map[T]int{}
	m[T{X: 1, Y: 2}] = 1
	m[T{X: 2, Y: 3}] = 2
	m[T{X: 1, Y: 2}] = 3
	m[T{X: "1", Y: 2}] = 4
	fmt.Println(len(m), m[T{X: 1, Y: 2}], m[T{X: "1", Y: 2}], m[T{Y: 2}])

	a := map[[2]any]string{{1, "a"}: "x", {nil, nil}: "nil"}
	a[[2]any{1, "a"}] += "y"
	fmt.Println(len(a), a[[2]any{1, "a"}], a[[2]any{}])

	k := map[K]bool{{name("a"), 1}: true}
	fmt.Println(k[K{name("a"), 1}], k[K{name("b"), 1}], k[K{nil, 1}])

	defer func() { fmt.Println("recovered:", recover()) }()
	m[T{X: []int{1}}] = 5
}
