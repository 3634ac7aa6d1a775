// A WaitGroup that is never done: main waits in semacquire while a worker
// waits on a nil channel, so every goroutine is asleep.
// exit: 2
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("worker 1 done")
	}()
	go func() {
		var never chan int
		<-never
		wg.Done()
	}()
	wg.Wait()
}
