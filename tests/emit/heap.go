// Locals whose address is taken (&x, a slice of a local array, a
// pointer-receiver call) live on the heap, so their addresses stay valid
// after the function returns.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func bump(p *int) { *p += 10 }

func addr(x int) *int { return &x }

func keep() []int {
	var a [4]int
	a[1] = 7
	return a[:]
}

func main() {
	x := 1
	p := &x
	*p = 5
	bump(&x)
	fmt.Println(x, *p, *addr(3), keep())
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c.n)
	pts := []*int{}
	for i := 0; i < 3; i++ {
		v := i * i
		pts = append(pts, &v)
	}
	fmt.Println(*pts[0], *pts[1], *pts[2])
	arr := [3]int{1, 2, 3}
	q := &arr[1]
	*q = 20
	fmt.Println(arr)
}
