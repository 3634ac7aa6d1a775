// GOTRACEBACK=none: a crash prints the panic (or fatal error) line alone,
// no goroutine frames; the exit status is still 2. The goroutine that
// panics first blocks main in a deadlock-free way.
// env: GOTRACEBACK=none
// stderr: exact
// exit: 2
package main

import "fmt"

type myErr struct{}

func (myErr) Error() string { return "custom error" }

func main() {
	fmt.Println("before")
	defer func() {
		panic(fmt.Sprint("again: ", recover()))
	}()
	panic(myErr{})
}
