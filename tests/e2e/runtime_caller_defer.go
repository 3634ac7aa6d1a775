// Deferred calls with arguments see their caller as gc shows it: the
// wrapper holding the arguments is no frame, and below a panic's deferred
// call lie the runtime's panic frame and the panicking function.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func base(file string) string { return file[strings.LastIndex(file, "/")+1:] }

func atReturn(n int) {
	pc, file, line, ok := runtime.Caller(1)
	fmt.Println("at return:", runtime.FuncForPC(pc).Name(), base(file), line, ok)
}

// Caller(1) is the runtime's panic frame (its file is the runtime's);
// Caller(2) the function that panicked, at the panicking line.
func inPanic() {
	pc, _, _, ok := runtime.Caller(1)
	fmt.Println("in panic:", runtime.FuncForPC(pc).Name(), ok)
	pc, file, line, ok := runtime.Caller(2)
	fmt.Println("below it:", runtime.FuncForPC(pc).Name(), base(file), line, ok)
	recover()
}

func f() {
	defer atReturn(1)
}

func g() {
	defer func() { recover() }()
	defer inPanic()
	panic("boom") // line 36
}

func main() {
	f()
	g()
	fmt.Println("done")
}
