// Stress under changing GOMAXPROCS: Cond.Broadcast generations watched
// by four waiters, select loops stopped by closing a channel (no value
// lost), sync.Pool with finalized objects and forced collections.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

type res struct{ buf [64]byte }

var finalized int64

func alloc() *res {
	r := &res{}
	runtime.SetFinalizer(r, func(*res) { atomic.AddInt64(&finalized, 1) })
	return r
}

func broadcaster(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	gen := 0
	var inner sync.WaitGroup
	for k := 0; k < 4; k++ {
		inner.Add(1)
		go func() {
			defer inner.Done()
			mu.Lock()
			seen := 0
			for seen < n {
				for gen == seen {
					cond.Wait()
				}
				seen = gen
			}
			mu.Unlock()
		}()
	}
	for i := 1; i <= n; i++ {
		mu.Lock()
		gen = i
		cond.Broadcast()
		mu.Unlock()
		if i%10 == 0 {
			runtime.Gosched()
		}
	}
	inner.Wait()
}

func closer(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		quit := make(chan struct{})
		data := make(chan int)
		var got int32
		var inner sync.WaitGroup
		for k := 0; k < 3; k++ {
			inner.Add(1)
			go func() {
				defer inner.Done()
				for {
					select {
					case <-quit:
						return
					case v := <-data:
						atomic.AddInt32(&got, int32(v))
					}
				}
			}()
		}
		for k := 0; k < 5; k++ {
			data <- 1
		}
		close(quit)
		inner.Wait()
		if got != 5 {
			panic("select lost a value")
		}
	}
}

func pooler(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	p := sync.Pool{New: func() any { return alloc() }}
	for i := 0; i < n; i++ {
		r := p.Get().(*res)
		r.buf[0]++
		p.Put(r)
		if i%100 == 0 {
			runtime.GC()
		}
		_ = alloc()
	}
}

func main() {
	for iter := 0; iter < 150; iter++ {
		var wg sync.WaitGroup
		wg.Add(3)
		go broadcaster(200, &wg)
		go closer(50, &wg)
		go pooler(500, &wg)
		done := make(chan bool)
		go func() { wg.Wait(); close(done) }()
		k := 0
	loop:
		for {
			select {
			case <-done:
				break loop
			case <-time.After(300 * time.Microsecond):
				k++
				runtime.GOMAXPROCS(1 + (iter+k)%4)
			}
		}
	}
	runtime.GOMAXPROCS(2)
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("ok", atomic.LoadInt64(&finalized) > 0)
}
