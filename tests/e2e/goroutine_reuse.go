// Goroutines whose function returned are reused for later `go` statements
// (their fibers park on free lists): waves of goroutines that return, panic
// and recover, call runtime.Goexit or LockOSThread, with collections in
// between (which end the surplus free goroutines), must each run their own
// function once with their own arguments, and NumGoroutine counts only live
// goroutines.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func wave(n, kind int) int {
	results := make(chan int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			switch kind % 4 {
			case 0:
				results <- i
			case 1:
				defer func() { results <- recover().(int) }()
				panic(i)
			case 2:
				defer func() { results <- i }()
				runtime.Goexit()
			case 3:
				runtime.LockOSThread()
				results <- i
			}
		}(i)
	}
	wg.Wait()
	close(results)
	sum := 0
	for v := range results {
		sum += v
	}
	return sum
}

// Live goroutines settle to want (exiting ones may still be on their way out).
func settle(want int) int {
	for i := 0; i < 200 && runtime.NumGoroutine() != want; i++ {
		time.Sleep(5 * time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	sizes := []int{1, 100, 5000, 3000, 20000, 10}
	for k, n := range sizes {
		got := wave(n, k)
		fmt.Printf("wave %d: %d goroutines, sum %d (want %d), live after %d\n", k, n, got, n*(n-1)/2, settle(1))
		if k%2 == 1 {
			runtime.GC()
		}
	}
	// Parked goroutines are not free: blocked ones count, and each wakes once.
	block := make(chan int)
	out := make(chan int)
	for i := 0; i < 1000; i++ {
		go func(i int) { out <- <-block + i }(i)
	}
	fmt.Println("blocked live:", settle(1001))
	runtime.GC()
	for i := 0; i < 1000; i++ {
		block <- 1
	}
	sum := 0
	for i := 0; i < 1000; i++ {
		sum += <-out
	}
	fmt.Println("woken sum:", sum, "live after:", settle(1))
}
