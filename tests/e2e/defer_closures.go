// Deferred function literals and func values: recover() in a deferred
// closure, closures changing named results, arguments evaluated at the
// defer statement, a func value's captured variable read when it runs.
package main

import "fmt"

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		recover()
		if b == 0 {
			err = "recovered"
		}
	}()
	q = a / b
	return
}

func counter() (n int) {
	defer func() { n *= 2 }()
	for i := 0; i < 3; i++ {
		defer func(k int) { n += k }(i)
	}
	return 1
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(counter())
	x := 1
	f := func(s string) { fmt.Println(s, x) }
	defer f("deferred")
	x = 2
	defer fmt.Println("done")
}
