// Package initialization follows references through method calls: first
// is initialized after the table its initializer's method reads (go2cpp
// once ordered only through plain functions, and first read zeros).
package main

import "fmt"

type source struct{ sum int }

func (s *source) seed() {
	for _, v := range table {
		s.sum += v
	}
}

func newSource() *source {
	s := &source{}
	s.seed()
	return s
}

var first = newSource()

var viaValue = source.total(source{5})

func (s source) total() int { return s.sum + table[0] }

var table = makeTable()

func makeTable() []int { return []int{1, 2, 3} }

func main() {
	fmt.Println(first.sum, viaValue)
}
