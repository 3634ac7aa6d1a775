// os.Exit ends the program at once: deferred calls do not run.
// exit: 4
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not printed: os.Exit skips deferred calls")
	fmt.Println("exiting")
	os.Exit(4)
}
