// os.Exit ends the program at once with the given status; output written
// before it is kept.
// exit: 3
// verb: run
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("about to exit")
	os.Exit(3)
	fmt.Println("not reached")
}
