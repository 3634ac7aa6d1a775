// recover() in a deferred func value or interface method, whose target
// is known only when the deferred call runs.
package main

import "fmt"

type I interface{ M() }
type T struct{ name string }

func (t T) M() { fmt.Println(t.name, "recovered:", recover()) }

func viaFuncValue() {
	f := func() { fmt.Println("func value recovered:", recover()) }
	defer f()
	panic("one")
}

func viaInterface() {
	var i I = T{"interface method"}
	defer i.M()
	panic("two")
}

func main() {
	viaFuncValue()
	viaInterface()
	fmt.Println("done")
}
