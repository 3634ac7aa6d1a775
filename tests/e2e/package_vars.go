// Package-level variables: initialized in dependency order (not textual
// order), read and updated by functions, shadowed by locals.
package main

import "fmt"

var total = base * 2
var base = initialBase()
var calls int
var name string
var ready bool

func initialBase() int {
	calls++
	return 21
}

func add(n int) {
	total += n
	calls++
}

func main() {
	fmt.Println(total, base, calls)
	add(8)
	add(-50)
	fmt.Println(total, calls)
	fmt.Printf("name=[%s] ready=%v\n", name, ready)
	name, ready = "set", true
	fmt.Println(name, ready)
	total := "shadowed"
	fmt.Println(total)
}
