// Keys of every comparable kind the runtime hashes without interfaces:
// integers of each width, bool, strings, floats (+0 == -0; NaN != NaN so
// each NaN insert adds an entry no lookup finds), pointers, arrays and
// structs, nested structs, named key types.
package main

import (
	"fmt"
	"math"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

type Name string

type Inner struct {
	A int8
	B string
}

type Outer struct {
	In  Inner
	Arr [2]uint16
	P   *int
	_   int
	F   float64
}

type Node struct {
	val int
}

func main() {
	colors := map[Color]Name{Red: "red", Green: "green"}
	colors[Blue] = "blue"
	fmt.Println(len(colors), colors[Green], colors[Blue])

	bools := map[bool]int{}
	bools[true]++
	bools[false] += 2
	bools[1 < 2]++
	fmt.Println(bools[true], bools[false])

	i8 := map[int8]int{-128: 1, 127: 2}
	u64 := map[uint64]string{math.MaxUint64: "max", 0: "zero"}
	fmt.Println(i8[-128], i8[127], u64[math.MaxUint64], u64[0])

	f := map[float64]string{}
	f[0] = "zero"
	f[math.Copysign(0, -1)] = "negative zero"
	fmt.Println(len(f), f[0])
	nan := math.NaN()
	f[nan] = "a"
	f[nan] = "b"
	_, found := f[nan]
	fmt.Println(len(f), found, f[nan] == "")
	delete(f, nan)
	fmt.Println(len(f))
	nans := 0
	for k, v := range f {
		if k != k {
			nans++
			if v != "a" && v != "b" {
				fmt.Println("bad NaN value", v)
			}
		}
	}
	fmt.Println("NaN entries:", nans)
	f32 := map[float32]int{1.5: 1}
	f32[1.5]++
	fmt.Println(f32[1.5])

	n1, n2 := &Node{1}, &Node{1}
	ptrs := map[*Node]int{n1: 1, n2: 2}
	ptrs[nil] = 3
	fmt.Println(len(ptrs), ptrs[n1], ptrs[n2], ptrs[nil], ptrs[&Node{1}])

	x := 5
	outer := map[Outer]int{}
	key := Outer{In: Inner{A: -1, B: "b"}, Arr: [2]uint16{1, 2}, P: &x, F: 0.5}
	outer[key] = 10
	same := key
	fmt.Println(outer[same], len(outer))
	same.Arr[1] = 3
	fmt.Println(outer[same], len(outer))
	same.Arr[1] = 2
	same.F = 0.5
	outer[same] += 5
	fmt.Println(outer[key], len(outer))

	grid := map[[3][2]string]bool{}
	grid[[3][2]string{{"a", "b"}, {"c", "d"}, {"e", "f"}}] = true
	fmt.Println(grid[[3][2]string{{"a", "b"}, {"c", "d"}, {"e", "f"}}], grid[[3][2]string{}])

	words := map[Name]int{}
	for _, w := range []Name{"go", "c", "go", "cpp", "go"} {
		words[w]++
	}
	fmt.Println(words["go"], words["c"], words["cpp"], len(words))

	long := map[string]int{}
	s := ""
	for i := 0; i < 200; i++ {
		s += string(rune('a' + i%26))
		long[s] = i
	}
	fmt.Println(len(long), long["abc"], long[s])

	// A struct declared inside a function can be a key too.
	type cell struct {
		row, col int
	}
	board := map[cell]string{{0, 0}: "x", {1, 2}: "o"}
	board[cell{2, 2}] = "x"
	fmt.Println(len(board), board[cell{1, 2}], board[cell{2, 2}], board[cell{2, 1}] == "")
}
