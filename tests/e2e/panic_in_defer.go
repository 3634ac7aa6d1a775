// A deferred call that panics while a panic runs it: gc prints both, the
// first one marked [recovered] when a deferred call had recovered it.
// exit: 2
package main

import "fmt"

func again() {
	recover()
	panic("second")
}

func inner() {
	defer fmt.Println("inner's deferred call")
	var a []int
	i := 4
	fmt.Println(a[i])
}

func main() {
	defer again()
	defer fmt.Println("main's deferred call")
	inner()
}
