// A defined pointer type that the struct it points to refers to
// (type P *node; node has a P field): building a list, reading and
// writing fields through P, and a nil P's dereference recovered.
package main

import "fmt"

type P *node

type node struct {
	next P
	pad  [3]int
	val  int
}

func main() {
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
