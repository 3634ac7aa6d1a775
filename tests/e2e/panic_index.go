// An index out of range panics with gc's message and exit status 2.
// exit: 2
package main

import "fmt"

func main() {
	s := []int{10, 20, 30}
	i := 5
	fmt.Println(s[0], s[len(s)-1])
	fmt.Println(s[i])
}
