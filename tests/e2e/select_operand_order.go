// A select evaluates every case's channel and send value once, in source
// order, before choosing: a later case's call that changes the channel
// variable (or closes the channel) does not change what an earlier case
// reads (fixedbugs/issue43111.go).
package main

import "fmt"

var ch chan int

func closeAndClear() int {
	close(ch)
	ch = nil
	return 0
}

func main() {
	var nilch chan int
	ch = make(chan int)
	select {
	case v, ok := <-ch:
		fmt.Println("received", v, ok)
	case nilch <- closeAndClear():
		fmt.Println("sent")
	}
	fmt.Println(ch == nil)

	buf := make(chan int, 1)
	ch = buf
	box := &struct{ c chan int }{buf}
	select {
	case box.c <- 42: // box.c is read before the call below clears it
	case nilch <- func() int { ch = nil; box.c = nil; return 7 }():
	}
	fmt.Println(<-buf, ch == nil, box.c == nil)
}
