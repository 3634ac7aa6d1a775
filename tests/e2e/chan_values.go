// Channel values: buffered semantics, len and cap, close and the
// comma-ok receive, directional types and conversions between them,
// channels as map keys, struct fields and interface values, equality,
// nil channels in select, and the panics of close and send.
package main

import "fmt"

type pipe struct {
	name string
	ch   chan int
}

func fill(c chan<- int, n int) {
	for i := 0; i < n; i++ {
		c <- i
	}
}

func drain(c <-chan int) (sum int) {
	for len(c) > 0 {
		sum += <-c
	}
	return
}

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func main() {
	c := make(chan int, 5)
	fmt.Println(len(c), cap(c))
	fill(c, 4)
	fmt.Println(len(c), cap(c), drain(c))

	c <- 7
	c <- 8
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok, <-c)

	var send chan<- int = c
	var recv <-chan int = c
	fmt.Println(send == c, recv == c, c == nil)

	p1 := pipe{"a", make(chan int, 1)}
	p2 := pipe{"a", p1.ch}
	p3 := pipe{"a", make(chan int, 1)}
	fmt.Println(p1 == p2, p1 == p3)

	owners := map[chan int]string{p1.ch: "one", p3.ch: "three"}
	fmt.Println(len(owners), owners[p2.ch], owners[p3.ch], owners[nil] == "")

	var x interface{} = p1.ch
	var y interface{} = p2.ch
	var z interface{} = recv
	fmt.Println(x == y, x == z)
	fmt.Printf("%T %T %T\n", x, z, send)
	switch t := z.(type) {
	case chan int:
		fmt.Println("chan int", t == nil)
	case <-chan int:
		fmt.Println("<-chan int", cap(t))
	}
	if _, isRecv := x.(<-chan int); !isRecv {
		fmt.Println("a chan int is not a <-chan int")
	}

	strs := make(chan string, 3)
	strs <- "x"
	strs <- "y"
	close(strs)
	for s := range strs {
		fmt.Print(s, " ")
	}
	fmt.Println()

	var nilc chan int
	select {
	case nilc <- 1:
		fmt.Println("sent on nil")
	case v := <-nilc:
		fmt.Println("received from nil", v)
	default:
		fmt.Println("nil channels are never ready")
	}

	type token struct{}
	empty := make(chan token, 2)
	empty <- token{}
	fmt.Println(len(empty))

	try("close nil", func() { close(nilc) })
	try("close twice", func() { close(c) })
	try("send on closed", func() { c <- 1 })
	try("negative size", func() {
		n := -1
		_ = make(chan int, n)
	})
}
