// Maps in the printer: types, make, literals, reads, comma-ok, stores and
// op-assignments, delete, len, nil comparisons, range forms, struct keys
// (go_hash next to operator==), two map targets in one assignment, and
// the clearing loop.
package main

import "fmt"

type Key struct {
	Name string
	N    int
}

func main() {
	ages := map[string]int{"ann": 31, "bob": 27}
	ages["cy"] = 40
	ages["ann"]++
	ages["bob"] += 3
	a, ok := ages["ann"]
	fmt.Println(a, ok, ages["nobody"], len(ages))
	delete(ages, "cy")
	var none map[string]int
	fmt.Println(none == nil, ages != nil)
	total := 0
	for _, age := range ages {
		total += age
	}
	for name := range ages {
		total += len(name)
	}
	fmt.Println(total)
	byKey := make(map[Key][]string, 4)
	k := Key{"x", 1}
	byKey[k] = append(byKey[k], "first")
	byKey[Key{"x", 1}] = append(byKey[Key{"x", 1}], "second")
	fmt.Println(len(byKey[k]), byKey[k][1])
	byKey[Key{"y", 2}], byKey[Key{"z", 3}] = nil, []string{"z"}
	fmt.Println(len(byKey))
	for key := range byKey {
		delete(byKey, key)
	}
	fmt.Println(len(byKey))
}
