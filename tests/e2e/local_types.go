package main

import "fmt"

type T struct{ a, b int }

var x interface{}

func f() {
	type T struct{ a, b int }
	x = T{1, 2}
}

func g() interface{} {
	type T struct{ a, b int }
	return []T{{3, 4}}
}

func main() {
	f()
	_, ok := x.(T)
	fmt.Println(ok, x)
	fmt.Printf("%T %v\n", g(), g())
	_, ok = g().([]T)
	fmt.Println(ok)
	type I interface{ M() int }
	type U int
	var i I
	fmt.Println(i == nil)
	defer func() { fmt.Println(recover()) }()
	_ = x.(T)
}
