package main

import "fmt"

// Recursive non-struct types: each is a C++ struct deriving from its representation.
type Number *Number

type S []S

func (s S) Depth() int {
	d := 0
	for _, e := range s {
		if x := e.Depth() + 1; x > d {
			d = x
		}
	}
	return d
}

type F func(F) F

type M map[string]M

type T18 *[2]T19
type T19 T18

type C chan C

type A [2]B
type B *A

type Stringy []Stringy

func (s Stringy) String() string { return fmt.Sprintf("<%d>", len(s)) }

func count(n *Number) int {
	c := 0
	for *n != nil {
		n = *n
		c++
	}
	return c
}

func id(f F) F { return f }

func main() {
	var n *Number = new(Number)
	*n = new(Number)
	fmt.Println(count(n), n != nil, *n != nil)
	var s S
	s = append(s, s, S{nil}, S{S{}})
	fmt.Println(len(s), s[0] == nil, s[1] != nil, s, s.Depth())
	var f F = id
	f = f(f)
	fmt.Println(f != nil)
	m := M{"a": M{"b": nil}}
	m["c"] = m["a"]
	fmt.Println(len(m), m["a"]["b"] == nil, m)
	var t T18 = new([2]T19)
	t[0] = T19(t)
	fmt.Println(t[0] == T19(t), t[1] == nil)
	fmt.Printf("%T %T %T %T %T %T\n", s, n, m, t, t[0], f)
	c := make(C, 1)
	c <- c
	fmt.Println(<-c == c)
	var x interface{} = s
	_, ok := x.(S)
	y, ok2 := x.([]S)
	fmt.Println(ok, ok2, y == nil)
	var a A
	a[0] = &a
	fmt.Println(a[0][0] == nil, a[0] == &a)
	type L []L
	l := L{L{}, nil}
	fmt.Println(len(l), l[1] == nil, l)
	fmt.Println(Stringy{nil, nil})
	fmt.Printf("%v %d\n", []S(s)[2], len([]S(s)))
	for i, e := range s {
		fmt.Print(i, len(e), " ")
	}
	fmt.Println()
}
