// Types declared inside functions reach interfaces: fmt, %T, assertions.
package main

import "fmt"

func main() {
	type pair struct {
		A int
		B string
	}
	type score float64
	p := pair{1, "x"}
	var s score = 2.5
	fmt.Println(p, s)
	fmt.Printf("%+v %T %T\n", p, p, s)
	var x interface{} = p
	if q, ok := x.(pair); ok {
		fmt.Println("pair", q.B)
	}
}
