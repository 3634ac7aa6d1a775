// Unbounded recursion in a goroutine other than main runs into the guard
// page below its stack: gc's stack overflow report, status 2, and the
// output printed before it is flushed.
// exit: 2
package main

import "fmt"

func depth(n int) int {
	var frame [64]byte
	frame[n%64] = byte(n)
	if n == -1 {
		return 0
	}
	return depth(n+1) + int(frame[n%64])
}

func main() {
	fmt.Println("before")
	done := make(chan int)
	go func() {
		done <- depth(0)
	}()
	fmt.Println(<-done)
}
