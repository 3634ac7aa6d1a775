// var h, _ interface{} = g() and var r, ok interface{} = f() convert each
// result to its variable's interface type (a defined array type keeps its
// name in the interface).
package main

import "fmt"

type T [4]int

func g(x []*T) ([]*T, []*T) { return x, x }

type S struct{ n int }

func (s S) String() string { return fmt.Sprint("S", s.n) }

func f() (S, bool) { return S{7}, true }


func main() {
	s := [2]*T{{1, 2, 3, 4}}
	var h, _ interface{} = g(s[:])
	fmt.Printf("%T %v\n", h, h.([]*T)[0][3])
	var r, ok interface{} = f()
	fmt.Println(r, ok)
}
