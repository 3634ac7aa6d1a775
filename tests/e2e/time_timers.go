// time's timers with Go 1.19 semantics: Timer Stop/Reset (Stop reports
// whether it stopped a pending timer; Reset of a fired, drained timer
// re-arms it), AfterFunc, Ticker Stop/Reset, time.Tick, and time.After as a
// timeout in select.
package main

import (
	"fmt"
	"sync"
	"time"
)

const ms = time.Millisecond

func timers() {
	t := time.NewTimer(20 * ms)
	fmt.Println("stop pending:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stopped timer fired")
	case <-time.After(60 * ms):
		fmt.Println("stopped timer stays silent")
	}

	// Reset of a stopped timer re-arms it.
	fmt.Println("reset stopped:", t.Reset(10*ms))
	v := <-t.C
	fmt.Println("fired after reset:", !v.IsZero())
	// Fired and drained: Stop reports false, Reset re-arms.
	fmt.Println("stop fired:", t.Stop())
	fmt.Println("reset fired:", t.Reset(5*ms))
	<-t.C
	fmt.Println("fired again")

	// Reset of a pending timer postpones it.
	start := time.Now()
	t2 := time.NewTimer(10 * ms)
	fmt.Println("reset pending:", t2.Reset(80*ms))
	<-t2.C
	fmt.Println("postponed:", time.Since(start) >= 80*ms)

	// Fired but not drained: the value waits in the channel.
	t3 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * ms)
	fmt.Println("stop undrained:", t3.Stop(), len(t3.C))
	<-t3.C

	// A zero or negative duration fires at once.
	<-time.NewTimer(-time.Second).C
	fmt.Println("negative duration fired")
}

func afterFunc() {
	var wg sync.WaitGroup
	wg.Add(1)
	var order []int
	var mu sync.Mutex
	add := func(n int) {
		mu.Lock()
		order = append(order, n)
		mu.Unlock()
	}
	time.AfterFunc(30*ms, func() { add(3); wg.Done() })
	time.AfterFunc(10*ms, func() { add(1) })
	stopped := time.AfterFunc(20*ms, func() { add(2) })
	fmt.Println("stop afterfunc:", stopped.Stop())
	wg.Wait()
	mu.Lock()
	fmt.Println("afterfunc order:", order)
	mu.Unlock()

	// Reset of a stopped AfterFunc timer runs the function once.
	done := make(chan string)
	f := time.AfterFunc(time.Hour, func() { done <- "ran" })
	fmt.Println("stop long:", f.Stop())
	fmt.Println("reset long:", f.Reset(time.Millisecond))
	fmt.Println(<-done)
}

func tickers() {
	tk := time.NewTicker(5 * ms)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks:", n)
	// Stopped: no more ticks (drain one that may have been sent before Stop).
	select {
	case <-tk.C:
	default:
	}
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	case <-time.After(30 * ms):
		fmt.Println("no tick after stop")
	}
	// Reset starts it again with a new period.
	tk.Reset(2 * ms)
	<-tk.C
	<-tk.C
	tk.Stop()
	fmt.Println("ticks after reset")

	c := time.Tick(3 * ms)
	for i := 0; i < 3; i++ {
		<-c
	}
	fmt.Println("time.Tick ticked 3 times")
	fmt.Println("Tick(0) is nil:", time.Tick(0) == nil)

	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}

func timeouts() {
	slow := make(chan int)
	go func() {
		time.Sleep(200 * ms)
		slow <- 1
	}()
	select {
	case v := <-slow:
		fmt.Println("got", v)
	case <-time.After(20 * ms):
		fmt.Println("timed out")
	}
	fast := make(chan int, 1)
	go func() { fast <- 7 }()
	select {
	case v := <-fast:
		fmt.Println("got", v)
	case <-time.After(time.Second):
		fmt.Println("timed out")
	}
	// A loop with a per-iteration timeout and a global deadline.
	results := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(5 * ms)
			results <- i
		}
	}()
	deadline := time.After(time.Second)
	for got := 0; got < 3; {
		select {
		case r := <-results:
			fmt.Println("result", r)
			got++
		case <-deadline:
			fmt.Println("deadline")
			return
		}
	}
	fmt.Println("value <-slow after timeout:", <-slow)
}

func main() {
	timers()
	afterFunc()
	tickers()
	timeouts()
}
