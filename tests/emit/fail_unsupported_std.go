// A standard function declared ahead of its implementation
// (//go2cpp:unsupported in rtlib/pkg) type-checks, and a program that
// calls it is refused by name, with the reason, where it is called.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

func main() {
	var r runtime.MemProfileRecord
	fmt.Println(r.InUseBytes(), len(r.Stack()))
	n, ok := runtime.MemProfile(nil, true)
	fmt.Println(n, ok, debug.SetPanicOnFault(true))
}
