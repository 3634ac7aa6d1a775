// Caller, Callers, FuncForPC and CallersFrames name Go functions and lines
// as gc does, also from a deferred call that a panic runs (it sees the
// panicking stack) and through inlined calls.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type T struct{ n int }

func base(file string) string { return file[strings.LastIndex(file, "/")+1:] }

func (t *T) where() {
	pc, file, line, ok := runtime.Caller(0)
	fmt.Println("where", runtime.FuncForPC(pc).Name() != "", base(file), line, ok)
	_, file, line, ok = runtime.Caller(1)
	fmt.Println("caller", base(file), line, ok)
}

func small() int {
	_, _, line, _ := runtime.Caller(1)
	return line
}

// panicSite finds the first frame of this file below the runtime's panic
// frame, as Go programs that log panics do.
func panicSite() {
	r := recover()
	for i := 0; ; i++ {
		pc, file, line, ok := runtime.Caller(i)
		if !ok {
			fmt.Println("no panic site")
			return
		}
		if name := runtime.FuncForPC(pc).Name(); name == "main.crash" {
			fmt.Println("recovered", r != nil, "at", base(file), line)
			return
		}
	}
}

func crash() {
	defer panicSite()
	var p *T
	fmt.Println(p.n) // line 48
}

func main() {
	(&T{}).where()
	fmt.Println("small", small())
	crash()

	pcs := make([]uintptr, 16)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	f, _ := frames.Next()
	fmt.Println(f.Function, base(f.File), f.Line)

	if _, _, _, ok := runtime.Caller(1000); !ok {
		fmt.Println("Caller(1000) not ok")
	}
	if runtime.FuncForPC(0) == nil {
		fmt.Println("FuncForPC(0) is nil")
	}
}
