// Type parameters constrained to channel and map types: make, send, close
// and range on T ~chan E (T's core type), delete on a T whose maps differ in
// their element types (no core type, one key type), and a blank interface
// type with methods and a type list (a constraint: never a runtime type).
package main

import "fmt"

func generate[T ~chan E, E any](es ...E) T {
	ch := make(T, len(es))
	go func() {
		defer close(ch)
		for _, e := range es {
			ch <- e
		}
	}()
	return ch
}

type Maps interface {
	map[string]int | map[string]float64
}

func drop[T Maps](m T, k string) {
	delete(m, k)
}

type IntChan chan int

type _ interface {
	m1()
	int | float32 | string
}

func main() {
	c := generate[IntChan](7, 8)
	fmt.Println(<-c, <-c)
	for v := range generate[chan string]("x", "y") {
		fmt.Print(v, " ")
	}
	fmt.Println()
	ints := map[string]int{"foo": 1, "bar": 2}
	drop(ints, "foo")
	floats := map[string]float64{"foo": 1.5}
	drop(floats, "foo")
	drop(floats, "absent")
	fmt.Println(ints, len(floats))
}
