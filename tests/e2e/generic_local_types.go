// Types declared in functions that C++ declares at namespace scope as
// class templates: generic types declared in functions, and any type
// declared in a generic function (their names follow gc's unified IR,
// main.T·N[function's type arguments;own]).
package main

import (
	"fmt"
	"reflect"
)

type Int int

type number interface{ ~int | ~float64 }

func Sum[N number](xs ...N) N {
	type acc struct {
		total N
		count int
	}
	type pair[V any] struct {
		n N
		v V
	}
	a := acc{}
	for _, x := range xs {
		a.total += x
		a.count++
	}
	p := pair[string]{a.total, "sum"}
	fmt.Printf("%T %T %v %+v\n", a, p, a, p)
	return a.total
}

func Box[A any](a A) any {
	type box[B any] struct {
		a    A
		b    B
		next *box[B]
	}
	type list []A
	b := box[int]{a: a, b: 7}
	b.next = &box[int]{a: a}
	l := list{a, a}
	fmt.Printf("%T %T %d %v %v\n", b, l, len(l), b.next.a, b.b)
	return b
}

func Identity[A any]() (any, any) {
	type T[B any] struct{}
	return T[int]{}, T[A]{}
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[K, V]) Local() any {
	type entry struct {
		key K
		val V
	}
	return entry{p.k, p.v}
}

func plain() {
	type P[X any] struct{ x X }
	type Q[X any] []X
	p := P[string]{"p"}
	q := Q[int]{1, 2, 3}
	fmt.Println(p, q, len(q), reflect.TypeOf(p) == reflect.TypeOf(P[string]{}), reflect.TypeOf(p) == reflect.TypeOf(P[int]{}))
}

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum(1.5, 2.5))
	fmt.Println(Sum[Int](4, 5))
	b1, b2 := Box(1), Box("x")
	fmt.Println(reflect.TypeOf(b1) == reflect.TypeOf(b2), reflect.TypeOf(Box(2)) == reflect.TypeOf(b1))
	x1, x2 := Identity[int]()
	y1, y2 := Identity[Int]()
	fmt.Println(x1 == x2, y1 == y2, x1 == y1, x2 == y2)
	fmt.Printf("%T %T %T %T\n", x1, x2, y1, y2)
	m := map[any]int{x1: 1, y2: 2}
	fmt.Println(m[x2], m[y2], m[y1])
	e := Pair[string, int]{"a", 1}.Local()
	fmt.Printf("%T %v\n", e, e)
	plain()
}
