package main

import (
	"errors"
	"fmt"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint8 | ~float32 | ~float64
}

type Vec[T Number] struct{ X, Y T }

func (v Vec[T]) Add(o Vec[T]) Vec[T] { return Vec[T]{v.X + o.X, v.Y + o.Y} }
func (v *Vec[T]) Scale(k T)         { v.X *= k; v.Y *= k }

type Named struct {
	Vec[int]
	Name string
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	miss  func(K) (V, error)
}

func NewCache[K comparable, V any](miss func(K) (V, error)) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), miss: miss}
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	if v, ok := c.data[k]; ok {
		return v, nil
	}
	v, err := c.miss(k)
	if err != nil {
		var zero V
		return zero, err
	}
	c.data[k] = v
	c.order = append(c.order, k)
	return v, nil
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Counter[T comparable](xs []T) map[T]int {
	m := map[T]int{}
	for _, x := range xs {
		m[x]++
	}
	return m
}

func MakeAdder[T Number](k T) func(T) T {
	return func(x T) T { return x + k }
}

func Div[T Number](a, b T) T { return a / b }

func Wrap8[T ~int8](x T) T { return x + 100 }

type Opt[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }
func (o Opt[T]) Or(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

func main() {
	v := Vec[float64]{1, 2}.Add(Vec[float64]{0.5, 0.5})
	v.Scale(2)
	fmt.Println(v, v.X)
	n := Named{Vec[int]{1, 2}, "n"}
	n.Scale(3)
	fmt.Printf("%+v %v\n", n, n.Add(Vec[int]{1, 1}))
	add := n.Add
	fmt.Println(add(Vec[int]{10, 10}))
	scale := (*Vec[int]).Scale
	scale(&n.Vec, 2)
	fmt.Println(n.Vec)

	calls := 0
	c := NewCache(func(k string) (int, error) {
		calls++
		if k == "" {
			return 0, errors.New("empty key")
		}
		return len(k), nil
	})
	a, _ := c.Get("abc")
	b, _ := c.Get("abc")
	_, err := c.Get("")
	fmt.Println(a, b, err, calls, c.order)

	sum := Reduce([]int{1, 2, 3}, 0.5, func(a float64, x int) float64 { return a + float64(x) })
	fmt.Println(sum, Reduce([]string{"a", "b"}, "", func(a, s string) string { return a + s }))
	fmt.Println(Counter([]string{"a", "b", "a"}), Counter([]Vec[int]{{1, 2}, {1, 2}}))
	inc := MakeAdder(int8(120))
	fmt.Println(inc(10), MakeAdder(1.5)(2.0))
	fmt.Println(Div(7, 2), Div(7.0, 2.5), Wrap8(int8(100)))
	fmt.Println(Some(3).Or(4), None[string]().Or("none"))
	fmt.Printf("%T %v %+v\n", Some("x"), Some(Vec[int8]{}), None[*int]())
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(Div(1, 0))
}
