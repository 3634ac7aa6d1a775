// Float constants with exponents far beyond any type (fixedbugs/issue11326b.go):
// gc keeps them with a 512-bit mantissa, so quotients and differences of
// them that land in range are exact enough.
package main

import "fmt"

func main() {
	const n = 1e646456992
	const d = 1e646456991
	x := n / d
	fmt.Println(x, x == 10)
	const a = 1e200000
	const b = 3e200000
	fmt.Println(b/a, a/b)
	fmt.Println((b-a)/a, (a+b)/b)
	const big = 1e300000 * 1e300000
	fmt.Println(big/1e600000, 1e400000/(1e399999*2))
	fmt.Println(a > 1e199999, a < b, -a < a, a == 1e200000)
	const m = 7e123456 / 1e123455
	fmt.Println(m, int(m))
}

// As gc's 512-bit big.Float arithmetic, these come out exact.
const q = 1e646456992 / 1e646456991
const r = (1e646456992 - 1e646456991) / 1e646456991

func init() { fmt.Println(q == 10, r == 9, 7e123456/1e123455 == 70) }
