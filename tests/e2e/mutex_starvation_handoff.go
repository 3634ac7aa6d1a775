// A goroutine that waits for a Mutex more than 1 ms switches it to
// starvation mode, where Unlock hands the lock straight to it: a hog that
// re-locks at once after every Unlock cannot keep it from the waiter. (In
// normal mode alone the woken waiter loses nearly every race to the
// running hog: it waited through hundreds of the hog's 500 us critical
// sections, where starvation mode lets the hog through two or three.)
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	runtime.GOMAXPROCS(2)
	var mu sync.Mutex
	var waiterDone int32
	var hogRounds int64
	hogStarted := make(chan bool)
	hogDone := make(chan bool)
	go func() {
		deadline := time.Now().Add(5 * time.Second)
		first := true
		for atomic.LoadInt32(&waiterDone) == 0 && time.Now().Before(deadline) {
			mu.Lock()
			if first {
				first = false
				close(hogStarted)
			}
			spinUntil := time.Now().Add(500 * time.Microsecond)
			for time.Now().Before(spinUntil) {
			}
			mu.Unlock()
			atomic.AddInt64(&hogRounds, 1)
		}
		hogDone <- atomic.LoadInt32(&waiterDone) == 1
	}()
	<-hogStarted
	before := atomic.LoadInt64(&hogRounds)
	mu.Lock()
	rounds := atomic.LoadInt64(&hogRounds) - before
	atomic.StoreInt32(&waiterDone, 1)
	mu.Unlock()
	if <-hogDone {
		fmt.Println("the waiter got the lock while the hog was still running")
	} else {
		fmt.Println("the waiter starved until the hog gave up")
	}
	if rounds < 100 {
		fmt.Println("the hog had fewer than 100 turns meanwhile")
	} else {
		fmt.Println("the hog had", rounds, "turns meanwhile")
	}
}
