// Range loops over slices, arrays and strings (runes, with an invalid byte
// decoded as U+FFFD), with := and = variables.
package main

import "fmt"

func main() {
	primes := []int{2, 3, 5, 7}
	sum := 0
	for _, p := range primes {
		sum += p
	}
	fmt.Println(sum)
	for i := range primes {
		primes[i] *= 10
	}
	fmt.Println(primes)

	grid := [3]string{"a", "b", "c"}
	for i, s := range grid {
		fmt.Print(i, s, " ")
	}
	fmt.Println()

	for i, r := range "hé\xffx" {
		fmt.Println(i, r)
	}
	var i, r = 0, 'x'
	for i, r = range "ok" {
	}
	fmt.Println(i, r)
}
