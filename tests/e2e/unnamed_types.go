package main

import "fmt"

type P struct {
	x, y int
}

type Shower interface{ Show() string }

func (p P) Show() string { return fmt.Sprint("P", p.x, p.y) }

var glob struct {
	n    int
	name string
}

func pair() struct{ a, b int } { return struct{ a, b int }{1, 2} }

func show(s interface{ Show() string }) { fmt.Println(s.Show()) }

func main() {
	var v struct{ x, y int }
	v.x = 3
	var p P = v
	fmt.Println(p, v, p == v)
	p = P(v)
	q := struct{ x, y int }(p)
	fmt.Println(q)
	list := []struct {
		k string
		v int
	}{{"a", 1}, {"b", 2}}
	for _, e := range list {
		fmt.Println(e.k, e.v)
	}
	fmt.Printf("%v %+v %T\n", list[0], list[1], list[0])
	m := map[struct{ a, b int }]string{}
	m[pair()] = "x"
	fmt.Println(m[struct{ a, b int }{1, 2}], len(m))
	glob.n = 5
	glob.name = "g"
	fmt.Println(glob)
	var i interface{} = v
	fmt.Println(i == interface{}(struct{ x, y int }{3, 0}))
	show(p)
	var s interface{ Show() string } = p
	var s2 Shower = s
	fmt.Println(s2.Show(), s == s2)
	type local struct{ a int }
	var e struct {
		P
		z int
	}
	e.x = 7
	fmt.Println(e.Show(), e)
	fmt.Printf("%T\n", s)
}
