// reflect.DeepEqual: scalars, nested composites, nil versus empty,
// pointers, maps, interfaces, cycles, and NaN.
package main

import (
	"fmt"
	"math"
	"reflect"
)

type Node struct {
	Val  int
	Next *Node
	m    map[string][]int
}

type Celsius float64

func main() {
	a := &Node{Val: 1}
	a.Next = a
	b := &Node{Val: 1}
	b.Next = b
	c := &Node{Val: 2}
	c.Next = c
	nan := math.NaN()
	cases := []struct {
		x, y any
	}{
		{1, 1},
		{1, int64(1)},
		{Celsius(1), 1.0},
		{"a", "a"},
		{[]int{1, 2}, []int{1, 2}},
		{[]int{}, []int(nil)},
		{[]int(nil), []int(nil)},
		{map[string]int{"a": 1}, map[string]int{"a": 1}},
		{map[string]int{"a": 1}, map[string]int{"a": 2}},
		{map[string]int{}, map[string]int(nil)},
		{[2]any{1, "x"}, [2]any{1, "x"}},
		{[2]any{1, "x"}, [2]any{1, "y"}},
		{Node{Val: 1, m: map[string][]int{"k": {1}}}, Node{Val: 1, m: map[string][]int{"k": {1}}}},
		{Node{Val: 1, m: map[string][]int{"k": {1}}}, Node{Val: 1, m: map[string][]int{"k": {2}}}},
		{a, b},
		{a, c},
		{&[]string{"x"}, &[]string{"x"}},
		{nil, nil},
		{nil, 0},
		{nan, nan},
		{[]float64{nan}, []float64{nan}},
		{error(nil), nil},
		{fmt.Errorf("x"), fmt.Errorf("x")},
		{struct{ A []any }{[]any{1, []int{2}}}, struct{ A []any }{[]any{1, []int{2}}}},
	}
	for i, tc := range cases {
		fmt.Println(i, reflect.DeepEqual(tc.x, tc.y))
	}
	s := []int{1, 2, 3}
	fmt.Println(reflect.DeepEqual(s, s), reflect.DeepEqual(s[:2], s[:3]))
	var f1, f2 func()
	fmt.Println(reflect.DeepEqual(map[int]int{1: 1, 2: 2}, map[int]int{2: 2, 1: 1}), f1 == nil && f2 == nil)
}
