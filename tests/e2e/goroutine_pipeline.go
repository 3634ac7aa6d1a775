// Goroutines and unbuffered channels: a three-stage pipeline, a worker
// pool with a results channel, fan-out/fan-in, and a daisy chain of
// 10,000 goroutines.
package main

import "fmt"

func generate(nums ...int) <-chan int {
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

type job struct {
	id, n int
}

type result struct {
	id, sum int
}

func worker(jobs <-chan job, results chan<- result, done chan<- bool) {
	for j := range jobs {
		s := 0
		for i := 1; i <= j.n; i++ {
			s += i
		}
		results <- result{j.id, s}
	}
	done <- true
}

// merge fans several channels into one, closing it when all are drained.
func merge(cs ...<-chan int) <-chan int {
	out := make(chan int)
	finished := make(chan bool)
	for _, c := range cs {
		go func(c <-chan int) {
			for v := range c {
				out <- v
			}
			finished <- true
		}(c)
	}
	go func() {
		for range cs {
			<-finished
		}
		close(out)
	}()
	return out
}

func relay(left, right chan int) {
	left <- 1 + <-right
}

func main() {
	for v := range square(square(generate(1, 2, 3, 4))) {
		fmt.Println(v)
	}

	jobs := make(chan job)
	results := make(chan result, 10)
	done := make(chan bool)
	for w := 0; w < 4; w++ {
		go worker(jobs, results, done)
	}
	go func() {
		for i := 1; i <= 10; i++ {
			jobs <- job{i, i * 100}
		}
		close(jobs)
	}()
	for w := 0; w < 4; w++ {
		<-done
	}
	close(results)
	sums := make([]int, 11)
	for r := range results {
		sums[r.id] = r.sum
	}
	fmt.Println(sums)

	in := generate(1, 2, 3, 4, 5, 6, 7, 8)
	a, b, c := square(in), square(in), square(in)
	total := 0
	for v := range merge(a, b, c) {
		total += v
	}
	fmt.Println("fan-in total", total)

	const n = 10000
	leftmost := make(chan int)
	right := leftmost
	left := leftmost
	for i := 0; i < n; i++ {
		right = make(chan int)
		go relay(left, right)
		left = right
	}
	go func(c chan int) { c <- 1 }(right)
	fmt.Println("daisy chain", <-leftmost)
}
