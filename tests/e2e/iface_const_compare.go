// A conversion of a constant to an interface compared with a value: the
// printer once left interface{}(5) unboxed and the C++ did not compile.
package main

import "fmt"

type any2 interface{}

func main() {
	x := interface{}(5)
	fmt.Println(x, interface{}(5) == 5, 5 == any2(5), interface{}("a") != "a", interface{}(1.5) == 1)
}
