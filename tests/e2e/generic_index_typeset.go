package main

import "fmt"

// Index expressions on type parameters without a core type.

func third[T interface{ []byte | string }](x T) byte { return x[2] }

func bump[T interface{ []int | [4]int }](x T) T {
	x[1] += 10
	p := &x[0]
	*p = -1
	return x
}

func main() {
	fmt.Println(third("abc"), third([]byte{7, 8, 9}))
	s := []int{1, 2, 3, 4}
	a := [4]int{1, 2, 3, 4}
	fmt.Println(bump(s), s)
	fmt.Println(bump(a), a)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(third("ab"))
}
