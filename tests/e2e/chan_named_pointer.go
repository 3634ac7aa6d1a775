// Fields selected through a defined pointer type (type PS *dch, as Go's
// chan/powser programs use it): Z.req is (*Z).req.
package main

import "fmt"

type dch struct {
	req chan int
	dat chan string
}

type PS *dch

func mk() PS {
	d := new(dch)
	d.req = make(chan int)
	d.dat = make(chan string, 1)
	return d
}

func main() {
	z := mk()
	go func(z PS) {
		n := <-z.req
		z.dat <- fmt.Sprint("request ", n)
	}(z)
	z.req <- 7
	fmt.Println(<-z.dat)
}
