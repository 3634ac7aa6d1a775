// Concurrency patterns on several threads: a worker pool fed by a jobs
// channel, fan-out of one stream to several workers and fan-in of their
// results through one channel, a bounded semaphore, and errgroup-style
// first-error cancellation with a done channel.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

type job struct{ id, n int }
type result struct{ id, sum int }

func sumTo(n int) int {
	s := 0
	for i := 1; i <= n; i++ {
		s += i
	}
	return s
}

func workerPool() {
	jobs := make(chan job, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.id, sumTo(j.n)}
			}
		}()
	}
	go func() {
		for i := 0; i < 50; i++ {
			jobs <- job{i, i * 100}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	got := make([]int, 50)
	count := 0
	for r := range results {
		got[r.id] = r.sum
		count++
	}
	fmt.Println("pool:", count, got[0], got[1], got[49])
}

// gen, square and merge form the fan-out/fan-in pipeline of the Go blog.
func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			for n := range c {
				out <- n
			}
			wg.Done()
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func fanOutFanIn() {
	nums := make([]int, 100)
	for i := range nums {
		nums[i] = i + 1
	}
	in := gen(nums...)
	var outs []<-chan int
	for i := 0; i < 5; i++ {
		outs = append(outs, square(in))
	}
	var all []int
	for v := range merge(outs...) {
		all = append(all, v)
	}
	sort.Ints(all)
	total := 0
	for _, v := range all {
		total += v
	}
	fmt.Println("fan-in:", len(all), all[0], all[99], total)
}

func semaphore() {
	sem := make(chan struct{}, 3)
	var mu sync.Mutex
	running, peak := 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			running++
			if running > peak {
				peak = running
			}
			mu.Unlock()
			runtime.Gosched()
			mu.Lock()
			running--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("semaphore: peak <= 3:", peak <= 3, "running:", running)
}

func firstError() {
	done := make(chan struct{})
	errc := make(chan error, 8)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i == 5 {
				errc <- fmt.Errorf("task %d failed", i)
				return
			}
			<-done // the others wait until cancelled
		}(i)
	}
	err := <-errc
	close(done)
	wg.Wait()
	fmt.Println("first error:", err)
}

func main() {
	runtime.GOMAXPROCS(2)
	workerPool()
	fanOutFanIn()
	semaphore()
	firstError()
}
