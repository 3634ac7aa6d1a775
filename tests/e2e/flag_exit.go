// flag.Parse on the command line exits with status 2 after printing the
// error and the usage (through a replaced flag.Usage) to stderr.
// args: -n 3 -bogus
// exit: 2
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	n := flag.Int("n", 1, "how many")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: prog [flags]\n")
		flag.PrintDefaults()
	}
	fmt.Println("parsing")
	flag.Parse()
	fmt.Println("not reached", *n, os.Args)
}
