package main

import "fmt"

type Pair struct{ a, b int }

func main() {
	s := []string{2: "two", "three", 0: "zero"}
	fmt.Println(len(s), cap(s), s, s[1] == "")
	a := [5]int{1: 10, 3: 30}
	fmt.Println(a)
	p := []Pair{3: {1, 2}}
	fmt.Println(p)
	const k = 4
	b := [...]byte{k: 'x', 'y'}
	fmt.Println(len(b), b)
	q := (*[2]string)(s)
	q[0] = "ZERO"
	fmt.Println(s[0], *q)
	defer func() { fmt.Println(recover()) }()
	_ = (*[5]string)(s)
}
