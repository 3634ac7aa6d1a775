// Assignments: tuples through temporaries (swap), := with a re-assigned
// variable, shadowing that reads the outer variable, blanks, op-assign on
// strings, and Go's left-to-right order of calls.
package main

import "fmt"

var trace string

func step(s string, v int) int {
	trace += s
	return v
}

func pair() (int, string) { return 7, "seven" }

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)

	n, s := pair()
	m, s := n+1, s+"!"
	fmt.Println(n, m, s)
	_, s2 := pair()
	fmt.Println(s2)

	x := 10
	{
		x := x + 1
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)

	str := "go"
	str += "lang"
	str = str + "!"
	fmt.Println(str)

	if step("a", 1) < step("b", 2) {
		fmt.Println(step("c", 3)+step("d", 4), trace)
	}
	fmt.Println(step("e", 5), step("f", 6), trace)
}
