// Maps are not supported yet: the printer must refuse them with a clear
// message instead of printing C++ that does not compile.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	fmt.Println(len(m))
}
