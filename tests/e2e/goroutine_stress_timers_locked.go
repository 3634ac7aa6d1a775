// Stress under changing GOMAXPROCS: goroutines locked to their threads
// receiving from a channel, AfterFunc timers stopped or fired, NewTimer
// Stop/Reset with draining, sync.Cond Signal handing out work, Tickers;
// each round must finish (a lost wake-up hangs it) with every timer
// accounted for.
package main

import (
	"fmt"
	"math/rand"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

func locked(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	c := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			c <- i
		}
		close(c)
	}()
	for range c {
	}
}

func timers(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	var fired int32
	for i := 0; i < n; i++ {
		t := time.AfterFunc(time.Duration(rand.Intn(200))*time.Microsecond, func() { atomic.AddInt32(&fired, 1) })
		if i%3 == 0 {
			if t.Stop() {
				atomic.AddInt32(&fired, 1)
			}
		}
		tm := time.NewTimer(time.Duration(rand.Intn(100)) * time.Microsecond)
		if i%2 == 0 {
			if !tm.Stop() {
				<-tm.C
			}
			tm.Reset(50 * time.Microsecond)
		}
		<-tm.C
	}
	for atomic.LoadInt32(&fired) != int32(n) {
		time.Sleep(100 * time.Microsecond)
	}
}

func conder(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	var inner sync.WaitGroup
	for k := 0; k < 3; k++ {
		inner.Add(1)
		go func() {
			defer inner.Done()
			for i := 0; i < n; i++ {
				mu.Lock()
				for ready == 0 {
					cond.Wait()
				}
				ready--
				mu.Unlock()
			}
		}()
	}
	for i := 0; i < 3*n; i++ {
		mu.Lock()
		ready++
		cond.Signal()
		mu.Unlock()
	}
	inner.Wait()
}

func ticker(wg *sync.WaitGroup) {
	defer wg.Done()
	t := time.NewTicker(100 * time.Microsecond)
	for i := 0; i < 50; i++ {
		<-t.C
	}
	t.Stop()
}

func main() {
	r := rand.New(rand.NewSource(2))
	for iter := 0; iter < 100; iter++ {
		var wg sync.WaitGroup
		for k := 0; k < 2; k++ {
			wg.Add(4)
			go locked(500, &wg)
			go timers(50, &wg)
			go conder(300, &wg)
			go ticker(&wg)
		}
		done := make(chan bool)
		go func() { wg.Wait(); close(done) }()
	loop:
		for {
			select {
			case <-done:
				break loop
			case <-time.After(time.Duration(r.Intn(500)) * time.Microsecond):
				runtime.GOMAXPROCS(1 + r.Intn(4))
			}
		}
	}
	runtime.GOMAXPROCS(2)
	fmt.Println("ok")
}
