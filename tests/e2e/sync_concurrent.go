// sync's types shared by many goroutines on several threads: Cond with
// Signal and Broadcast, RWMutex readers and writers, Map under concurrent
// LoadOrStore/Delete, Once, and WaitGroup reuse.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// A bounded queue on a Cond: producers wait while full, consumers while empty.
type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	limit int
}

func newQueue(limit int) *queue {
	q := &queue{limit: limit}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.limit {
		q.cond.Wait()
	}
	q.items = append(q.items, v)
	q.cond.Broadcast()
	q.mu.Unlock()
}

func (q *queue) get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.cond.Broadcast()
	q.mu.Unlock()
	return v
}

func condQueue() {
	q := newQueue(2)
	var wg sync.WaitGroup
	for p := 0; p < 3; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				q.put(p*1000 + i)
			}
		}(p)
	}
	sum := 0
	for i := 0; i < 300; i++ {
		sum += q.get()
	}
	wg.Wait()
	fmt.Println("cond queue sum:", sum)
}

func condSignal() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := 0
	woken := int32(0)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			ready++
			c.Wait()
			mu.Unlock()
			atomic.AddInt32(&woken, 1)
		}()
	}
	for {
		mu.Lock()
		n := ready
		mu.Unlock()
		if n == 5 {
			break
		}
		runtime.Gosched()
	}
	mu.Lock()
	c.Signal()
	mu.Unlock()
	for atomic.LoadInt32(&woken) < 1 {
		runtime.Gosched()
	}
	mu.Lock()
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("cond woken:", atomic.LoadInt32(&woken))
}

func rwMutex() {
	var rw sync.RWMutex
	balance := map[string]int{"a": 100, "b": 100}
	var readers, maxReaders int32
	var wg sync.WaitGroup
	var bad int32
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				rw.RLock()
				n := atomic.AddInt32(&readers, 1)
				for {
					m := atomic.LoadInt32(&maxReaders)
					if n <= m || atomic.CompareAndSwapInt32(&maxReaders, m, n) {
						break
					}
				}
				if balance["a"]+balance["b"] != 200 {
					atomic.AddInt32(&bad, 1)
				}
				atomic.AddInt32(&readers, -1)
				rw.RUnlock()
			}
		}()
	}
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				rw.Lock()
				if atomic.LoadInt32(&readers) != 0 {
					atomic.AddInt32(&bad, 1)
				}
				balance["a"]--
				runtime.Gosched()
				balance["b"]++
				rw.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("rwmutex:", balance["a"], balance["b"], "inconsistent:", bad)
}

func syncMap() {
	var m sync.Map
	var wg sync.WaitGroup
	var stored int32
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				if _, loaded := m.LoadOrStore(k, g); !loaded {
					atomic.AddInt32(&stored, 1)
				}
			}
		}(g)
	}
	wg.Wait()
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := g; k < 100; k += 4 {
				if k%2 == 0 {
					m.Delete(k)
				}
			}
		}(g)
	}
	wg.Wait()
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return true
	})
	_, ok := m.Load(3)
	_, gone := m.Load(4)
	v, loaded := m.LoadAndDelete(5)
	fmt.Println("sync.Map:", stored, n, ok, gone, v != nil, loaded)
}

func onceAndReuse() {
	var once sync.Once
	var calls int32
	var wg sync.WaitGroup
	for round := 0; round < 3; round++ {
		for i := 0; i < 10; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				once.Do(func() { atomic.AddInt32(&calls, 1) })
			}()
		}
		wg.Wait() // the same WaitGroup, reused each round
	}
	fmt.Println("once calls:", calls)
}

func main() {
	runtime.GOMAXPROCS(2)
	condQueue()
	condSignal()
	rwMutex()
	syncMap()
	onceAndReuse()
}
