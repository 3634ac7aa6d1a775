// An interface type with methods declared inside a generic function (its
// method set depends on the type argument) is valid Go the printer does not
// translate yet: it must say so instead of printing C++ that does not
// compile.
package main

import "fmt"

func describe[T any](v T) string {
	type getter interface{ Get() T }
	var g getter
	return fmt.Sprint(v, g == nil)
}

func main() {
	fmt.Println(describe(1))
}
