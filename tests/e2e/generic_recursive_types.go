package main

import "fmt"

// Generic types that refer to each other or to themselves through
// non-struct types, and instances over composite types met both inside
// and outside generic code.

type Foo[T any] interface {
	Foo(Bar[T]) string
}

type Bar[T any] interface {
	Bar(Foo[T]) string
}

type foo int

func (f foo) Foo(b Bar[int]) string { return fmt.Sprint("foo", int(f)) }

type bar int

func (b bar) Bar(f Foo[int]) string { return "bar" + f.Foo(b) }

type Src[T any] func() Src[T]

func count[T any](s Src[T], n int) int {
	if s == nil || n > 3 {
		return n
	}
	return count[T](s(), n+1)
}

type List[T any] struct{ v T }

func wrap[T any](x T) List[[]T] { return List[[]T]{[]T{x}} }

func table[K comparable, V any](k K, v V) List[map[K]V] {
	return List[map[K]V]{map[K]V{k: v}}
}

func main() {
	var f Foo[int] = foo(1)
	var b Bar[int] = bar(2)
	fmt.Println(b.Bar(f))
	var s Src[string]
	s = func() Src[string] { return s }
	fmt.Println(count(s, 0), count[int](nil, 0))
	var l List[[]int] = wrap(3)
	fmt.Println(l.v, len(l.v))
	var m List[map[string]bool] = table("k", true)
	fmt.Println(m.v["k"])
	var i any = l
	_, ok := i.(List[[]int])
	fmt.Printf("%v %T\n", ok, i)
}
