// A failed type assertion panics with gc's interface conversion text.
// exit: 2
package main

import "fmt"

func main() {
	var x interface{} = "hello"
	s := x.(string)
	fmt.Println(s)
	n := x.(int)
	fmt.Println(n)
}
