// A program to ask for its goroutines: one spins, one waits on a channel,
// main sleeps (or, with the argument "panic", panics; with "fatal", dies
// of a fatal error).
package main

import (
	"fmt"
	"os"
	"sync"
	"time"
)

var counter int

//go:noinline
func work(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i * counter
	}
	return s
}

func spin() {
	for {
		counter += work(1000) & 1
	}
}

func receiver(ch chan int) {
	<-ch
}

func main() {
	go spin()
	go receiver(make(chan int))
	fmt.Println("started")
	time.Sleep(100 * time.Millisecond)
	println("ready")
	if len(os.Args) > 1 && os.Args[1] == "panic" {
		panic("dump")
	}
	if len(os.Args) > 1 && os.Args[1] == "fatal" {
		var mu sync.Mutex
		mu.Unlock()
	}
	time.Sleep(time.Hour)
}
