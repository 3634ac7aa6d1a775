// go and defer statements whose call is a builtin: the arguments are
// evaluated at the statement, the call runs later; recover called by go or
// defer directly (not by a deferred function) returns nil and does not
// stop a panic.
package main

import (
	"fmt"
	"sync"
)

func main() {
	c := make(chan int, 1)
	m := map[int]int{0: 1, 1: 2}
	a := []int{1, 2}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		go recover()
		defer recover()
	}()
	wg.Wait()
	func() {
		defer fmt.Println("deferred println of", len(m))
		defer delete(m, 0)
		defer close(c)
		defer copy(a, []int{9})
	}()
	_, ok := <-c
	fmt.Println(len(m), a, ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	defer recover()
	panic("p")
}
