// Recursive Fibonacci: recursion, parameters and results.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	for i := 0; i <= 20; i++ {
		fmt.Printf("fib(%d) = %d\n", i, fib(i))
	}
	fmt.Println(fib(30))
}
