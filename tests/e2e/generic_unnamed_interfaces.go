package main

import "fmt"

type mybar int

func (x mybar) bar() int { return int(x) }

func k[T any](x any) interface{ bar() T } { return x.(interface{ bar() T }) }

func use[T any](b interface{ bar() T }) T { return b.bar() }

func main() {
	var b interface{ bar() int } = k[int](mybar(3))
	fmt.Println(b.bar(), use[int](b), use[int](mybar(4)))
	bs := []interface{ bar() int }{b}
	fmt.Println(len(bs))
}
