// A struct's methods take and return a named interface declared after the
// struct (chan/powser2.go's item): the interface is a C++ struct, so the
// header must declare it before the struct's member prototypes name it.
package main

import "fmt"

type rat struct{ num, den int64 }

func (r *rat) eq(o item) bool {
	p := o.(*rat)
	return r.num == p.num && r.den == p.den
}

func (r *rat) self() item { return r }

func (r *rat) String() string { return fmt.Sprintf("%d/%d", r.num, r.den) }

type item interface {
	eq(o item) bool
	self() item
}

type holder struct {
	items chan item
}

func main() {
	a, b := &rat{1, 2}, &rat{1, 2}
	fmt.Println(a.eq(b), a.self().eq(&rat{2, 3}))
	h := holder{make(chan item, 1)}
	h.items <- a
	fmt.Println(<-h.items)
}
