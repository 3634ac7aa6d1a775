// runtime.Goexit in main while another goroutine is blocked for good:
// gc reports "all goroutines are asleep" and lists the blocked one (main
// is gone); "no goroutines" is only for when none is left.
// exit: 2
package main

import "runtime"

func main() {
	c := make(chan int)
	go func() { <-c }()
	runtime.Goexit()
}
