// fmt prints maps as gc does: map[k:v ...] with the keys sorted as
// internal/fmtsort orders them (numbers numerically, NaN first, strings
// bytewise, false before true, arrays element by element), nested maps and
// maps of slices, nil and empty maps, %v %d %#v, and print's address form.
package main

import (
	"fmt"
	"math"
)

func main() {
	ints := map[int]string{10: "ten", -3: "minus three", 2: "two", 0: "zero"}
	fmt.Println(ints)
	strs := map[string]int{"pear": 3, "apple": 1, "Zoo": 9, "": 0, "apple pie": 2}
	fmt.Println(strs)
	fmt.Printf("%v|%d|%#v\n", strs, map[string]int{"b": 2, "a": 1}, map[string]int{"b": 2, "a": 1})
	floats := map[float64]int{2.5: 1, -1: 2, math.Inf(1): 3, math.Inf(-1): 4}
	floats[math.NaN()] = 5
	floats[math.NaN()] = 5
	fmt.Println(floats)
	bools := map[bool]string{true: "yes", false: "no"}
	fmt.Println(bools)
	arrays := map[[2]int]bool{{2, 1}: true, {1, 9}: false, {1, 2}: true}
	fmt.Println(arrays)
	nested := map[string]map[int]bool{"b": {2: true, 1: false}, "a": {}}
	fmt.Println(nested)
	lists := map[uint8][]string{7: {"x", "y"}, 3: nil}
	fmt.Println(lists)
	var none map[string]int
	fmt.Println(none, map[int]int{}, len(none))
	fmt.Printf("%#v %#v\n", none, map[int]bool{})
	s := fmt.Sprint(map[int8]float64{3: 1.5, -2: 0.25})
	fmt.Println(s, len(s))
	p := &ints
	fmt.Println(len(*p), (*p)[10])
}
