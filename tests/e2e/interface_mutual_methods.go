// Interfaces whose methods take or return each other, unnamed interfaces
// and structs by value, and generic ones: the C++ classes are defined
// before their method bodies (go2cpp printed uses of incomplete types).
package main

import "fmt"

type Fooer interface {
	Foo() Barer
}

type Barer interface {
	Bar() string
}

type I1 interface {
	Next() I2
	Name() string
}

type I2 interface {
	I1
}

type Shape interface {
	Scale(struct{ K int }) [1]Point
}

type Point struct{ X, Y int }

type impl struct{ n int }

func (r *impl) Foo() Barer    { return r }
func (r *impl) Bar() string   { return fmt.Sprint("bar", r.n) }
func (r *impl) Next() I2      { return &impl{r.n + 1} }
func (r *impl) Name() string  { return fmt.Sprint("impl", r.n) }
func (r *impl) Scale(k struct{ K int }) [1]Point {
	return [1]Point{{r.n * k.K, -r.n * k.K}}
}

type Self interface {
	Clone() interface{ Self }
	ID() int
}

type node struct{ id int }

func (n node) Clone() interface{ Self } { return node{n.id + 10} }
func (n node) ID() int                  { return n.id }

type Getter[T any] interface {
	Get(Box[T]) Setter[T]
}

type Setter[T any] interface {
	Set(T) Box[T]
}

type Box[T any] int

type store[T any] struct{ v T }

func (s *store[T]) Get(b Box[T]) Setter[T] { return s }
func (s *store[T]) Set(v T) Box[T]         { s.v = v; return 7 }

func main() {
	var f Fooer = &impl{1}
	fmt.Println(f.Foo().Bar())
	var i I1 = &impl{2}
	fmt.Println(i.Next().Next().Name())
	var s Shape = &impl{3}
	fmt.Println(s.Scale(struct{ K int }{2}))
	var x Self = node{1}
	fmt.Println(x.ID())
	st := &store[string]{}
	var g Getter[string] = st
	var set Setter[string] = st
	fmt.Println(g != nil, set.Set("v"), st.v)
}
