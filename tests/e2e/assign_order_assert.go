package main

import "fmt"

// Calls on the left of an assignment run before the right's, also when the
// right is a type assertion of a call's result.
type I interface{ M() }
type S struct{ n int }

func (S) M() {}

var order []string

func target(p *I, name string) *I { order = append(order, name); return p }
func value(name string) interface{} {
	order = append(order, name)
	return S{len(order)}
}

func main() {
	var i I
	var ok bool
	*target(&i, "lhs"), ok = value("rhs").(I)
	fmt.Println(order, ok, i)
	order = nil
	var n S
	*func() *S { order = append(order, "lhs2"); return &n }() = value("rhs2").(S)
	fmt.Println(order, n)
}
