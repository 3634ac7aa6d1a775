// Descriptors of generic types are built on first use; here goroutines on
// two threads ask for the same fresh descriptors at the same moment (%T,
// boxing into interfaces, type switches), so a descriptor half built by
// one thread must never be seen by another.
// env: GOMAXPROCS=2
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] struct {
	head *node[T]
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head} }

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return fmt.Sprint("box(", b.v, ")") }

func describe[T any](v T) string {
	var x any = Pair[string, T]{"k", v}
	switch p := x.(type) {
	case Pair[string, T]:
		l := &List[Pair[string, T]]{}
		l.Push(p)
		return fmt.Sprintf("%T|%T|%v|%v", p, l, Box[T]{v}, any(Box[[]T]{[]T{v}}))
	}
	return "no match"
}

func main() {
	var mu sync.Mutex
	var results []string
	var wg sync.WaitGroup
	start := make(chan struct{})
	record := func(s string) {
		mu.Lock()
		results = append(results, s)
		mu.Unlock()
	}
	for rep := 0; rep < 4; rep++ {
		wg.Add(6)
		go func() { defer wg.Done(); <-start; record(describe(1)) }()
		go func() { defer wg.Done(); <-start; record(describe("s")) }()
		go func() { defer wg.Done(); <-start; record(describe(2.5)) }()
		go func() { defer wg.Done(); <-start; record(describe([]byte("b"))) }()
		go func() { defer wg.Done(); <-start; record(describe(Pair[int, bool]{1, true})) }()
		go func() { defer wg.Done(); <-start; record(describe(map[string]int{"a": 1})) }()
	}
	close(start)
	wg.Wait()
	sort.Strings(results)
	for _, r := range results {
		fmt.Println(r)
	}
}
