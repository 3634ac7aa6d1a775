// Ranging over a map while deleting and inserting: an entry deleted before
// it is reached is never produced, no entry is produced twice, values
// produced are current, and the range expression is evaluated once.
package main

import "fmt"

func fill(n int) map[int]int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	return m
}

func main() {
	// The first entry produced deletes every other one.
	for round := 0; round < 20; round++ {
		m := fill(50)
		produced := 0
		for k := range m {
			produced++
			for j := 0; j < 50; j++ {
				if j != k {
					delete(m, j)
				}
			}
		}
		if produced != 1 || len(m) != 1 {
			fmt.Println("delete during range: produced", produced, "len", len(m))
		}
	}
	fmt.Println("deleting ahead: ok")

	// Inserting while ranging (enough to grow the map many times): no key
	// twice, and every original key not deleted is produced.
	for round := 0; round < 20; round++ {
		m := fill(8)
		seen := map[int]bool{}
		next := 1000
		for k := range m {
			if seen[k] {
				fmt.Println("produced twice:", k)
			}
			seen[k] = true
			for i := 0; i < 40; i++ {
				m[next] = next
				next++
			}
		}
		for k := 0; k < 8; k++ {
			if !seen[k] {
				fmt.Println("original key not produced:", k)
			}
		}
	}
	fmt.Println("inserting: ok")

	// Values updated ahead of the iteration are seen updated.
	m := fill(10)
	first := true
	for k, v := range m {
		if first {
			for j := range m {
				m[j] = -1
			}
			first = false
			continue
		}
		if v != -1 {
			fmt.Println("stale value for", k, v)
		}
	}
	fmt.Println("updating: ok")

	// The range expression is evaluated once: reassigning m changes nothing.
	m = fill(5)
	n := 0
	for range m {
		m = fill(100)
		n++
	}
	fmt.Println("iterations:", n)

	// Labeled continue and break out of nested map ranges.
	outer := map[string][]int{"a": {1, 2, 3}, "b": {4, 5, 6}, "c": {7}}
	total := 0
Outer:
	for name, list := range outer {
		for _, x := range list {
			if x == 2 {
				continue Outer
			}
			if x == 5 {
				continue Outer
			}
			total += x
		}
		_ = name
	}
	fmt.Println("total:", total)
	var k string
	var v []int
	count := 0
	for k, v = range outer {
		count += len(k) + len(v)
	}
	fmt.Println("assigned form:", count, len(k) == 1, v != nil)
}
