// Taking the address of a field through a nil pointer (&p.t.f) loads
// nothing: gc checks the pointer itself and faults at address 0, where
// reading p.t.f would fault at its offset (32+24).
// exit: 2
package main

import "fmt"

type T struct {
	a, b, c int
	f       int
}

type U struct {
	x [4]int
	t T
}

func main() {
	u := &U{}
	pf := &u.t.f
	*pf = 41
	fmt.Println(u.t.f)
	var p *U
	fmt.Println(&p.t.f)
}
