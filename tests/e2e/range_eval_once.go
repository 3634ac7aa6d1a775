package main

import "fmt"

// A range expression holding a call is evaluated once even where len is
// otherwise constant (arrays with at most an index variable); with `=`,
// both targets are located before either is assigned.
var calls int

func arr() [3]int   { calls++; return [3]int{1, 2, 3} }
func parr() *[3]int { calls++; return nil }

func main() {
	n := 0
	for i := range arr() {
		n += i
	}
	for range parr() {
		n++
	}
	var a [4]int
	for range a {
		n++
	}
	fmt.Println(n, calls)
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)
	var k int
	var r rune
	m := map[int]rune{}
	for k, m[k] = range "héllo" {
	}
	fmt.Println(k, r, len(m), m[0], m[1], m[3])
}
