// Method values and method expressions: receivers evaluated and copied at
// creation, pointer receivers through &x, promoted and interface methods,
// methods of non-struct types, deferred interface method calls.
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Base struct{ N int }

func (b *Base) Inc()     { b.N++ }
func (b Base) Get() int  { return b.N }

type Outer struct {
	Base
	Name string
}

type Getter interface{ Get() int }

func main() {
	c := Celsius(21.5)
	f := c.String
	c = 0
	fmt.Println(f())
	g := Celsius.String
	fmt.Println(g(3))
	o := Outer{Base{1}, "o"}
	inc := o.Inc
	inc()
	inc()
	get := o.Get
	o.N = 50
	fmt.Println(get(), o.N)
	var gi Getter = o
	gf := gi.Get
	fmt.Println(gf())
	h := Getter.Get
	fmt.Println(h(Base{7}))
	p := &o
	pg := p.Get
	p.N = 3
	fmt.Println(pg())
	defer gi.Get()
	defer fmt.Println("bye")
}
