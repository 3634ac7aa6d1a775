// A return in a function with defers converts each value to its result's
// type as a plain return does: a pointer returned as an interface next to
// a closure (context.WithDeadline's `return c, func() {...}`), one value,
// and the values of a multi-value call.
package main

import (
	"errors"
	"fmt"
)

type shape interface{ area() int }

type sq struct{ s int }

func (q *sq) area() int { return q.s * q.s }

func two(n int) (shape, func() int) {
	defer fmt.Println("deferred in two")
	q := &sq{n}
	if n > 2 {
		return q, func() int { return q.s }
	}
	return nil, nil
}

func one() (s shape) {
	defer func() { fmt.Println("deferred in one:", s.area()) }()
	return &sq{4}
}

func pair() (*sq, error) { return &sq{5}, errors.New("e") }

func fromCall() (shape, error) {
	defer fmt.Println("deferred in fromCall")
	return pair()
}

func main() {
	s, f := two(3)
	fmt.Println(s.area(), f())
	s, f = two(1)
	fmt.Println(s == nil, f == nil)
	fmt.Println(one().area())
	r, err := fromCall()
	fmt.Println(r.area(), err)
}
