// runtime/debug.Stack and PrintStack: the calling goroutine's traceback in
// gc's format ("goroutine N [running]:", then each function and its
// file:line, innermost first, then "created by" for a goroutine), and
// PrintStack writes the same to the standard error (here a file that the
// program reads back; fd 2 is reopened on it).
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
)

// frames prints a traceback with what varies between compilers left
// out: arguments, directories other than the program's, +0x offsets and
// goroutine numbers.
func frames(stack []byte) {
	for _, line := range strings.Split(strings.TrimSuffix(string(stack), "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "goroutine "):
			fmt.Println("goroutine N", line[strings.Index(line, "["):])
		case strings.HasPrefix(line, "\t"):
			file := strings.TrimPrefix(line, "\t")
			if i := strings.Index(file, " +0x"); i >= 0 {
				file = file[:i]
			}
			if strings.HasPrefix(file, "/usr/") {
				file = "(go)"
			} else {
				file = filepath.Base(file)
			}
			fmt.Println("\t" + file)
		case strings.HasPrefix(line, "created by "):
			fmt.Println(line)
		default:
			if i := strings.LastIndex(line, "("); i > 0 {
				line = line[:i]
			}
			fmt.Println(line)
		}
	}
}

func inner(n int) []byte { return debug.Stack() }

func outer() []byte { return inner(7) }

func printer() {
	debug.PrintStack()
}

func main() {
	frames(outer())
	done := make(chan []byte)
	go func() {
		done <- debug.Stack()
	}()
	frames(<-done)

	f, err := os.CreateTemp("", "printstack")
	if err != nil {
		panic(err)
	}
	defer os.Remove(f.Name())
	// The lowest free descriptor, 2 once it is closed, is the file's.
	syscall.Close(2)
	fd, err := syscall.Open(f.Name(), syscall.O_WRONLY, 0)
	if err != nil || fd != 2 {
		panic(fmt.Sprint("reopening fd 2: ", fd, err))
	}
	printer()
	printed, err := os.ReadFile(f.Name())
	if err != nil {
		panic(err)
	}
	frames(printed)
}
