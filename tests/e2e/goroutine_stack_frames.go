// runtime/debug.Stack in a goroutine other than main names the goroutine's
// function literal as gc does (main.main.func1) and ends with gc's
// "created by main.main" and the file:line of the go statement; a
// goroutine started with `go f(x)` shows f alone.
package main

import (
	"fmt"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
)

// frames prints a traceback's functions, and the files and lines of those
// in package main, leaving out arguments, offsets and goroutine numbers.
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
			if i := strings.LastIndex(line, "("); i > 0 && !strings.HasPrefix(line, "created by ") {
				line = line[:i]
			}
			inMain = strings.HasPrefix(line, "main.") || strings.HasPrefix(line, "created by main.")
			fmt.Println(line)
		}
	}
}

func worker(wg *sync.WaitGroup, out chan<- []byte) {
	defer wg.Done()
	out <- debug.Stack()
}

func main() {
	var wg sync.WaitGroup
	out := make(chan []byte, 2)
	wg.Add(1)
	go func() {
		defer wg.Done()
		out <- debug.Stack()
	}()
	wg.Wait()
	frames(<-out)

	wg.Add(1)
	go worker(&wg, out)
	wg.Wait()
	frames(<-out)
}
