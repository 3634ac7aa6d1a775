// All goroutines asleep with main blocked sending on an unbuffered channel
// (after a helper goroutine took one value and ended).
// exit: 2
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() { fmt.Println("took", <-ch) }()
	ch <- 1
	ch <- 2
}
