package main

import "fmt"

// The calls inside the right operand of && and || run in Go's order, and
// only when that operand is evaluated.
var trace []string

func f(name string, v int) int { trace = append(trace, name); return v }
func b(name string, v bool) bool { trace = append(trace, name); return v }
func sum(a, b, c int) int   { return a + b + c }

func main() {
	x := f("a", 1) + f("b", 2)
	ok := b("c", true) && sum(f("d", 1), f("e", 2), f("f", 3)) == 6 && b("g", false) || f("h", 0)+f("i", 1) == 1
	fmt.Println(x, ok, trace)
	trace = nil
	ok = b("c", false) && sum(f("d", 1), f("e", 2), f("f", 3)) == 6
	fmt.Println(ok, trace)
	trace = nil
	if b("x", false) || f("y", 1) < f("z", 2) {
		fmt.Println(trace)
	}
}
