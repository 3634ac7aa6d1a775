// reflect on methods: Value.MethodByName and Call (value and pointer
// receivers), Type.Method with the method expression as Func.
package main

import (
	"fmt"
	"reflect"
)

type Greeter struct{ Name string }

func (g Greeter) Hello(greeting string, n int) string { return greeting + g.Name }
func (g *Greeter) Rename(name string)                   { g.Name = name }

func main() {
	g := Greeter{"Go"}
	gv := reflect.ValueOf(g)
	m := gv.MethodByName("Hello")
	fmt.Println(m.Kind(), m.Type())
	fmt.Println(m.Call([]reflect.Value{reflect.ValueOf("hi "), reflect.ValueOf(2)})[0])
	reflect.ValueOf(&g).MethodByName("Rename").Call([]reflect.Value{reflect.ValueOf("Gopher")})
	fmt.Println(g.Name)
	mt := reflect.TypeOf(g).Method(0)
	fmt.Println(mt.Name, mt.Type, mt.Func.Call([]reflect.Value{gv, reflect.ValueOf("yo "), reflect.ValueOf(1)})[0])
}
