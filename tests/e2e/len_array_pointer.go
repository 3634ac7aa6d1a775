package main

import "fmt"

// len and cap of a *[N]T are N, also for a nil pointer; the operand is
// still evaluated when it holds a call or a receive.
var calls int

func f() *[4]int { calls++; return nil }

func main() {
	var p *[3]string
	c := make(chan *[5]byte, 1)
	c <- nil
	fmt.Println(len(p), cap(p), len(f()), cap(f()), len(<-c), calls)
	q := &[2]int{1, 2}
	fmt.Println(len(q), cap(q))
}
