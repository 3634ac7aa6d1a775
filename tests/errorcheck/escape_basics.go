// errorcheck -0 -m -l

// go2cpp's own escape analysis checks (scripts/escapecheck runs them as
// Go's test/run.go runs errorcheck files): each ERROR comment is what gc
// 1.19 prints with -m -l for that line, and go2cpp must print the same.

package escape

type node struct {
	v    int
	next *node
}

var sink *node
var sinkInt *int

func leak(n *node) { // ERROR "leaking param: n$"
	sink = n
}

func read(n *node) int { // ERROR "n does not escape"
	return n.v
}

func identity(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0"
	return p
}

func content(pp **int) { // ERROR "leaking param content: pp"
	sinkInt = *pp
}

func stays() int {
	t := &node{v: 1} // ERROR "&node{...} does not escape"
	x := 2
	p := identity(&x)
	q := new(int) // ERROR "new\(int\) does not escape"
	*q = *p
	return read(t) + *q
}

func escapes() *node {
	y := 3 // ERROR "moved to heap: y"
	sinkInt = &y
	leak(&node{v: 4}) // ERROR "&node{...} escapes to heap"
	return &node{v: 5} // ERROR "&node{...} escapes to heap"
}

func loop() int {
	var last *node
	n := 0
	for i := 0; i < 3; i++ {
		last = &node{v: i, next: last} // ERROR "&node{...} escapes to heap"
		cur := &node{v: i}              // ERROR "&node{...} does not escape"
		n += cur.v
	}
	return n + last.v
}

func sliced() int {
	var buf [16]byte
	s := buf[:4]
	return len(s)
}

func slicedAway() []byte {
	var buf [16]byte // ERROR "moved to heap: buf"
	return buf[:4]
}
