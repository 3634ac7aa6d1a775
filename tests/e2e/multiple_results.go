// Functions with several results: returning them, assigning them, passing
// them on, and discarding one with the blank identifier.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(x, y string) (string, string) {
	return y, x
}

func minMax(a, b, c int) (lo int, hi int) {
	lo, hi = a, a
	if b < lo {
		lo = b
	}
	if c < lo {
		lo = c
	}
	if b > hi {
		hi = b
	}
	if c > hi {
		hi = c
	}
	return lo, hi
}

func sum3(a, b, c int) int { return a + b + c }

func three() (int, int, int) { return 1, 2, 3 }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	q, r = divmod(-17, 5)
	fmt.Println(q, r)
	a, b := swap("left", "right")
	fmt.Println(a, b)
	lo, hi := minMax(7, -2, 11)
	fmt.Printf("lo=%d hi=%d\n", lo, hi)
	_, rem := divmod(100, 7)
	fmt.Println("remainder", rem)
	fmt.Println(sum3(three()))
}
