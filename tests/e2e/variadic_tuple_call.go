package main

import "fmt"

func pair() (int, string)          { return 7, "seven" }
func triple() (string, int, error) { return "x", 3, nil }
func one() float64                 { return 2.5 }

func sum(prefix string, xs ...int) string {
	t := 0
	for _, x := range xs {
		t += x
	}
	return fmt.Sprint(prefix, len(xs), t)
}

func ints() (string, int, int, int) { return "ints:", 1, 2, 3 }
func only() string                  { return "none:" }

func describe(a ...any) int {
	for i, x := range a {
		fmt.Printf("%d:%T=%v ", i, x, x)
	}
	fmt.Println()
	return len(a)
}

func main() {
	// f(g()) where f is variadic: g's results fill the fixed parameters,
	// then the ... slice, each converted to its parameter type.
	fmt.Println(pair())
	fmt.Println(triple())
	fmt.Print(pair())
	fmt.Println()
	s := fmt.Sprint(triple())
	fmt.Println(s)
	fmt.Println(describe(pair()), describe(triple()), describe(one()))
	fmt.Println(sum(ints()))
	fmt.Println(sum(only()))
	n, err := fmt.Println(pair())
	fmt.Println(n, err)
}
