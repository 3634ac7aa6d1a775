// No false deadlock: twenty goroutines are blocked for good, and main
// waits on what only a timer (AfterFunc, a sleeping goroutine, NewTimer in
// a select) or a sleeping goroutine's Unlock can end, thousands of times
// under changing GOMAXPROCS; a pending timer or sleeper means no deadlock.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	never := make(chan int)
	for i := 0; i < 20; i++ {
		go func() { <-never }()
	}
	var mu sync.Mutex
	for iter := 0; iter < 3000; iter++ {
		c := make(chan int)
		d := time.Duration(iter%7) * 20 * time.Microsecond
		switch iter % 4 {
		case 0:
			time.AfterFunc(d, func() { c <- 1 })
			<-c
		case 1:
			go func() { time.Sleep(d); c <- 1 }()
			<-c
		case 2:
			t := time.NewTimer(d)
			select {
			case <-t.C:
			case <-c:
			}
		case 3:
			mu.Lock()
			go func() { time.Sleep(d); mu.Unlock() }()
			mu.Lock()
			mu.Unlock()
		}
		if iter%100 == 0 {
			runtime.GOMAXPROCS(1 + (iter/100)%4)
		}
	}
	fmt.Println("ok")
}
