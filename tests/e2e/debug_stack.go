// runtime/debug.Stack and PrintStack: the calling goroutine's traceback in
// gc's format ("goroutine N [running]:", then each function, nested
// packages under their import paths, and its file:line, innermost first),
// and PrintStack writes the same to the standard error (here a file that
// the program reads back; fd 2 is reopened on it). A deferred call run by
// a panic sees the panicking stack below it, one panic frame per panic,
// each function literal named (main.panicking.func2), also when a
// deferred call between them had recovered a panic of its own.
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
// out: arguments, +0x offsets, goroutine numbers, and the files of
// functions outside package main (the library's sources live elsewhere).
func frames(stack []byte) {
	inMain := false
	for _, line := range strings.Split(strings.TrimSuffix(string(stack), "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "goroutine "):
			fmt.Println("goroutine N", line[strings.Index(line, "["):])
		case strings.HasPrefix(line, "\t"):
			file := strings.TrimPrefix(line, "\t")
			if i := strings.Index(file, " +0x"); i >= 0 {
				file = file[:i]
			}
			if inMain {
				fmt.Println("\t" + filepath.Base(file))
			} else {
				fmt.Println("\t(library)")
			}
		default:
			if i := strings.LastIndex(line, "("); i > 0 {
				line = line[:i]
			}
			inMain = strings.HasPrefix(line, "main.") || strings.HasPrefix(line, "created by main.")
			fmt.Println(line)
		}
	}
}

func inner(n int) []byte { return debug.Stack() }

func outer() []byte { return inner(7) }

func printer() {
	debug.PrintStack()
}

func panicking() {
	defer func() { fmt.Println("recovered", recover()) }()
	defer func() { frames(debug.Stack()) }()
	defer func() { panic("second") }()
	panic("first")
}

// f recovers its own panic; its remaining deferred call then runs as at
// a return and panics anew while the panic of afterRecover runs f's
// caller: the stack below that panic is f's, its caller's, then the
// first panic's.
func f() {
	defer func() { panic("third") }()
	defer func() { recover() }()
	var m map[string]int
	m["recovered at once"]++
}

func callsF() { f() }

func afterRecover() {
	defer func() { fmt.Println("recovered", recover()) }()
	defer func() { frames(debug.Stack()) }()
	defer callsF()
	panic("fourth")
}

func main() {
	panicking()
	afterRecover()
	frames(outer())
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
