// env: GOMAXPROCS=32
// Channel hand-offs between goroutines on many more threads than CPUs, so
// that the OS preempts worker threads at arbitrary instructions, among them
// the few between a parking goroutine's switch away and the release of its
// park lock. A goroutine woken meanwhile on another thread must not meet
// that release late (go2cpp once let it write into the goroutine's stack,
// where a later park's lock then read "not held" and the runtime aborted
// with "Operation not permitted", about once in 100 runs of
// fixedbugs/issue13169 on a loaded machine).
package main

import "fmt"

func main() {
	const pairs, rounds = 16, 200000
	done := make(chan int)
	for p := 0; p < pairs; p++ {
		ping, pong := make(chan int), make(chan int)
		go func() {
			for v := range ping {
				pong <- v + 1
			}
			close(pong)
		}()
		go func() {
			sum := 0
			for r := 0; r < rounds; r++ {
				ping <- r
				sum += <-pong - r
			}
			close(ping)
			done <- sum
		}()
	}
	total := 0
	for p := 0; p < pairs; p++ {
		total += <-done
	}
	fmt.Println(total)
}
