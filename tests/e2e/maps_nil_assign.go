// exit: 2
// Writing to a nil map panics with gc's message and exit status 2; reads,
// len, delete and range of a nil map are fine.
package main

import "fmt"

var counts map[string]int

func main() {
	fmt.Println(counts["x"], len(counts))
	delete(counts, "x")
	for k := range counts {
		fmt.Println(k)
	}
	counts["x"]++
	fmt.Println("unreachable")
}
