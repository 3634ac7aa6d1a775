// Slices and arrays: literals, make, append (and its growth), copy,
// slicing with two and three indices, nil slices, and arrays as values.
package main

import "fmt"

var table [4]int

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for i := 0; i < 5; i++ {
		s = append(s, i*i)
	}
	fmt.Println(s, len(s), cap(s))
	t := make([]int, 2, 10)
	n := copy(t, s)
	fmt.Println(n, t, s[1:3], s[:2], s[3:], s[1:2:3])
	u := append(t, s...)
	fmt.Println(u, len(u))
	b := []byte("hey")
	b = append(b, "!!"...)
	fmt.Println(string(b), len(b))

	grid := [][]string{{"a", "b"}, {"c"}}
	fmt.Println(grid, len(grid[0]))

	a := [3]int{1, 2, 3}
	c := a
	c[0] = 100
	fmt.Println(a, c, a == c)
	table[2] = 5
	view := table[1:]
	view[0] = 9
	fmt.Println(table, view)
}
