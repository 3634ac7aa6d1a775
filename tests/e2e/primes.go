// The sieve of Eratosthenes on a slice of bools: make, len, indexing and
// assignment through an index, nested loops.
package main

import "fmt"

func sieve(limit int) []bool {
	composite := make([]bool, limit+1)
	for i := 2; i*i <= limit; i++ {
		if composite[i] {
			continue
		}
		for j := i * i; j <= limit; j += i {
			composite[j] = true
		}
	}
	return composite
}

func main() {
	const limit = 100
	composite := sieve(limit)
	count := 0
	for n := 2; n < len(composite); n++ {
		if !composite[n] {
			fmt.Printf("%d ", n)
			count++
		}
	}
	fmt.Println()
	fmt.Println("primes below", limit, "=", count)
}
