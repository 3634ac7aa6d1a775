// Struct types: declaration order (a struct held by value comes first),
// positional and keyed literals, pointers, new, field access through a
// pointer, comparison, methods with value and pointer receivers, and
// defined non-struct types.
package main

import "fmt"

type Segment struct {
	From, To Point
	Label    string
}

type Point struct {
	X, Y int
}

type Celsius float64

type Node struct {
	Value int
	Next  *Node
}

func push(head *Node, v int) *Node {
	return &Node{Value: v, Next: head}
}

func (p Point) Add(q Point) Point {
	p.X += q.X
	p.Y += q.Y
	return p
}

func (n *Node) Len() int {
	count := 0
	for ; n != nil; n = n.Next {
		count++
	}
	return count
}

func (s *Segment) Rename(label string) { s.Label = label }

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	seg := Segment{From: p, To: q, Label: "s"}
	fmt.Println(p.X, p.Y, q.X, q.Y, seg.Label, seg.To.Y)
	fmt.Println(p == q, p == Point{1, 2})

	var list *Node
	for i := 1; i <= 3; i++ {
		list = push(list, i)
	}
	for n := list; n != nil; n = n.Next {
		fmt.Print(n.Value, " ")
	}
	fmt.Println(list.Len())

	sum := p.Add(q)
	fmt.Println(sum.X, sum.Y, p.X)
	seg.Rename("t")
	sp := &Segment{Label: "u"}
	sp.Rename(sp.Label + seg.Label)
	fmt.Println(seg.Label, sp.Label)

	pp := new(Point)
	pp.X = 4
	fmt.Println(pp.X, (*pp).Y)

	var t Celsius = 36.6
	fmt.Println(t*2, float64(t) > 30)
}
