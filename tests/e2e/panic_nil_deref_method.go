// Calling a pointer method on a field through a nil pointer (p.t.Bump())
// takes the field's address and loads nothing: gc checks the pointer
// itself and faults at address 0, not at the field's offset (32).
// exit: 2
package main

import "fmt"

type T struct {
	a, b, c int
	f       int
}

func (t *T) Bump() { t.f++ }

type U struct {
	x [4]int
	t T
}

func main() {
	u := &U{}
	u.t.Bump()
	fmt.Println(u.t.f)
	var p *U
	p.t.Bump()
}
