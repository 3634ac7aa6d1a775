// All goroutines asleep with main in a select over channels nobody uses;
// another goroutine is blocked too (on a full buffered channel).
// exit: 2
package main

import "fmt"

func main() {
	a, b := make(chan int), make(chan string)
	full := make(chan int, 1)
	full <- 0
	go func() { full <- 1 }()
	fmt.Println("selecting")
	select {
	case v := <-a:
		fmt.Println(v)
	case b <- "x":
	}
}
