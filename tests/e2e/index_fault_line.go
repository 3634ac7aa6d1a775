// A failed bounds check is reported at the line of its '[' (gc's position
// for it), also inside a statement that spans lines or whose parts carry
// /*line*/ directives (fixedbugs/issue29504.go): the traceback names that
// line for the faulting function.
package main

import (
	"fmt"
	"runtime"
)

var i = 9
var sink int
var sinkS []int
var sinkStr string

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

// faultLine runs f and returns the line at which it panicked, as the
// traceback seen by a deferred call names it for the function fn.
func faultLine(fn string, f func()) (line int) {
	defer func() {
		if recover() == nil {
			panic("did not panic")
		}
		pcs := make([]uintptr, 20)
		frames := runtime.CallersFrames(pcs[:runtime.Callers(1, pcs)])
		for {
			fr, more := frames.Next()
			if fr.Function == fn {
				line = fr.Line
				return
			}
			if !more {
				return
			}
		}
	}()
	f()
	return -1
}

func indexOnLaterLine() {
	a := []int{1, 2, 3}
	sink = sum(1,
		2,
		a[i])
}

func sliceOnLaterLine() {
	a := []int{1, 2, 3}
	sinkS =
		a[:i]
}

func stringIndexOnLaterLine() {
	s := "abc"
	sink = sum(1,
		int(s[i]))
}

func assignOnLaterLine() {
	var a [3]int
	a[0], a[1],
		a[i] = 1, 2, 3
}

func directiveBeforeBracket() {
	var a []int
	sink = a /*line :999999:1*/ [ /*line :100:1*/ i]
}

func directiveInSlice() {
	s := "foo"
	sinkStr = s /*line :888888:1*/ [: /*line :200:1*/ i]
}

var array [3]int

func directiveInAssignment() {
	array /*line :777777:1*/ [ /*line :300:1*/ i] = 1
}

func main() {
	fmt.Println(faultLine("main.indexOnLaterLine", indexOnLaterLine))
	fmt.Println(faultLine("main.sliceOnLaterLine", sliceOnLaterLine))
	fmt.Println(faultLine("main.stringIndexOnLaterLine", stringIndexOnLaterLine))
	fmt.Println(faultLine("main.assignOnLaterLine", assignOnLaterLine))
	fmt.Println(faultLine("main.directiveBeforeBracket", directiveBeforeBracket))
	fmt.Println(faultLine("main.directiveInSlice", directiveInSlice))
	fmt.Println(faultLine("main.directiveInAssignment", directiveInAssignment))
}
