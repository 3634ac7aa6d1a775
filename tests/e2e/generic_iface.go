package main

import "fmt"

type Getter[T any] interface {
	Get() T
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T      { return b.v }
func (b *Box[T]) Set(v T)    { b.v = v }
func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.v) }

type Setter[T any] interface {
	Set(T)
}

func GetAll[T any](gs []Getter[T]) []T {
	var out []T
	for _, g := range gs {
		out = append(out, g.Get())
	}
	return out
}

func Wrap[T any](v T) Getter[T] { return Box[T]{v} }

func WrapPtr[T any](v T) any { return &Box[T]{v} }

type Num int

func (n Num) Get() int { return int(n) * 100 }

func main() {
	gs := []Getter[int]{Box[int]{1}, Num(2), Wrap(3)}
	fmt.Println(GetAll(gs))
	var s Setter[string] = &Box[string]{}
	s.Set("hello")
	fmt.Println(s.(*Box[string]).v)
	fmt.Println(Wrap("x"), Wrap(Box[int]{4}))
	p := WrapPtr(2.5)
	if st, ok := p.(Setter[float64]); ok {
		st.Set(7.5)
	}
	fmt.Println(p.(*Box[float64]).Get())
	fmt.Printf("%T %T\n", p, Wrap(1))
	var g Getter[int] = Num(5)
	_, isBox := g.(Box[int])
	fmt.Println(isBox)
}
