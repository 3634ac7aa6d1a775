// A range loop may assign its key and value to map entries (and other
// addressable places) with `=`: an assignment, so the targets' operands
// are evaluated before the stores (m2[k] uses k as it was), and the
// stores run left to right (a[i]'s index is checked at its store).
package main

import (
	"fmt"
	"sort"
)

func keys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	src := map[string]int{"a": 1, "b": 2, "c": 3}
	dst := map[string]string{}
	for k, v := range src {
		dst[k] = fmt.Sprint(v * 10)
	}
	inv := map[int]string{}
	var k string
	for k, inv[src[k]] = range map[string]string{"x": "only"} {
	}
	fmt.Println(k, inv)

	counts := map[string]int{}
	for _, counts["v"] = range []int{4, 5, 6} {
	}
	fmt.Println(counts)

	copyOf := map[string]int{}
	for k := range src {
		var v int
		for _, copyOf[k] = range map[int]int{0: src[k]} {
			v++
		}
		_ = v
	}
	fmt.Println(keys(copyOf), copyOf["a"], copyOf["b"], copyOf["c"])

	byKey := map[string]int{}
	var last string
	for last, byKey[last] = range map[string]int{"z": 26} {
	}
	fmt.Println(last, byKey)

	arr := [3]int{}
	idx := 0
	for idx, arr[idx] = range map[int]int{2: 9} {
	}
	fmt.Println(idx, arr)

	// The index is checked at its store, after idx is assigned (gc).
	sl := []int{0, 0}
	idx = 7
	func() {
		defer func() { fmt.Println("recovered:", recover(), "idx:", idx, sl) }()
		for idx, sl[idx] = range map[int]int{1: 5} {
		}
	}()

	var ms map[string]int
	defer func() { fmt.Println("recovered:", recover()) }()
	for _, ms["k"] = range map[int]int{1: 1} {
	}
}
