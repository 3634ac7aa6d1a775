// recover() stops a panic only in a call made directly by a deferred call;
// the function whose deferred call recovered returns normally with its
// results as they stand, after its remaining deferred calls.
package main

import "fmt"

func stop() { recover() }

func stopIndirectly() { stop() }

func say(s string) { fmt.Println(s) }

func safeIndex(s []int, i int) (v int) {
	v = -1
	defer stop()
	v = s[i]
	return v
}

func safeDivide(a, b int) (q int, ok bool) {
	defer stop()
	return a / b, true
}

func afterRecovery() {
	defer say("deferred before the recovering call still runs")
	defer stop()
	defer say("deferred after the panic runs first")
	panic("boom")
}

func notDirect() {
	defer stopIndirectly()
	panic("not stopped by an indirect recover")
}

func outer() {
	defer stop()
	notDirect()
	fmt.Println("not reached")
}

func deferRecover() {
	// recover itself deferred does not stop the panic...
	defer stop()
	defer recover()
	panic("deferred recover is too early")
}

func recoversAtReturn() {
	// ...but deferred by a function that a panic runs, it does.
	defer recover()
}

func squelched() {
	defer say("squelched returns normally")
	defer recoversAtReturn()
	panic("squelched")
}

func normalReturn() int {
	defer stop() // nothing to recover
	return 3
}

func main() {
	fmt.Println(safeIndex([]int{1, 2, 3}, 1), safeIndex([]int{1, 2, 3}, 5))
	fmt.Println(safeDivide(7, 2))
	fmt.Println(safeDivide(7, 0))
	afterRecovery()
	outer()
	deferRecover()
	squelched()
	fmt.Println(normalReturn())
	fmt.Println("main done")
}
