// The forms of the expression switch: with a tag, several values per case,
// no tag (boolean cases), an init statement, fallthrough and default in
// the middle.
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "large"
}

func dayKind(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	default:
		return "weekday"
	case 7:
		return "invalid"
	}
}

func countdown(n int) {
	switch n {
	case 3:
		fmt.Print("three ")
		fallthrough
	case 2:
		fmt.Print("two ")
		fallthrough
	case 1:
		fmt.Print("one ")
	}
	fmt.Println("go")
}

func main() {
	values := []int{-5, 0, 3, 42}
	for i := 0; i < len(values); i++ {
		fmt.Println(values[i], classify(values[i]))
	}
	for d := 0; d <= 7; d++ {
		fmt.Println(d, dayKind(d))
	}
	countdown(3)
	countdown(2)
	countdown(0)
	switch x := 5 * 5; x % 7 {
	case 4:
		fmt.Println("x % 7 is four:", x)
	default:
		fmt.Println("unexpected")
	}
	s := "go"
	switch s + "lang" {
	case "golang":
		fmt.Println("string switch matched")
	}
}
