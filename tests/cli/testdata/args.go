package main

import (
	"fmt"
	"os"
)

// Prints its arguments, one per line after their index, and exits with
// their count: a test sees both the arguments and the exit status pass
// through `go2cpp run`.
func main() {
	for i := 1; i < len(os.Args); i++ {
		fmt.Println(i, os.Args[i])
	}
	os.Exit(len(os.Args) - 1)
}
