// The forms of the for statement: three clauses, condition only, no
// condition with break, continue, and labeled break/continue out of a
// nested loop.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	fmt.Println("sum 0..9 =", sum)

	n := 1
	for n < 1000 {
		n *= 3
	}
	fmt.Println("first power of 3 >= 1000:", n)

	steps := 0
	for {
		steps++
		if steps == 7 {
			break
		}
	}
	fmt.Println("steps:", steps)

	odd := 0
	for i := 0; i < 20; i++ {
		if i%2 == 0 {
			continue
		}
		odd += i
	}
	fmt.Println("odd sum:", odd)

outer:
	for i := 1; i <= 5; i++ {
		for j := 1; j <= 5; j++ {
			if j > i {
				continue outer
			}
			if i*j > 12 {
				break outer
			}
			fmt.Print(i*j, " ")
		}
	}
	fmt.Println()

	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Println(i, j)
	}
}
