// A select case whose channel operand panics (a nil struct pointer)
// panics on the case's own line, as gc reports it (fixedbugs/bug347.go).
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var t *struct {
	c chan int
}

var c chan int

func f() {
	select {
	case <-c:
		break
	case <-t.c: // the panic's line
		break
	}
}

func g() {
	chans := []chan int{make(chan int, 1)}
	i := 3
	select {
	case chans[0] <- 1:
	case chans[i] <- 2: // index out of range here
	}
}

func report(name string, fn func()) {
	defer func() {
		r := recover()
		for i := 0; ; i++ {
			pc, file, line, ok := runtime.Caller(i)
			if !ok {
				fmt.Println(name, "no frame")
				return
			}
			if strings.HasSuffix(file, "select_case_panic_line.go") && runtime.FuncForPC(pc).Name() == "main."+name {
				fmt.Println(name, line, r)
				return
			}
		}
	}()
	fn()
}

func main() {
	report("f", f)
	report("g", g)
}
