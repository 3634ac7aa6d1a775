// Stress under changing GOMAXPROCS: panics recovered in goroutines that
// migrate between threads (a nil-map write and a panic(error), after a
// channel receive and Gosched), RWMutex readers and writers, goroutines
// that lock their thread and call Goexit or sleep, and selects woken by
// closing all their channels.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

var errBoom = errors.New("boom")

func recoverer(n int, wg *sync.WaitGroup, got *int64) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					atomic.AddInt64(got, 1)
				}
			}()
			c := make(chan int, 1)
			go func() { c <- i }()
			v := <-c
			runtime.Gosched()
			if v%2 == 0 {
				panic(errBoom)
			}
			var m map[string]int
			m["x"] = v // nil map write panics
		}()
	}
}

func rw(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	var mu sync.RWMutex
	shared := map[int]int{}
	var inner sync.WaitGroup
	for k := 0; k < 6; k++ {
		inner.Add(1)
		go func(k int) {
			defer inner.Done()
			for i := 0; i < n; i++ {
				if (i+k)%5 == 0 {
					mu.Lock()
					shared[i] = k
					mu.Unlock()
				} else {
					mu.RLock()
					_ = shared[i-1]
					mu.RUnlock()
				}
			}
		}(k)
	}
	inner.Wait()
}

func exiter(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	var inner sync.WaitGroup
	for i := 0; i < n; i++ {
		inner.Add(1)
		go func(i int) {
			defer inner.Done()
			if i%3 == 0 {
				runtime.LockOSThread()
			}
			if i%2 == 0 {
				runtime.Goexit()
			}
			time.Sleep(time.Duration(i%4) * 50 * time.Microsecond)
		}(i)
	}
	inner.Wait()
}

func closers(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		chs := make([]chan int, 4)
		for k := range chs {
			chs[k] = make(chan int)
		}
		done := make(chan int, 4)
		for k := 0; k < 4; k++ {
			go func() {
				select {
				case <-chs[0]:
				case <-chs[1]:
				case <-chs[2]:
				case <-chs[3]:
				}
				done <- 1
			}()
		}
		for k := range chs {
			close(chs[k])
		}
		for k := 0; k < 4; k++ {
			<-done
		}
	}
}

func main() {
	var got int64
	for iter := 0; iter < 200; iter++ {
		var wg sync.WaitGroup
		wg.Add(4)
		go recoverer(100, &wg, &got)
		go rw(300, &wg)
		go exiter(60, &wg)
		go closers(60, &wg)
		done := make(chan bool)
		go func() { wg.Wait(); close(done) }()
		k := 0
	loop:
		for {
			select {
			case <-done:
				break loop
			case <-time.After(200 * time.Microsecond):
				k++
				runtime.GOMAXPROCS(1 + (iter*7+k)%4)
			}
		}
	}
	runtime.GOMAXPROCS(2)
	fmt.Println("ok", got)
}
