// The package initializer and the init functions carry gc's names:
// main.init for the variables' initialization, main.init.0, main.init.1
// for the init functions (they were main.init_package and main.init_1).
package main

import (
	"fmt"
	"runtime"
)

var x = caller()

func caller() int {
	pc, _, line, _ := runtime.Caller(1)
	fmt.Println(runtime.FuncForPC(pc).Name(), line)
	return 1
}

func init() {
	pc, _, _, _ := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name())
}

func init() {
	f := func() {
		pc, _, _, _ := runtime.Caller(0)
		fmt.Println(runtime.FuncForPC(pc).Name())
	}
	defer f()
	caller()
}

func main() { fmt.Println(x) }
