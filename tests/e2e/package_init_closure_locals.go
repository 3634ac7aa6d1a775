// Locals of function literals in package-level initializers (gcgort.go's
// table of modifiers): an address-taken one and one shared by a closure
// live on the heap, as in functions (before, &t was refused and the
// captured x was copied, so h printed 0).
package main

import "fmt"

type T struct{ a int }

var fs = []func() *T{
	func() *T {
		t := T{1}
		return &t
	},
}

var g = func() int {
	x := 5
	p := &x
	*p++
	return x
}()

var h = func() int {
	x := 0
	f := func() { x++ }
	f()
	f()
	return x
}()

type table struct {
	name string
	run  func() []*int
}

var tables = []table{{"ptrs", func() []*int {
	var out []*int
	for i := 0; i < 3; i++ {
		v := i * 10
		out = append(out, &v)
	}
	return out
}}}

func main() {
	p, q := fs[0](), fs[0]()
	p.a++
	fmt.Println(p.a, q.a, g, h)
	for _, tb := range tables {
		ps := tb.run()
		fmt.Println(tb.name, *ps[0], *ps[1], *ps[2])
	}
}
