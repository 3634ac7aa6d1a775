// Blank type parameters (type T[P any, _ C, _ fmt.Stringer]) each get a
// C++ template parameter of their own: two named _ did not compile.
package main

import "fmt"

type A interface{ int | int64 }
type C interface{ String() string }
type Myint int

func (i Myint) String() string { return "aa" }

type T[P A, _ C, _ fmt.Stringer] int

func (v T[P, Q, R]) test() string {
	var q Q
	var r R
	return q.String() + r.String()
}

func Pick[_ any, _ any, V any](v V) V { return v }

func main() {
	var x T[int, Myint, Myint] = 3
	fmt.Println(x.test(), x)
	fmt.Printf("%v %T\n", Pick[string, bool](1.5), x)
}
