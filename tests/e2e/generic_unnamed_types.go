// Unnamed struct and interface types used only inside generic code, and
// descriptor names that hold quotes (struct tags).
package main

import "fmt"

type T[_ any] struct{}

func probe[B any](b B) string {
	if v, ok := any(b).(interface{ M1() int }); ok {
		return fmt.Sprint("M1 ", v.M1())
	}
	if _, ok := any(b).(interface{ M2() }); ok {
		return "M2"
	}
	p := struct{ x, y int }{1, 2}
	return fmt.Sprint("none ", p)
}

type S struct{}

func (S) M1() int { return 41 }

type U struct{}

func (U) M2() {}

var m = map[interface{}]int{
	T[struct{ int }]{}: 1,
	T[struct {
		int "x"
	}]{}: 2,
}

func main() {
	fmt.Println(probe(S{}), probe(U{}), probe(3))
	fmt.Println(len(m))
	fmt.Printf("%T\n", struct {
		a string `json:"a"`
	}{})
}
