// A tuple assignment evaluates its targets' operands and its values first,
// then assigns from left to right: a target that panics (nil pointer, index
// out of range, nil map) leaves the earlier assignments done and the later
// ones undone.
package main

import "fmt"

type P struct{ i int }

var g int

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover() != nil) }()
	f()
}

func main() {
	m := map[int]int{}
	var p *int
	try("map then nil deref", func() { m[1], *p = 10, 2 })
	fmt.Println(m)

	s := []int{}
	try("map then index", func() { m[2], s[1] = 20, 2 })
	fmt.Println(m)

	var pp *P
	try("map then field", func() { m[3], pp.i = 30, 2 })
	fmt.Println(m)

	a := 1
	pa := &a
	var nilMap map[int]int
	try("deref then nil map", func() { *pa, nilMap[2] = 5, 2 })
	fmt.Println(a)
	try("nil map then global", func() { nilMap[0], g = 1, 2 })
	fmt.Println(g)

	x := P{}
	q := &x
	q, q.i = new(P), 4
	fmt.Println(x.i, q.i)

	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 2, 9
	fmt.Println(i, arr)
	arr[0], arr[2] = arr[2], arr[0]
	fmt.Println(arr)
	type T struct{ a [2]int }
	t := &T{}
	t.a[0], t.a[1], _ = 7, 8, 9
	fmt.Println(*t)
}
