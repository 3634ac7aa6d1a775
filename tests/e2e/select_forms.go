// The forms of select: send and receive cases, v := and v, ok = receives,
// default, break out of a select, a labeled break out of the loop around
// it, and a select loop that serves several channels until they close.
package main

import "fmt"

func producer(name string, n int, out chan<- string) {
	for i := 0; i < n; i++ {
		out <- fmt.Sprintf("%s%d", name, i)
	}
	close(out)
}

func main() {
	a := make(chan string)
	b := make(chan string)
	go producer("a", 3, a)
	go producer("b", 4, b)
	got := map[string]bool{}
	for a != nil || b != nil {
		select {
		case s, ok := <-a:
			if !ok {
				a = nil
				break
			}
			got[s] = true
		case s, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			got[s] = true
		}
	}
	fmt.Println(len(got), got["a2"], got["b3"])

	c := make(chan int, 1)
	sent, received := 0, 0
	var last int
	var ok bool
loop:
	for i := 0; ; i++ {
		select {
		case c <- i:
			sent++
		case last, ok = <-c:
			received++
			if last >= 5 {
				break loop
			}
		}
	}
	fmt.Println(sent, received, last, ok)

	quit := make(chan bool)
	results := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case results <- i * i:
			case <-quit:
				close(results)
				return
			}
		}
	}()
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-results
	}
	quit <- true
	_, open := <-results
	fmt.Println(sum, open)

	idle := 0
	ready := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case v := <-ready:
			fmt.Println("ready", v)
		default:
			idle++
			ready <- i
		}
	}
	fmt.Println("idle", idle)

	select {
	default:
		fmt.Println("only default")
	}

	counts := [2]int{}
	x := make(chan int, 1)
	y := make(chan int, 1)
	for i := 0; i < 1000; i++ {
		x <- 1
		y <- 1
		select {
		case <-x:
			counts[0]++
			<-y
		case <-y:
			counts[1]++
			<-x
		}
	}
	fmt.Println("both chosen:", counts[0] > 100 && counts[1] > 100, counts[0]+counts[1])
}
