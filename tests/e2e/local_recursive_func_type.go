package main

import "fmt"

type Constraint[T any] interface {
	~func() T
}

func Foo[T Constraint[T]]() T {
	var t T
	t = func() T {
		return t
	}
	return t
}

func main() {
	type Bar func() Bar
	b := Foo[Bar]()
	fmt.Println(b()() != nil)
	var x interface{} = b
	_, ok := x.(Bar)
	fmt.Printf("%T %v\n", x, ok)
	type F func(F, int) (F, string)
	var f F = func(g F, n int) (F, string) { return g, fmt.Sprint(n) }
	x = f
	_, s := x.(F)(f, 3)
	fmt.Printf("%T %s\n", x, s)
}
