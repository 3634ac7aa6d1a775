// Runtime errors recovered and printed: gc's exact texts for the slice
// bounds forms of 3-index slices, make's length checks, shifts by a
// negative count, nil map writes, conversions and divisions; a failed
// assertion's *runtime.TypeAssertionError.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isRuntime := r.(runtime.Error)
		var re runtime.Error
		fmt.Printf("%s: %v (runtime.Error %v, errors.As %v)\n", name, r, isRuntime, err != nil && errors.As(err, &re))
	}()
	f()
}

var sink []int

func main() {
	s := make([]int, 3, 5)
	arr := [4]int{}
	str := "hello"
	n, m, k := 6, 2, 1
	neg := -1
	big := 1 << 62
	try("slice3 max", func() { sink = s[0:1:n] })
	try("slice3 high>max", func() { sink = s[0 : n-2 : k+2] })
	try("slice3 low>high", func() { sink = s[m:k:4] })
	try("slice3 array", func() { sink = arr[1:2:n] })
	try("slice high", func() { sink = s[:n] })
	try("slice low", func() { sink = s[n:] })
	try("slice low>high", func() { sink = s[m:k] })
	try("string high", func() { _ = str[:n] })
	try("string low>high", func() { _ = str[m:k] })
	try("make len", func() { sink = make([]int, neg) })
	try("make cap", func() { sink = make([]int, 2, k) })
	try("make huge", func() { sink = make([]int, big) })
	try("make map neg", func() { _ = make(map[int]int, neg) })
	try("make chan neg", func() { _ = make(chan int, neg) })
	try("shift neg", func() { fmt.Println(1 << neg) })
	try("shift neg right", func() { fmt.Println(8 >> neg) })
	try("nil map", func() {
		var mm map[string]int
		mm["x"] = 1
	})
	try("divide", func() { fmt.Println(n / (k - 1)) })
	try("modulo", func() { fmt.Println(n % (k - 1)) })
	try("array index", func() { arr[n%8] = 1 })
	try("string index", func() { _ = str[n] })
	try("conversion", func() {
		var x interface{} = "s"
		_ = x.(int)
	})
	try("nil func", func() {
		var f func()
		f()
	})
	try("nil pointer", func() {
		var p *struct{ x int }
		p.x = 1
	})
	try("slice to array pointer", func() { _ = (*[4]int)(s) })
	try("closed channel", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("custom", func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) })
	assertionError()
}

// A failed assertion's value is a *runtime.TypeAssertionError.
func assertionError() {
	defer func() {
		e, ok := recover().(*runtime.TypeAssertionError)
		fmt.Println(ok, e.Error())
		var re runtime.Error = e
		re.RuntimeError()
		fmt.Printf("%T %v\n", re, re)
	}()
	var x interface{} = 1
	_ = x.(fmt.Stringer)
}
