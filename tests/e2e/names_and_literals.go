// Constructs Go's `// compile` tests found printing C++ that did not
// compile: a type switch inside a function literal, a clause type named
// like the switch's variable, a local variable named like a package type,
// {...} for &S{...} when S is a slice or map type, select assigning an
// I2 to an I1, conversions between types that differ only in field tags,
// and println of a pointer type that points to itself.
package main

import "fmt"

type symSet []int

func (s symSet) len() int { return len(s) }

type S []T
type T struct{ x int }
type M map[string]int

var ms = map[string]*S{"a": {{1}, {2}}}
var as = [1]*S{{{3}}}
var mm = []*M{{"k": 4}}

func setter() func(interface{}) {
	return func(o interface{}) {
		switch v := o.(type) {
		case *int:
			*v = 1
		case string:
			fmt.Println("string", v)
		}
	}
}

func kind(p interface{}) string {
	type t int
	switch t := p.(type) {
	case t:
		return fmt.Sprint("t ", int(t))
	}
	return "other"
}

func fill(m map[int]symSet) int {
	var symSet []int = []int{1, 2}
	for _, x := range symSet {
		m[x] = nil
	}
	return len(m)
}

type I1 interface{ String() string }
type I2 interface{ String() string }
type name string

func (n name) String() string { return "name " + string(n) }

type P *P

func main() {
	x := 5
	setter()(&x)
	setter()("s")
	fmt.Println(x)
	fmt.Println(kind(7), kind(struct{}{}))
	var t2 interface{} = 3
	fmt.Println(kind(t2))

	fmt.Println(fill(map[int]symSet{}), symSet{1, 2, 3}.len())
	fmt.Println(*ms["a"], *as[0], *mm[0])

	c2 := make(chan I2, 1)
	c2 <- name("x")
	var v1 I1
	select {
	case v1 = <-c2:
	}
	fmt.Println(v1)

	tagged := []struct {
		F string `json:"f"`
	}{{"a"}, {"b"}}
	plain := ([]struct{ F string })(tagged)
	plain[0].F = "z"
	fmt.Println(tagged, plain)
	tm := map[int]struct {
		N int `n`
	}{1: {2}}
	fmt.Println((map[int]struct{ N int })(tm)[1].N)

	var p P
	println(p)
	p = &p
	println(*p == p)
}
