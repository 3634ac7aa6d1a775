// env: GOMAXPROCS=2
// A Mutex contended by goroutines on two threads, with critical sections
// that block (Gosched, channel hand-offs) so that waiters pile up: every
// Unlock must leave some waiter able to proceed (the mutexWoken bit may
// skip a wake-up only while a woken waiter is still on its way), so the
// program ends and the counts add up.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	tries := 0
	ping := make(chan int, 1)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 5000; i++ {
				if i%7 == 0 && mu.TryLock() {
					tries++
					counter++
					mu.Unlock()
					continue
				}
				mu.Lock()
				counter++
				if i%100 == 0 {
					runtime.Gosched()
				}
				if i%250 == 0 {
					ping <- i
					<-ping
				}
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(counter, tries <= counter)
}
