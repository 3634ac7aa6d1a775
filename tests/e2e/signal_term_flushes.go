// exit: 143
package main

import (
	"fmt"
	"os"
	"syscall"
	"time"
)

// SIGTERM kills a Go program (the shell reports 128+15), and the lines it
// printed before stay printed, though stdout is a file here.
func main() {
	fmt.Println("printed before the signal")
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	time.Sleep(5 * time.Second)
	fmt.Println("not reached")
}
