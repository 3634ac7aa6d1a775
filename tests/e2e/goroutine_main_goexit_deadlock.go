// runtime.Goexit in main once every other goroutine has ended: gc's
// "no goroutines" deadlock.
// exit: 2
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker")
		done <- true
	}()
	defer fmt.Println("deferred")
	<-done
	runtime.Goexit()
}
