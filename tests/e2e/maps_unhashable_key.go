// exit: 2
// A key whose dynamic type cannot be hashed panics with gc's runtime error.
package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	fmt.Println(len(m))
	var k interface{} = []int{1, 2}
	m[k] = 2
	fmt.Println("unreachable")
}
