// Named channel and map types with methods, called through interfaces
// (their interface data word is the channel or map itself), and fmt
// recovering a panic in a String or Error method as gc's catchPanic does.
package main

import (
	"errors"
	"fmt"
)

type Queue chan int

func (q Queue) Put(x int) { q <- x }
func (q Queue) Get() int  { return <-q }
func (q Queue) String() string {
	return fmt.Sprintf("queue(%d/%d)", len(q), cap(q))
}

type Set map[string]bool

func (s Set) Add(k string)    { s[k] = true }
func (s Set) Has(k string) bool { return s[k] }
func (s Set) String() string  { return fmt.Sprint("set of ", len(s)) }

type PutGetter interface {
	Put(int)
	Get() int
}

type Int int

func (i Int) String() string { return fmt.Sprintf("Int=%d", int(i)) }

type Bad struct{ msg string }

func (b Bad) String() string { panic(b.msg) }

type BadErr struct{}

func (BadErr) Error() string { panic(errors.New("boom")) }

func main() {
	var pg PutGetter = make(Queue, 2)
	pg.Put(4)
	pg.Put(5)
	fmt.Println(pg.Get(), pg)
	var st fmt.Stringer = Set{}
	st.(Set).Add("a")
	fmt.Println(st, st.(Set).Has("a"), st.(Set).Has("b"))
	var any interface{} = Queue(nil)
	fmt.Println(any)

	var ip *Int
	fmt.Println(fmt.Stringer(ip))
	fmt.Printf("[%5v] [%s]\n", ip, ip)
	fmt.Println(Bad{"oops"})
	fmt.Printf("%v|%s|%d\n", Bad{"x"}, BadErr{}, Int(3))
}
