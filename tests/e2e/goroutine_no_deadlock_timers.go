// Not deadlocks: main blocked while a goroutine sleeps, while a timer
// channel is pending, while an AfterFunc or a Ticker is pending, and while
// every goroutine waits for one that sleeps; the program ends normally.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ch := make(chan string)
	go func() {
		time.Sleep(30 * time.Millisecond)
		ch <- "from a sleeper"
	}()
	fmt.Println(<-ch)

	<-time.After(20 * time.Millisecond)
	fmt.Println("timer channel fired")

	done := make(chan bool)
	time.AfterFunc(20*time.Millisecond, func() { done <- true })
	fmt.Println("afterfunc:", <-done)

	tk := time.NewTicker(10 * time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("ticker ticked")

	var wg sync.WaitGroup
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	woken := false
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for !woken {
				c.Wait()
			}
			mu.Unlock()
		}()
	}
	go func() {
		time.Sleep(40 * time.Millisecond)
		mu.Lock()
		woken = true
		c.Broadcast()
		mu.Unlock()
	}()
	wg.Wait()
	fmt.Println("all woken after a sleep")
}
