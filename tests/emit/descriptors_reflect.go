// A program that imports reflect gets the reflect tables in its
// descriptors: each method's func type and the thunks that let
// reflect.Value.Call and Method reach it.
package main

import (
	"fmt"
	"reflect"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	m := reflect.ValueOf(Celsius(21.5)).MethodByName("String")
	fmt.Println(m.Type(), m.Call(nil)[0])
}
