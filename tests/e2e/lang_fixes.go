package main

import "fmt"

type Kind uint16

type Valuer interface {
	Kind() Kind
}

type V struct{ k Kind }

func (v V) Kind() Kind { return v.k }

type Closer interface{ Close() }

type Buffer int

func (*Buffer) Close() {}

func h() (b *Buffer, ok bool) { return nil, true }

func i() (c Closer, ok bool) { return h() }

func consume(n int, a interface{}) { fmt.Println(n, a) }

func pair() (int, string) { return 7, "seven" }

func mustPanic(name string, f func()) {
	defer func() { fmt.Println(name, "panics:", recover()) }()
	f()
}

func main() {
	var ptrs []*int
	for i := range [3]int{} {
		ptrs = append(ptrs, &i)
	}
	for k := range []string{"a", "b"} {
		ptrs = append(ptrs, &k)
	}
	fmt.Println(*ptrs[0], *ptrs[2], *ptrs[3], ptrs[0] == ptrs[1], ptrs[3] == ptrs[4])

	var x Valuer = V{3}
	fmt.Println(x.Kind())

	c, ok := i()
	fmt.Println(c != nil, ok)
	var c2 Closer
	c2, ok = h()
	fmt.Println(c2 != nil, ok)
	consume(pair())

	s := make([]struct{}, 1<<62)
	fmt.Println(len(s))

	mustPanic("method value", func() {
		var cl Closer
		f := cl.Close
		fmt.Println("not reached", f != nil)
	})
	mustPanic("defer", func() {
		var cl Closer
		defer cl.Close()
		fmt.Println("not reached")
	})
	mustPanic("map key", func() {
		m := map[interface{}]int{}
		_ = m[[]int{}]
	})
}
