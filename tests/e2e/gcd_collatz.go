// Two small algorithms: Euclid's gcd (iterative and recursive) and the
// length of Collatz sequences.
package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func gcdRec(a, b int) int {
	if b == 0 {
		return a
	}
	return gcdRec(b, a%b)
}

func collatzLen(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	fmt.Println(gcd(1071, 462), gcdRec(1071, 462), gcd(17, 5))
	best, bestLen := 1, 0
	for i := 1; i < 10000; i++ {
		if l := collatzLen(i); l > bestLen {
			best, bestLen = i, l
		}
	}
	fmt.Println(best, bestLen)
}
