// A defined pointer type that the struct it points to refers to
// (type P *node; node has a P field), also when that struct is unnamed
// (type Q *struct{ next Q }), and a slice of unnamed structs holding the
// slice type: building lists, reading and writing fields through them,
// and a nil P's dereference recovered.
package main

import "fmt"

type P *node

type node struct {
	next P
	pad  [3]int
	val  int
}

type Q *struct {
	next Q
	val  int
}

type Forest []struct {
	name     string
	children Forest
}

func count(f Forest) int {
	n := len(f)
	for _, t := range f {
		n += count(t.children)
	}
	return n
}

func main() {
	var q0 Q
	for i := 1; i <= 3; i++ {
		q0 = &struct {
			next Q
			val  int
		}{q0, i * 7}
	}
	for q := q0; q != nil; q = q.next {
		fmt.Print(q.val, " ")
	}
	fmt.Println()
	f := Forest{{name: "a", children: Forest{{name: "b"}, {name: "c"}}}, {name: "d"}}
	fmt.Println(count(f), f[0].children[1].name)
	var list P
	for i := 1; i <= 3; i++ {
		list = &node{next: list, val: i}
	}
	for p := list; p != nil; p = p.next {
		p.val *= 10
		fmt.Print(p.val, " ")
	}
	fmt.Println()
	defer func() { fmt.Println("recovered:", recover()) }()
	var q P
	fmt.Println(q.val)
}
