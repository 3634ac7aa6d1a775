// Integer operators: truncated division and remainder with negative
// operands, bitwise operators, shifts, wrap-around on overflow, and
// comparison.
package main

import "fmt"

func main() {
	a, b := 17, -5
	fmt.Println(a/b, a%b, -a/5, -a%5)
	fmt.Println(a&12, a|12, a^12, a&^1)
	fmt.Println(1<<10, a>>2, -a>>2)
	max := 9223372036854775807
	fmt.Println(max+1 < 0, max+1)
	x := 3
	x += 4
	x *= 2
	x -= 1
	x /= 3
	x %= 3
	x <<= 5
	x |= 1
	fmt.Println(x)
	fmt.Println(a == 17, a != b, a < b, a >= b)
	fmt.Println(-a, +b, ^a)
}
