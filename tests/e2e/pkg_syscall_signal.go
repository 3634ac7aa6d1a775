// syscall's signals and process ids, os.Signal, runtime.GOROOT from the
// environment; expected output from gc with GOROOT=/x.
// env: GOROOT=/x

package main

import (
	"fmt"
	"os"
	"runtime"
	"syscall"
)

func main() {
	fmt.Println(syscall.SIGCHLD, syscall.SIGKILL, syscall.Signal(99), os.Interrupt)
	fmt.Println(syscall.Getpagesize(), os.Getpagesize(), os.Getppid() > 0, os.Getuid() == syscall.Getuid())
	fmt.Println(syscall.Kill(syscall.Getpid(), syscall.SIGCHLD))
	fmt.Println(syscall.Kill(-12345678, syscall.SIGCHLD))
	fmt.Printf("%q\n", runtime.GOROOT())
	var s os.Signal = syscall.SIGTERM
	fmt.Printf("%v %d\n", s, s)
}
