// runtime.Goexit in main runs main's deferred calls and lets the other
// goroutines run on: one of them ends the program with its exit status.
// exit: 3
package main

import (
	"fmt"
	"os"
	"runtime"
)

func main() {
	c := make(chan int, 1)
	defer func() {
		fmt.Println("deferred in main")
		c <- 3
	}()
	go func() {
		v := <-c
		fmt.Println("other goroutine exits with", v)
		os.Exit(v)
	}()
	runtime.Goexit()
}
