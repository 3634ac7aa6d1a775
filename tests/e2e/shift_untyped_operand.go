package main

import "fmt"

// Non-constant shifts of untyped float and complex constants: the constant
// takes the type the shift would have (uint as a shift count).
func main() {
	var x int = 1
	var s uint = 3
	fmt.Println(x<<(1.<<x), x<<((1+0i)<<x), x<<(0i<<x))
	var y int64 = 2.0 << s
	var z uint8 = 1. << (s + 5)
	fmt.Println(y, z, x<<1., x<<(1+0i))
	fmt.Println(x<<(1.<<(s+61)), x<<(4.>>s))
}
