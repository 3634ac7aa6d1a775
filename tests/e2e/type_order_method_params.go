// A method may take defined map, slice, func, pointer and channel types
// declared after its receiver's struct (C++ needs them named before the
// struct's member functions: go2cpp's header defines them early).
package main

import "fmt"

type B struct{ n int }

func (b *B) f(m *M, s S, fn F, p P, c C) int {
	c <- 1
	return len(*m) + len(s) + fn(b.n) + *p + <-c
}

type M map[string]string
type S []B
type F func(int) int
type P *int
type C chan int

func main() {
	m := M{"a": "b"}
	x := 10
	fmt.Println((&B{1}).f(&m, S{{}, {}}, func(x int) int { return x * 100 }, &x, make(C, 1)))
}
