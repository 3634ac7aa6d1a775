// Panics inside goroutines that deferred calls recover: the goroutine
// goes on and reports through a channel; os.Exit from a goroutine ends
// the program at once with its status.
// exit: 3
package main

import (
	"fmt"
	"os"
)

func safeDiv(a, b int, out chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprint("recovered: ", r)
		}
	}()
	out <- fmt.Sprint(a / b)
}

func main() {
	out := make(chan string)
	go safeDiv(10, 2, out)
	fmt.Println(<-out)
	go safeDiv(1, 0, out)
	fmt.Println(<-out)
	go func() {
		defer func() {
			r := recover()
			fmt.Println("nested:", r)
			out <- "done"
		}()
		var m map[string]int
		m["x"] = 1
	}()
	fmt.Println(<-out)
	block := make(chan int)
	go func() {
		fmt.Println("exiting from a goroutine")
		os.Exit(3)
	}()
	<-block
}
