// A multi-value call as the arguments of a method: variadic or not, on
// values, pointers, interfaces and type parameters; the receiver is
// evaluated before the call that makes the arguments.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

type acc struct{ parts []string }

func (a *acc) Add(prefix string, xs ...int) int {
	a.parts = append(a.parts, fmt.Sprint(prefix, xs))
	return len(xs)
}

func (a acc) Join(sep string, more ...string) string {
	return strings.Join(append(append([]string{}, a.parts...), more...), sep)
}

type adder interface {
	Add(prefix string, xs ...int) int
}

func three() (string, int, int) { return "three", 1, 2 }
func one() string              { return "one" }
func pair() (string, string)   { return ",", "tail" }

var trace []string

func recv(a *acc) *acc {
	trace = append(trace, "receiver")
	return a
}

func args() (string, int) {
	trace = append(trace, "arguments")
	return "ordered", 7
}

type sum struct{ total int }

func (s *sum) Put(xs ...int) {
	for _, x := range xs {
		s.total += x
	}
}

type putter interface{ Put(xs ...int) }

func fill[P putter](p P, f func() (int, int, int)) { p.Put(f()) }

type pairer interface{ Pair(a string, b int) string }

type namer struct{ name string }

func (n namer) Pair(a string, b int) string { return fmt.Sprintf("%s:%s=%d", n.name, a, b) }

func usePair[P pairer](p P) string { return p.Pair(args()) }

func main() {
	a := &acc{}
	fmt.Println(a.Add(three()))
	fmt.Println(a.Add(one()))
	var i adder = a
	fmt.Println(i.Add(three()))
	fmt.Println(a.Join(pair()))
	fmt.Println(recv(a).Add(args()), trace)

	s := &sum{}
	fill(s, func() (int, int, int) { return 4, 5, 6 })
	fmt.Println(s.total)
	fmt.Println(usePair(namer{"n"}))

	// A variable named like the emitter's receiver parameter.
	recv := func() (string, int) { return "shadow", 3 }
	fmt.Println(a.Add(recv()))

	l := log.New(os.Stdout, "log: ", 0)
	l.Println(pair())
	l.Print(args())
}
