// A Go program built by CMake through go2cpp_add_executable (see
// CMakeLists.txt next to it): it counts the primes below a bound, the
// bound coming from the first argument when there is one.
package main

import (
	"fmt"
	"os"
)

const defaultBound = 50

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func parseBound(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, len(s) > 0
}

func main() {
	bound := defaultBound
	if len(os.Args) > 1 {
		n, ok := parseBound(os.Args[1])
		if !ok {
			fmt.Println("usage: primes [bound]")
			os.Exit(2)
		}
		bound = n
	}
	count := 0
	for n := 2; n < bound; n++ {
		if isPrime(n) {
			count++
		}
	}
	fmt.Printf("built with CMake: %d primes below %d\n", count, bound)
}
