// A call with several results as the whole argument list of append, copy,
// delete and of methods (value, pointer, interface, promoted receivers):
// the results become the arguments, converted where the parameter is an
// interface, and the receiver is evaluated before the call.
package main

import "fmt"

var trace []string

func note(s string) { trace = append(trace, s) }

func sliceAndTwo() ([]int, int, int) { note("sliceAndTwo"); return []int{1}, 2, 3 }
func anysAndInt() ([]any, int)       { return []any{"x"}, 4 }
func bytesAndString(b []byte) ([]byte, string) { return b, "hey" }
func mapAndKey(m map[string]int) (map[string]int, string) { return m, "b" }
func pair() (int, int)                         { note("pair"); return 10, 20 }

type Counter struct{ sum int }

func (c *Counter) Add(a, b int)   { c.sum += a + b }
func (c Counter) Show(a, b int) string { return fmt.Sprint(c.sum, a, b) }

type Adder interface{ Add(a, b int) }

type Outer struct{ Counter }

type Sink struct{}

func (Sink) Put(a any, b fmt.Stringer) { fmt.Println("put", a, b) }

type name string

func (n name) String() string { return "name:" + string(n) }

func putArgs() (int, name) { return 7, "q" }

func counter(c *Counter) *Counter { note("receiver"); return c }

func main() {
	fmt.Println(append(sliceAndTwo()))
	fmt.Println(append(anysAndInt()))
	b := make([]byte, 2)
	n := copy(bytesAndString(b))
	fmt.Println(n, string(b))
	m := map[string]int{"a": 1, "b": 2}
	delete(mapAndKey(m))
	fmt.Println(m)

	var c Counter
	c.Add(pair())
	fmt.Println(c.sum, c.Show(pair()))
	var a Adder = &c
	a.Add(pair())
	o := Outer{}
	o.Add(pair())
	fmt.Println(c.sum, o.sum)
	Sink{}.Put(putArgs())

	trace = nil
	counter(&c).Add(pair())
	fmt.Println(trace, c.sum)
}
