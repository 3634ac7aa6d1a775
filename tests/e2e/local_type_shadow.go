package main

import "fmt"

// A local struct with a field named like a local type it mentions: in C++
// the member would change the meaning of the type's name.
func main() {
	type X struct{ v int }
	type N int
	type L []L
	type Y struct {
		X
		N
		L
		p *X
		q []N
	}
	var y Y
	func() { y.v = 1; y.N = 2 }()
	y.p = &y.X
	y.L = L{nil}
	y.q = append(y.q, y.N)
	fmt.Println(y.v, y.N, y.p.v, len(y.L), y.q)
	fmt.Printf("%v %T\n", y.X, y.N)
}
