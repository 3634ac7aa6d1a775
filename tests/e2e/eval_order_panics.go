package main

import "fmt"

var x = 1

func f() int { x = 10; return 1 }

type S struct{ a, b int }

func g(p *int) int { *p = 5; return 2 }

func h(s *[]int) int { *s = nil; return 0 }

func try(name string, fn func()) {
	defer func() { fmt.Println(name, recover()) }()
	fn()
}

func get(a, b int) int { return a*100 + b }

func main() {
	y := x + f()
	fmt.Println(y)
	x = 1
	fmt.Println(get(x, f()))
	v := 3
	w := v + g(&v)
	fmt.Println(w, v)
	var l *interface{}
	var r []*int
	try("deref-index", func() { _ = *l == r[0] })
	try("index-deref", func() { _ = r[0] == *l })
	s := []int{1, 2}
	try("index-call", func() { _ = s[1] + h(&s) })
	var p *S
	a := []int{1}
	try("two", func() { fmt.Println(a[2] + p.a) })
	try("two2", func() { fmt.Println(p.a + a[2]) })
	try("args", func() { fmt.Println(get(a[3], *(*int)(nil))) })
	try("args2", func() { fmt.Println(get(*(*int)(nil), a[3])) })
	fmt.Println(get(recoverNone(), 1))
}

func recoverNone() int { return 7 }

func body(a, b, c interface{}) { fmt.Println("recovered:", a, b, c) }

func doubleRecover() interface{} { return recover() }

func recoverArgs() { body(doubleRecover(), recover(), recover()) }

func init() {
	defer func() { fmt.Println("after", recover()) }()
	func() {
		defer recoverArgs()
		panic("p")
	}()
}
