// A tuple assignment converts each value to its target's type as a single
// assignment does (chan/sieve2.go: `*h, v = (*h)[:n], (*h)[n]` with v an
// interface and the element a pointer), and a method written with
// interface{} satisfies an interface method written with any (and back);
// calls under a type assertion run in Go's left-to-right order.
package main

import "fmt"

type node struct{ id int }

type stack []*node

func (s *stack) Pop() (v interface{}) {
	*s, v = (*s)[:len(*s)-1], (*s)[len(*s)-1]
	return
}

func (s *stack) Push(x any) { *s = append(*s, x.(*node)) }

type popper interface {
	Pop() any
	Push(x interface{})
}

type stringer interface{ String() string }

type name string

func (n name) String() string { return "name:" + string(n) }

func main() {
	var p popper = &stack{{1}, {2}}
	p.Push(&node{3})
	fmt.Println(p.Pop().(*node).id, p.Pop().(*node).id)

	var e error
	var s stringer
	var x any
	n := 0
	s, x, n = name("a"), &node{7}, 5
	x, e = x, fmt.Errorf("e%d", n)
	fmt.Println(s, x.(*node).id, e, n)
	m, s := 4, name("b") // a define that re-assigns an interface
	fmt.Println(m, s)
	var label string
	var ok bool
	label, ok = "lit", true // constants keep their Go types in the tuple
	fmt.Println(label, ok)
}
