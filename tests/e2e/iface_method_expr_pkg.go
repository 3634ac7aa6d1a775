// Method expressions on interface types of other packages: fmt.Stringer.String,
// os.Signal.Signal (a method named like its type), io.Writer.Write.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"
)

type name string

func (n name) String() string { return "name:" + string(n) }

func main() {
	str := fmt.Stringer.String
	fmt.Println(str(name("x")))
	fmt.Printf("%T\n", str)
	sig := os.Signal.String
	fmt.Println(sig(syscall.SIGINT))
	mark := os.Signal.Signal
	mark(os.Interrupt)
	fmt.Printf("%T\n", mark)
	var s os.Signal = os.Interrupt
	value := s.Signal // a method value of the same method
	value()
	fmt.Printf("%T\n", value)
	var b strings.Builder
	write := io.Writer.Write
	n, err := write(&b, []byte("hello"))
	fmt.Println(n, err, b.String())
	fmt.Println(error.Error(io.EOF))
}
