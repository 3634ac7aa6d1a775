// os.Args: the program name first, then the arguments after `--`.
// verb: run
// args: one two "three four"
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("argc:", len(os.Args))
	for i := 1; i < len(os.Args); i++ {
		fmt.Printf("arg %d: %s\n", i, os.Args[i])
	}
	fmt.Println(len(os.Args[0]) > 0)
}
