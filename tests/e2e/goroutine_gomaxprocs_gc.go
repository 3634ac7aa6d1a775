// Workers that keep the only reference to their data on their stacks
// across channel operations, yields and collections, while the feeder
// lowers and raises GOMAXPROCS: a worker made surplus hands its queued
// goroutines to the global queue, and must wake a worker for them (it did
// not, and about one run in two of this program hung with every worker
// parked).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	val  int
	next *node
	pad  [8]int
}

func build(n, seed int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{val: seed + i, next: head}
	}
	return head
}

func check(h *node, n, seed int) {
	for i := n - 1; i >= 0; i-- {
		if h == nil || h.val != seed+i {
			panic(fmt.Sprintf("lost object: seed %d index %d", seed, i))
		}
		h = h.next
	}
}

func worker(in <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for seed := range in {
		h := build(200, seed)
		out <- seed
		runtime.Gosched()
		if seed%7 == 0 {
			runtime.GC()
		}
		check(h, 200, seed)
		m := map[int]*node{seed: h}
		out <- seed
		check(m[seed], 200, seed)
	}
}

func main() {
	old := runtime.GOMAXPROCS(0)
	for iter := 0; iter < 150; iter++ {
		in := make(chan int)
		out := make(chan int, 4)
		var wg sync.WaitGroup
		for w := 0; w < 16; w++ {
			wg.Add(1)
			go worker(in, out, &wg)
		}
		go func(iter int) {
			for s := 0; s < 400; s++ {
				in <- s * 1000
				if s%50 == 0 {
					runtime.GOMAXPROCS(1 + (iter+s/50)%4)
				}
			}
			close(in)
		}(iter)
		go func() { wg.Wait(); close(out) }()
		n := 0
		for range out {
			n++
			if n%100 == 0 {
				runtime.GC()
			}
		}
		if n != 800 {
			panic(fmt.Sprint("answers: ", n))
		}
	}
	runtime.GOMAXPROCS(old)
	fmt.Println("ok")
}
