// sync's types used by one goroutine: Mutex and RWMutex (with TryLock),
// Once, WaitGroup, Map, Pool and Cond, against gc.
package main

import (
	"fmt"
	"sync"
)

// sorted sorts keys by insertion (Range's order is unspecified).
func sorted(keys []string) []string {
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	c := counter{n: map[string]int{}}
	c.inc("a")
	c.inc("a")
	fmt.Println(c.n["a"], c.mu.TryLock(), c.mu.TryLock())
	c.mu.Unlock()

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("writer while reading:", rw.TryLock(), "reader:", rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	fmt.Println("reader while writing:", rw.TryRLock())
	rw.Unlock()
	l := rw.RLocker()
	l.Lock()
	fmt.Println("writer while RLocker held:", rw.TryLock())
	l.Unlock()

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var o sync.Once
		o.Do(func() { panic("in Do") })
	}()

	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 3; i++ {
		wg.Done()
	}
	wg.Wait()
	fmt.Println("waited")

	var m sync.Map
	m.Store("a", 1)
	m.Store(2, "b")
	v, loaded := m.LoadOrStore("a", 10)
	fmt.Println(v, loaded)
	v, loaded = m.LoadOrStore("c", 3)
	fmt.Println(v, loaded)
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	fmt.Println(sorted(keys))
	m.Delete("a")
	v, loaded = m.LoadAndDelete(2)
	fmt.Println(v, loaded)
	v, ok := m.Load("a")
	fmt.Println(v, ok)

	p := sync.Pool{New: func() any { return new(int) }}
	x := p.Get().(*int)
	*x = 42
	p.Put(x)
	fmt.Println(*p.Get().(*int) >= 0)
	var empty sync.Pool
	fmt.Println(empty.Get())

	cond := sync.NewCond(&c.mu)
	cond.Signal()
	cond.Broadcast()
	fmt.Println(cond.L != nil)
}
