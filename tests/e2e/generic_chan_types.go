package main

import "fmt"

type Chan[T any] chan Chan[T]

func (ch Chan[T]) recv() Chan[T] { return <-ch }

type Pair[K, V any] struct {
	k K
	v V
}

// Channels of generic instances, and a generic channel type of itself.
func produce[K, V any](k K, v V) chan Pair[K, V] {
	c := make(chan Pair[K, V], 1)
	c <- Pair[K, V]{k, v}
	close(c)
	return c
}

func main() {
	ch := Chan[int](make(chan Chan[int]))
	go func() { ch <- make(Chan[int], 3) }()
	got := ch.recv()
	fmt.Println(cap(got), got != nil)
	var c chan Pair[string, int] = produce("a", 1)
	for p := range c {
		fmt.Println(p.k, p.v)
	}
	fmt.Printf("%T\n", c)
}
