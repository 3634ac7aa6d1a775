// Go's order of evaluation around map entries: tuple assignments with map
// targets, keys with side effects evaluated once in op-assignments, map
// literal elements left to right.
package main

import "fmt"

var trace []string

func key(k string) string {
	trace = append(trace, "key "+k)
	return k
}

func val(v int) int {
	trace = append(trace, fmt.Sprint("val ", v))
	return v
}

func get() map[string]string {
	trace = append(trace, "map")
	return names
}

var names = map[string]string{}

func main() {
	m := map[int]int{1: 10, 2: 20}
	m[1], m[2] = m[2], m[1]
	fmt.Println(m[1], m[2])

	i := 1
	i, m[i] = 5, 99
	fmt.Println(i, m[1], m[5], len(m))

	m[3], m[4], m[5] = 30, 40, 50
	fmt.Println(m[3], m[4], m[5], len(m))

	s := map[string]string{}
	s[key("a")] += "x"
	s[key("a")] += "y"
	get()[key("b")] += "z"
	fmt.Println(s["a"], names["b"], trace)
	trace = nil

	lit := map[string]int{key("p"): val(1), key("q"): val(2)}
	fmt.Println(len(lit), trace)
	trace = nil

	counts := map[int]int{}
	for j := 0; j < 5; j++ {
		counts[j%2] += val(j)
	}
	fmt.Println(counts[0], counts[1], len(trace))

	fmt.Println(len(m))
}
