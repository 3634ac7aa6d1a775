// runtime.Goexit in a goroutine other than main runs its deferred calls
// (recover returns nil in them) and ends only that goroutine, from any
// depth (fixedbugs/issue11256.go).
// env: GOMAXPROCS=2
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func deep(n int, log chan<- string) {
	defer func() { log <- fmt.Sprint("unwound ", n) }()
	if n == 0 {
		runtime.Goexit()
	}
	deep(n-1, log)
	log <- "not reached"
}

func main() {
	log := make(chan string, 16)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { log <- fmt.Sprint("recover: ", recover()) }()
		deep(3, log)
	}()
	wg.Wait()
	close(log)
	for s := range log {
		fmt.Println(s)
	}
	for i := 0; i < 50; i++ {
		done := make(chan bool)
		go func() {
			defer close(done)
			runtime.Goexit()
		}()
		<-done
	}
	fmt.Println("main goes on", runtime.NumGoroutine())
}
