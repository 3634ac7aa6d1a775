// Package sort: Ints/Strings/Float64s, Sort and Stable over Interface,
// Slice and SliceStable over any slice (elements that compare equal end up
// in gc's order: the same pdqsort steps), Search*, Reverse, IsSorted, and
// the panic for a non-slice.
package main

import (
	"fmt"
	"math"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

// lcg makes reproducible inputs without math/rand.
type lcg uint32

func (g *lcg) next(n int) int {
	*g = *g*1103515245 + 12345
	return int(uint32(*g)>>16) % n
}

func main() {
	ints := []int{5, 2, 8, -1, 9, 3, 3, 0}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 3), sort.SearchInts(ints, 4), sort.SearchInts(ints, 100))
	strs := []string{"pear", "apple", "fig", "banana", ""}
	sort.Strings(strs)
	fmt.Printf("%q %v %d\n", strs, sort.StringsAreSorted(strs), sort.SearchStrings(strs, "cherry"))
	fl := []float64{2.5, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), 1e-9}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl), sort.SearchFloat64s(fl, 1))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.IsSorted(sort.IntSlice(ints)))
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))

	// Many equal keys: the unstable order is gc's.
	var g lcg = 7
	people := make([]person, 300)
	for i := range people {
		people[i] = person{fmt.Sprint("p", i), g.next(10)}
	}
	shuffled := append([]person(nil), people...)
	sort.Sort(byAge(people))
	for _, p := range people[:40] {
		fmt.Print(p.name, ":", p.age, " ")
	}
	fmt.Println()
	people = append(people[:0], shuffled...)
	sort.Slice(people, func(i, j int) bool { return people[i].age > people[j].age })
	for _, p := range people[:40] {
		fmt.Print(p.name, ":", p.age, " ")
	}
	fmt.Println()
	people = append(people[:0], shuffled...)
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	for _, p := range people[:40] {
		fmt.Print(p.name, ":", p.age, " ")
	}
	fmt.Println(sort.SliceIsSorted(people, func(i, j int) bool { return people[i].age < people[j].age }))
	people = append(people[:0], shuffled...)
	sort.Stable(byAge(people))
	fmt.Println(people[0], people[299], sort.IsSorted(byAge(people)))

	// Inputs that take pdqsort's other paths: long sorted, reversed and
	// sawtooth runs, and many duplicates (heapsort and pattern breaking).
	for _, shape := range []string{"sorted", "reversed", "saw", "dups", "random"} {
		xs := make([]int, 2000)
		for i := range xs {
			switch shape {
			case "sorted":
				xs[i] = i
			case "reversed":
				xs[i] = -i
			case "saw":
				xs[i] = i % 37
			case "dups":
				xs[i] = g.next(3)
			default:
				xs[i] = g.next(1000000)
			}
		}
		idx := make([]int, len(xs))
		for i := range idx {
			idx[i] = i
		}
		sort.Slice(idx, func(a, b int) bool { return xs[idx[a]] < xs[idx[b]] })
		sum := 0
		for i, v := range idx {
			sum = (sum*31 + v*(i+1)) % 1000000007
		}
		fmt.Println(shape, sum, idx[:8])
	}

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.Slice(42, func(i, j int) bool { return false })
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.SliceIsSorted(nil, func(i, j int) bool { return false })
	}()
}
