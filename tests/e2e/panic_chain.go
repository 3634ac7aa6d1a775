// Panics raised by deferred calls while panicking: each interrupts the one
// before it, and the report lists them oldest first.
// exit: 2
package main

import "fmt"

func third() { panic("third") }

func second() {
	defer third()
	panic("second")
}

func main() {
	defer fmt.Println("main's deferred call still runs")
	defer second()
	panic("first")
}
