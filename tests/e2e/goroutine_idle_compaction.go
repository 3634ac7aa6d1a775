// Many goroutines stay parked long enough for their stacks to be compacted
// (go2cpp copies an idle goroutine's stack out and returns its pages),
// across forced collections, holding the only references to heap objects
// in their locals; then each is woken its own way (channel receive and
// send, close, select, Mutex, Cond, WaitGroup, Sleep) and checks every
// value it kept.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type payload struct {
	id    int
	words [8]int
	name  string
	next  *payload
}

func makePayload(id int) *payload {
	p := &payload{id: id, name: fmt.Sprintf("g%d", id)}
	for i := range p.words {
		p.words[i] = id*100 + i
	}
	p.next = &payload{id: -id}
	return p
}

func (p *payload) ok(id int) bool {
	if p.id != id || p.name != fmt.Sprintf("g%d", id) || p.next == nil || p.next.id != -id {
		return false
	}
	for i, w := range p.words {
		if w != id*100+i {
			return false
		}
	}
	return true
}

const perKind = 300

func main() {
	recvCh := make(chan int)
	sendCh := make(chan int)
	closeCh := make(chan int)
	selA, selB := make(chan string), make(chan string)
	var mu, condMu sync.Mutex
	cond := sync.NewCond(&condMu)
	condReady := false
	var gate sync.WaitGroup
	gate.Add(1)

	var started, finished sync.WaitGroup
	bad := make(chan string, 8*perKind)
	check := func(kind string, id int, p *payload, local [4]int, extra bool) {
		if !p.ok(id) || local != [4]int{id, id + 1, id + 2, id + 3} || !extra {
			bad <- fmt.Sprintf("%s %d", kind, id)
		}
		finished.Done()
	}
	spawn := func(kind string, id int, wait func(id int) bool) {
		started.Add(1)
		finished.Add(1)
		go func() {
			p := makePayload(id)
			local := [4]int{id, id + 1, id + 2, id + 3}
			started.Done()
			extra := wait(id)
			check(kind, id, p, local, extra)
		}()
	}
	mu.Lock() // held until the Mutex waiters are woken
	for i := 0; i < perKind; i++ {
		spawn("recv", i, func(id int) bool { return <-recvCh == 7 })
		spawn("send", i, func(id int) bool { sendCh <- id; return true })
		spawn("close", i, func(id int) bool { v, ok := <-closeCh; return v == 0 && !ok })
		spawn("select", i, func(id int) bool {
			select {
			case s := <-selA:
				return s == "a"
			case s := <-selB:
				return s == "b"
			}
		})
		spawn("mutex", i, func(id int) bool { mu.Lock(); mu.Unlock(); return true })
		spawn("cond", i, func(id int) bool {
			condMu.Lock()
			for !condReady {
				cond.Wait()
			}
			condMu.Unlock()
			return true
		})
		spawn("waitgroup", i, func(id int) bool { gate.Wait(); return true })
		spawn("sleep", i, func(id int) bool { time.Sleep(300 * time.Millisecond); return true })
	}
	started.Wait()
	// Long enough for several looks of the compactor.
	time.Sleep(100 * time.Millisecond)
	for i := 0; i < 3; i++ {
		runtime.GC()
		garbage := make([]*payload, 0, 1000)
		for j := 0; j < 1000; j++ {
			garbage = append(garbage, makePayload(-1))
		}
		_ = garbage
	}

	sum := 0
	for i := 0; i < perKind; i++ {
		recvCh <- 7
		sum += <-sendCh
		if i%2 == 0 {
			selA <- "a"
		} else {
			selB <- "b"
		}
	}
	close(closeCh)
	gate.Done()
	condMu.Lock()
	condReady = true
	cond.Broadcast()
	condMu.Unlock()
	mu.Unlock()
	finished.Wait()
	close(bad)
	n := 0
	for b := range bad {
		if n < 5 {
			fmt.Println("broken:", b)
		}
		n++
	}
	fmt.Println("goroutines:", 8*perKind, "broken:", n, "sum of sent ids:", sum)
}
