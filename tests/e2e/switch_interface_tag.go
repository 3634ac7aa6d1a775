// A switch whose tag or case values are interfaces compares dynamic types
// and values (go2cpp once printed a C++ == between two interfaces).
package main

import (
	"errors"
	"fmt"
)

var errA = errors.New("a")
var errB = errors.New("b")

type code int

func classify(err error) string {
	switch err {
	case nil:
		return "nil"
	case errA:
		return "A"
	case errB:
		return "B"
	}
	return "other"
}

func kind(x any) string {
	switch x {
	case 1:
		return "int 1"
	case "s":
		return "string s"
	case code(1):
		return "code 1"
	}
	return "none"
}

func main() {
	fmt.Println(classify(nil), classify(errA), classify(errB), classify(errors.New("a")))
	fmt.Println(kind(1), kind("s"), kind(code(1)), kind(int64(1)), kind(nil))
	var c code = 1
	var e any = code(1)
	switch c {
	case e:
		fmt.Println("concrete tag matched interface case")
	}
}
