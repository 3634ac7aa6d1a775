// A range loop may assign its key or value to a map entry (for k, m[k] =
// range ...); the printer does not do that yet and must say so instead of
// printing C++ that does not compile.
package main

import "fmt"

func main() {
	m := map[string]int{}
	var k string
	for k, m[k] = range map[string]int{"a": 1} {
	}
	fmt.Println(len(m))
}
