// Maps: literals, make with a hint, reads of absent keys, comma-ok, delete,
// len, range, nil maps, maps of maps and of slices, maps in structs, struct
// and array keys, string op-assign, float keys with -0, growth and the
// clearing loop.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Inventory struct {
	items map[string]int
	name  string
}

func count(words []string) map[string]int {
	m := make(map[string]int)
	for _, w := range words {
		m[w]++
	}
	return m
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	fmt.Println(len(m), m["a"], m["b"], m["c"], m["zz"])
	v, ok := m["b"]
	fmt.Println(v, ok)
	_, ok = m["nope"]
	fmt.Println(ok)
	delete(m, "b")
	delete(m, "nothere")
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		sum += v + len(k)
	}
	fmt.Println(sum)
	var nilm map[string]int
	fmt.Println(nilm == nil, len(nilm), nilm["x"])
	for range nilm {
		fmt.Println("never")
	}
	c := count([]string{"x", "y", "x", "z", "x"})
	fmt.Println(c["x"], c["y"], len(c))
	pts := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(pts[Point{1, 2}], pts[Point{3, 4}], pts[Point{0, 0}] == "")
	mm := map[string]map[int]bool{}
	mm["q"] = map[int]bool{}
	mm["q"][5] = true
	fmt.Println(mm["q"][5], mm["q"][6], mm["r"][5])
	ms := map[int][]int{}
	ms[1] = append(ms[1], 10)
	ms[1] = append(ms[1], 20)
	fmt.Println(len(ms[1]), ms[1][1])
	inv := Inventory{items: map[string]int{}, name: "x"}
	inv.items["apple"] = 4
	fmt.Println(inv.items["apple"], inv.name)
	arr := map[[2]int]int{}
	arr[[2]int{1, 2}]++
	arr[[2]int{1, 2}]++
	fmt.Println(arr[[2]int{1, 2}])
	s := map[int]string{}
	s[1] += "ab"
	s[1] += "cd"
	fmt.Println(s[1])
	fl := map[float64]int{}
	fl[0.0] = 1
	negz := 0.0
	negz = -negz
	fl[negz] = 2
	fmt.Println(len(fl), fl[0])
	big := make(map[int]int, 100)
	for i := 0; i < 10000; i++ {
		big[i] = i * i
	}
	for i := 0; i < 10000; i += 2 {
		delete(big, i)
	}
	fmt.Println(len(big), big[9999], big[10])
	for k := range big {
		delete(big, k)
	}
	fmt.Println(len(big))
}
