// Goroutine benchmarks as a Go program: scripts/bench/goroutines/run builds
// it with gc and with go2cpp and runs both, so the numbers are what users
// of each get. One line per benchmark, "name ns-per-op" (the RSS line is
// in MiB). BENCH=name runs one (spawn, pingpong, buffered, select, mutex,
// sieve, rss); the default runs all but rss, which needs a fresh process.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

func report(name string, ns float64) { fmt.Printf("%s %.1f\n", name, ns) }

func spawnJoin() {
	const n = 100000
	done := make(chan int, n)
	start := time.Now()
	for i := 0; i < n; i++ {
		go func() { done <- 1 }()
	}
	for i := 0; i < n; i++ {
		<-done
	}
	report("spawn_join", float64(time.Since(start).Nanoseconds())/n)
}

func pingPong() {
	const n = 200000
	ping, pong := make(chan int), make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			pong <- <-ping
		}
	}()
	start := time.Now()
	for i := 0; i < n; i++ {
		ping <- i
		<-pong
	}
	report("ping_pong_round_trip", float64(time.Since(start).Nanoseconds())/n)
}

func buffered() {
	const n = 2000000
	ch := make(chan int, 128)
	done := make(chan int)
	go func() {
		sum := 0
		for v := range ch {
			sum += v
		}
		done <- sum & 1
	}()
	start := time.Now()
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
	<-done
	report("buffered_cap128_per_msg", float64(time.Since(start).Nanoseconds())/n)
}

func selectTwo() {
	const n = 200000
	a, b := make(chan int), make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			if i%2 == 0 {
				a <- i
			} else {
				b <- i
			}
		}
	}()
	start := time.Now()
	for i := 0; i < n; i++ {
		select {
		case <-a:
		case <-b:
		}
	}
	report("select_two_chans", float64(time.Since(start).Nanoseconds())/n)
}

// Mutex under contention: 4 goroutines each take and release one lock,
// incrementing a shared counter; ns per Lock/Unlock pair.
func mutexContended() {
	const workers, perWorker = 4, 500000
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	start := time.Now()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < perWorker; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if counter != workers*perWorker {
		panic("lost increments")
	}
	report("mutex_contended_4", float64(time.Since(start).Nanoseconds())/(workers*perWorker))
}

func sieve() {
	start := time.Now()
	ch := make(chan int)
	go func() {
		for i := 2; ; i++ {
			ch <- i
		}
	}()
	in := ch
	for i := 0; i < 1000; i++ {
		prime := <-in
		out := make(chan int)
		go func(in, out chan int, prime int) {
			for {
				if v := <-in; v%prime != 0 {
					out <- v
				}
			}
		}(in, out, prime)
		in = out
	}
	report("prime_sieve_1000_total", float64(time.Since(start).Nanoseconds()))
}

// Resident memory with 100k goroutines parked on a channel (MiB, not ns).
func idleRSS() {
	const n = 100000
	block := make(chan int)
	started := make(chan int, n)
	for i := 0; i < n; i++ {
		go func() {
			started <- 1
			<-block
		}()
	}
	for i := 0; i < n; i++ {
		<-started
	}
	kb := 0
	if f, err := os.Open("/proc/self/status"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if line := sc.Text(); strings.HasPrefix(line, "VmRSS:") {
				kb, _ = strconv.Atoi(strings.Fields(line)[1])
			}
		}
		f.Close()
	}
	report("idle_100k_rss_mib", float64(kb)/1024)
}

func main() {
	w := os.Getenv("BENCH")
	if w == "" {
		w = "all"
	}
	if w == "all" || w == "spawn" {
		spawnJoin()
	}
	if w == "all" || w == "pingpong" {
		pingPong()
	}
	if w == "all" || w == "buffered" {
		buffered()
	}
	if w == "all" || w == "select" {
		selectTwo()
	}
	if w == "all" || w == "mutex" {
		mutexContended()
	}
	if w == "all" || w == "sieve" {
		sieve()
	}
	if w == "rss" { // alone: earlier benchmarks leave memory behind
		idleRSS()
	}
}
