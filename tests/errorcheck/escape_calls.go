// errorcheck -0 -m -l

// Calls: parameter tags of callees analyzed first, recursive functions
// analyzed together (a value reaching another function's result counts as
// leaking to the heap, as in gc), method receivers, implicit conversions
// to interfaces, and what the analysis does not follow.

package escape

type buffer struct {
	data []byte
}

// The shape of fasta's w.line(row[:m]): the method copies its argument.
func (b *buffer) write(p []byte) { // ERROR "leaking param content: b" "p does not escape"
	b.data = append(b.data, p...)
}

func fill(b *buffer) { // ERROR "leaking param content: b"
	var row [60]byte
	for i := range row {
		row[i] = 'a'
	}
	b.write(row[:10])
}

func even(p *int, n int) *int { // ERROR "leaking param: p$"
	if n == 0 {
		return p
	}
	return odd(p, n-1)
}

func odd(q *int, n int) *int { // ERROR "leaking param: q$"
	if n == 0 {
		return q
	}
	return even(q, n-1)
}

func recursion() int {
	x := 1 // ERROR "moved to heap: x"
	return *even(&x, 4)
}

var sinkAny interface{}

func boxes(n int) {
	var i interface{} = n // ERROR "n does not escape"
	_ = i
	sinkAny = n // ERROR "n escapes to heap"
}

type counter struct{ n int }

func (c *counter) inc() { c.n++ } // ERROR "c does not escape"

func methods() int {
	var c counter
	c.inc()
	return c.n
}

func unknown(f func(*int), ch chan *int) { // ERROR "f does not escape" "ch does not escape"
	a := 1 // ERROR "moved to heap: a"
	f(&a)
	b := 2 // ERROR "moved to heap: b"
	ch <- &b
}
