// Function literals are named as gc names them, numbered in source order
// within their enclosing function (func1, func2, ...; .1, .2 inside
// another literal), whatever else the function holds: `go f(x)` and
// `defer f(x)` statements, method values, literals of other signatures.
// (Not yet: a literal called where it stands, func(){...}(), that C++
// inlines is main.main.func, without its number.)
package main

import (
	"fmt"
	"runtime"
	"sync"
)

// caller names the function that called it.
func caller() string {
	pc, _, _, _ := runtime.Caller(1)
	return runtime.FuncForPC(pc).Name()
}

func work(wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	out <- caller()
}

type T struct{}

func (T) M() string { return caller() }

func (t *T) literals() {
	f := func(x int) string { return caller() }
	g := func() string {
		h := func(s string) string { return caller() }
		return caller() + " " + h("")
	}
	fmt.Println(f(1), g())
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 4)
	wg.Add(1)
	go work(&wg, out) // a wrapper lambda the emitter makes, not a literal
	wg.Wait()
	fmt.Println(<-out)
	defer fmt.Println("deferred") // another wrapper
	m := T{}.M                    // a method value
	fmt.Println(m())
	wg.Add(1)
	go func() { // func1
		defer wg.Done()
		out <- caller()
	}()
	wg.Wait()
	fmt.Println(<-out)
	add := func(a, b int) int { return a + b } // func2
	name := func() string { return caller() }  // func3
	fmt.Println(add(1, 2), name())
	nested := func() { // func4
		fmt.Println(caller())
		inner := func() { // func4.1
			fmt.Println(caller())
		}
		inner()
	}
	nested()
	(&T{}).literals()
}
