// Asserting to an interface the dynamic type does not implement names the
// missing method.
// exit: 2
package main

import "fmt"

type Namer interface{ Name() string }
type Ager interface {
	Namer
	Age() int
}

type Person struct{ name string }

func (p Person) Name() string { return p.name }

func main() {
	var n Namer = Person{"ann"}
	fmt.Println(n.Name())
	if _, ok := n.(Ager); !ok {
		fmt.Println("not an Ager")
	}
	a := n.(Ager)
	fmt.Println(a.Age())
}
