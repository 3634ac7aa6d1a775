// Deferred calls run last-in first-out at every return, with the function
// value, receiver and arguments evaluated at the defer statement; a
// deferred call may change named results after `return x` assigned them.
package main

import "fmt"

type counter struct{ n int }

func (c counter) show(label string) { fmt.Println(label, "value receiver sees", c.n) }
func (c *counter) bump()             { c.n++ }
func (c *counter) report()           { fmt.Println("pointer receiver sees", c.n) }

func trace(s string) string {
	fmt.Println("entering", s)
	return s
}

func un(s string) { fmt.Println("leaving", s) }

func show(s string, n int) { fmt.Println(s, n) }

func double(p *int) { *p *= 2 }

func named() (r int) {
	defer double(&r)
	return 21
}

func twoResults() (a, b string) {
	defer swap(&a, &b)
	return "first", "second"
}

func swap(a, b *string) { *a, *b = *b, *a }

func unnamed() int {
	x := 1
	defer show("deferred with x =", x)
	x = 5
	return x * 10
}

func loops() {
	for i := 0; i < 3; i++ {
		defer show("loop iteration", i)
	}
	for _, w := range []string{"a", "b"} {
		defer fmt.Println("range word", w)
	}
	fmt.Println("loops body done")
}

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func early(n int) (s string) {
	defer fmt.Println("early returns", n)
	if n > 0 {
		return "positive"
	}
	s = "not positive"
	return
}

func methods() {
	c := counter{1}
	p := &counter{10}
	defer c.show("c")
	defer p.show("p")
	defer p.report()
	defer c.bump()
	c.n = 2
	p.n = 20
	fmt.Println("methods body done")
}

func main() {
	defer fmt.Println("main's deferred call runs last")
	fmt.Println(named())
	fmt.Println(twoResults())
	fmt.Println(unnamed())
	loops()
	nested()
	fmt.Println(early(1), early(0))
	methods()
}
