// Constants: typed and untyped, iota with skipped values and expressions,
// and exact constant arithmetic folded to int and float64.
package main

import "fmt"

const greeting = "hi"

const (
	Sunday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	a, b = iota * 10, iota + 100
	c, d
)

const big = 1 << 100
const small = big >> 98

const typed int = 42
const pi = 3.14159
const ratio float64 = 1.0 / 3

func main() {
	fmt.Println(greeting, Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d)
	fmt.Println(small, typed)
	fmt.Printf("%f %f\n", pi, ratio)
	fmt.Println(pi*2 > 6, typed/5, typed%5)
}
