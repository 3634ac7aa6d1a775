// Control flow: the for forms, labeled break and continue, a switch inside
// a loop (break leaves the switch, continue the loop), fallthrough, default
// in the middle, and goto.
package main

import "fmt"

func kind(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	}
	return "positive"
}

func main() {
	for i := 0; i < 6; i++ {
		switch i % 3 {
		case 0:
			if i == 3 {
				break
			}
			fmt.Println(i, "divisible")
		case 1:
			continue
		default:
			fmt.Println(i, "other")
		}
		fmt.Println("after switch", i)
	}

outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}

	for i, j := 0, 10; i < j; i, j = i+1, j-3 {
		if i == 1 {
			continue
		}
		fmt.Println(i, j)
	}

	switch x := 2; x {
	case 1, 2:
		fmt.Println("one or two")
		fallthrough
	default:
		fmt.Println("default")
	case 3:
		fmt.Println("three")
	}
	fmt.Println(kind(-1), kind(0), kind(1))

	k := 0
loop:
	if k < 3 {
		k++
		goto loop
	}
	fmt.Println("k", k)
}
