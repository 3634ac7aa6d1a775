// The results of fmt.Print, Println and Printf, (n int, err error), used
// as values (typeparam/issue45722.go passes them on to a generic function).
package main

import "fmt"

func try[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func count(n int, err error) string { return fmt.Sprint(n, err) }

func main() {
	n, err := fmt.Println("hello", 42)
	fmt.Println(n, err)
	n, err = fmt.Printf("%d-%s\n", 7, "xy")
	fmt.Println(n, err == nil)
	_ = try(fmt.Print(""))
	fmt.Println(try(fmt.Print("abc\n")))
	fmt.Println(count(fmt.Print("é\n")))
	var total int
	for i := 0; i < 3; i++ {
		k, _ := fmt.Print(i, " ")
		total += k
	}
	fmt.Println(total)
}
