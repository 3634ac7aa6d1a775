// runtime/debug: SetGCPercent's previous settings, FreeOSMemory,
// SetMaxStack, and Stack, which in a deferred call run by a panic shows
// the panicking line.
package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

type wrapper struct{ a []int }

func (w wrapper) get(i int) int { return w.a[i] }

func main() {
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(-5), debug.SetGCPercent(100))
	debug.FreeOSMemory()
	fmt.Println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1<<30))
	stack := string(debug.Stack())
	fmt.Println(strings.HasPrefix(stack, "goroutine 1 [running]:\n"), strings.Contains(stack, "main.main()"),
		strings.Contains(stack, "runtime_debug.go:20"))
	defer func() {
		e := recover()
		stk := string(debug.Stack())
		fmt.Println(e, strings.Contains(stk, "runtime_debug.go:29"), strings.Contains(stk, "runtime_debug.go:14"), strings.Contains(stk, "panic("))
	}()
	w := wrapper{a: []int{0, 1, 2}}
	_ = w.get(3) // line 29
}
