// The first program to run through go2cpp:
//
//	scripts/go2cpp run samples/hello/main.go
package main

import (
	"fmt"
	"os"
)

func greeting(name string) string {
	return "Hello, " + name + "!"
}

func main() {
	name := "world"
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	fmt.Println(greeting(name))
	fmt.Printf("%d bytes in %s\n", len(name), name)
}
