// Comparing interfaces whose dynamic type is a slice panics at run time.
// exit: 2
package main

import "fmt"

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b)
	a, b = []int{1}, []int{1}
	fmt.Println(a == b)
}
