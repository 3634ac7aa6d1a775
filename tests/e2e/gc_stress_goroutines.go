// The collector and goroutines on two threads: every goroutine keeps the
// only references to its heap objects on its own stack (or in a channel's
// buffer while they travel) across blocking channel operations, Gosched,
// sleeps and forced collections, while other goroutines churn garbage;
// every object's contents are checked afterwards, and none may be lost.
// Then 100,000 goroutines each park holding one object through two
// forced collections, and check it when released.
// env: GOMAXPROCS=2
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type node struct {
	next    *node
	id      int
	payload []byte
	label   string
}

// build makes a chain of n nodes whose contents follow from seed; the
// chain goes through a channel so that it surely lives on the heap.
func build(seed, n int) *node {
	var head *node
	for i := n - 1; i >= 0; i-- {
		p := make([]byte, 16+i*8)
		for k := range p {
			p[k] = byte(seed*31 + i*7 + k)
		}
		head = &node{next: head, id: seed*1000 + i, payload: p, label: fmt.Sprint("n", seed, "-", i)}
	}
	via := make(chan *node, 1)
	via <- head
	return <-via
}

// check reports how many nodes of the chain differ from what build made.
func check(head *node, seed, n int) int {
	bad := 0
	i := 0
	for nd := head; nd != nil; nd = nd.next {
		ok := nd.id == seed*1000+i && len(nd.payload) == 16+i*8 && nd.label == fmt.Sprint("n", seed, "-", i)
		for k := 0; ok && k < len(nd.payload); k++ {
			ok = nd.payload[k] == byte(seed*31+i*7+k)
		}
		if !ok {
			bad++
		}
		i++
	}
	if i != n {
		bad += n
	}
	return bad
}

func churn(stop chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	var keep [][]int
	for i := 0; ; i++ {
		select {
		case <-stop:
			return
		default:
		}
		keep = append(keep, make([]int, 100+i%500))
		if len(keep) > 64 {
			keep = keep[:0]
		}
		if i%50 == 0 {
			runtime.Gosched()
		}
	}
}

func main() {
	const workers, iterations, chain = 48, 60, 6
	stop := make(chan struct{})
	var churners sync.WaitGroup
	for i := 0; i < 2; i++ {
		churners.Add(1)
		go churn(stop, &churners)
	}

	var wg sync.WaitGroup
	var mu sync.Mutex
	lost, checks := 0, 0
	// Pairs of workers pass chains to each other: a chain lives only in
	// the channel and then only on the receiver's stack.
	pipes := make([]chan *node, workers)
	for i := range pipes {
		pipes[i] = make(chan *node)
	}
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			bad, n := 0, 0
			partner := w ^ 1
			for it := 0; it < iterations; it++ {
				seed := w*iterations + it
				mine := build(seed, chain)
				switch it % 4 {
				case 0:
					runtime.Gosched()
				case 1:
					time.Sleep(time.Duration(w%3) * time.Microsecond)
				case 2:
					if w%8 == 0 {
						runtime.GC()
					}
				case 3:
					// Swap chains with the partner through unbuffered channels.
					var theirs *node
					if w%2 == 0 {
						pipes[partner] <- mine
						theirs = <-pipes[w]
					} else {
						theirs = <-pipes[w]
						pipes[partner] <- mine
					}
					runtime.Gosched()
					bad += check(theirs, partner*iterations+it, chain)
					n++
					mine = build(seed, chain)
				}
				bad += check(mine, seed, chain)
				n++
			}
			mu.Lock()
			lost += bad
			checks += n
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	close(stop)
	churners.Wait()
	fmt.Println("chains checked:", checks, "lost:", lost)

	// 100k parked goroutines, each the only holder of its object.
	const parked = 100000
	release := make(chan struct{})
	var ready, done sync.WaitGroup
	var bad int64
	var badMu sync.Mutex
	ready.Add(parked)
	done.Add(parked)
	for i := 0; i < parked; i++ {
		go func(i int) {
			defer done.Done()
			obj := build(i, 1)
			ready.Done()
			<-release
			if b := check(obj, i, 1); b != 0 {
				badMu.Lock()
				bad += int64(b)
				badMu.Unlock()
			}
		}(i)
	}
	ready.Wait()
	runtime.GC()
	runtime.GC()
	close(release)
	done.Wait()
	fmt.Println("parked goroutines:", parked, "lost:", bad)
}
