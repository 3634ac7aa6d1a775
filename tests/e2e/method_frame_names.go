// Tracebacks name methods as gc does: main.(*T).M for a pointer receiver,
// main.T.M for a value receiver, a generic type's with "[...]" for its
// type arguments, and a function literal inside a method after it
// (main.(*T).M.func1); methods of non-struct types likewise, never
// confused with a function named Type_Method. runtime.Caller,
// runtime.FuncForPC and runtime/debug.Stack agree.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

// callers lists the functions of package main that called it.
func callers() string {
	pcs := make([]uintptr, 20)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(2, pcs)])
	var names []string
	for {
		fr, more := frames.Next()
		if strings.HasPrefix(fr.Function, "main.") {
			names = append(names, fr.Function)
		}
		if !more {
			return strings.Join(names, " <- ")
		}
	}
}

// stackFunctions lists the functions of package main in debug.Stack.
func stackFunctions() string {
	var names []string
	for _, line := range strings.Split(string(debug.Stack()), "\n") {
		if strings.HasPrefix(line, "main.") {
			names = append(names, line[:strings.LastIndex(line, "(")])
		}
	}
	return strings.Join(names, " <- ")
}

type T struct{ n int }

//go:noinline
func (t *T) Ptr() string { return callers() }

//go:noinline
func (t T) Val() string { return callers() }

//go:noinline
func (t *T) PtrStack() string { return stackFunctions() }

//go:noinline
func (t T) ValStack() string { return stackFunctions() }

//go:noinline
func (t *T) Closure() string {
	f := func() string { return callers() }
	return f()
}

type Box[E any] struct{ e E }

//go:noinline
func (b *Box[E]) Ptr() string { return callers() }

//go:noinline
func (b Box[E]) Val() string { return callers() }

//go:noinline
func (t *T) Caller() string {
	pc, _, _, _ := runtime.Caller(0)
	return runtime.FuncForPC(pc).Name()
}

type L []int

//go:noinline
func (l *L) Ptr() string { return callers() }

//go:noinline
func (l L) Val() string { return stackFunctions() }

//go:noinline
func L_Val() string { return callers() }

type G[E any] []E

//go:noinline
func (g *G[E]) Ptr() string { return callers() }

//go:noinline
func (g G[E]) Val() string { return callers() }

func main() {
	t := &T{}
	fmt.Println(t.Ptr())
	fmt.Println(t.Val())
	fmt.Println(t.PtrStack())
	fmt.Println(t.ValStack())
	fmt.Println(t.Closure())
	b := &Box[int]{}
	fmt.Println(b.Ptr())
	fmt.Println(b.Val())
	fmt.Println(t.Caller())
	l := L{1}
	fmt.Println(l.Ptr())
	fmt.Println(l.Val())
	fmt.Println(L_Val())
	g := G[string]{}
	fmt.Println(g.Ptr())
	fmt.Println(g.Val())
}
