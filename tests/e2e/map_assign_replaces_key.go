// Assigning to an existing map entry stores the new key over the old one,
// as gc's mapassign does for keys whose equal values can differ in what
// they hold: strings (their bytes' memory), floats (+0 and -0) and
// interfaces (fixedbugs/issue45045.go). The old key's memory is then no
// longer reachable through the map.
package main

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"unsafe"
)

func data(s string) uintptr {
	return (*reflect.StringHeader)(unsafe.Pointer(&s)).Data
}

type pair struct {
	name string
	f    float64
}

func main() {
	first := strings.Repeat("k", 3)
	second := strings.Repeat("k", 3)
	m := map[string]int{}
	m[first] = 1
	m[second] = 2
	for k, v := range m {
		fmt.Println(k, v, data(k) == data(second), data(k) == data(first))
	}

	// m[k] op= v assigns too.
	m[first] += 10
	for k, v := range m {
		fmt.Println(k, v, data(k) == data(first))
	}

	z := map[float64]string{}
	z[0] = "plus"
	z[math.Copysign(0, -1)] = "minus"
	for k, v := range z {
		fmt.Println(math.Signbit(k), v, len(z))
	}

	i := map[interface{}]int{}
	i[0.0] = 1
	i[math.Copysign(0, -1)] = 2
	for k, v := range i {
		fmt.Println(math.Signbit(k.(float64)), v)
	}

	p := map[pair]int{}
	p[pair{"a", 0}] = 1
	p[pair{"a", math.Copysign(0, -1)}] = 2
	for k, v := range p {
		fmt.Println(k.name, math.Signbit(k.f), v)
	}

	a := map[[2]string]bool{}
	a[[2]string{first}] = true
	a[[2]string{second}] = false
	for k, v := range a {
		fmt.Println(k[0], v, data(k[0]) == data(second))
	}
}
