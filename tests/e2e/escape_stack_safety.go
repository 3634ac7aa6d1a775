// Pointers that outlive their frame must point to the heap: each case below
// would print garbage (or crash) if the escape analysis kept the value on
// the stack. Between creating and using the pointers, deep recursion and a
// collection overwrite dead stack frames and free unreachable objects.
package main

import (
	"fmt"
	"runtime"
	"sort"
)

type node struct {
	v    int
	next *node
}

var global *node
var globalInt *int
var globalInts sort.IntSlice

//go:noinline
func clobber(n int) int {
	var junk [64]int
	for i := range junk {
		junk[i] = -n
	}
	if n == 0 {
		return junk[3]
	}
	return clobber(n-1) + junk[n%64]
}

func settle() {
	clobber(200)
	runtime.GC()
	clobber(200)
}

func returned(v int) *node { return &node{v: v} }

func returnedLocal(v int) *int {
	x := v
	return &x
}

func storedInGlobal(v int) {
	n := node{v: v}
	global = &n
	x := v * 2
	globalInt = &x
	// Through a conversion to a named slice type.
	var arr [3]int
	arr[0], arr[1], arr[2] = v, v+1, v+2
	globalInts = sort.IntSlice(arr[:])
}

func list(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{v: i, next: head}
	}
	return head
}

func appended(n int) []*int {
	var out []*int
	for i := 0; i < n; i++ {
		x := i * 10
		out = append(out, &x)
	}
	return out
}

func sent(ch chan *node, v int) {
	n := node{v: v}
	ch <- &n
}

func captured() (func() int, func()) {
	count := 0
	p := &count
	return func() int { return *p }, func() { *p++ }
}

func goroutine(done chan int) {
	x := 41
	p := &x
	go func() {
		settle()
		*p++
		done <- *p
	}()
}

func viaParam(p **node, v int) { *p = &node{v: v} }

func keptAcrossIterations() int {
	var prev *node
	sum := 0
	for i := 1; i <= 4; i++ {
		cur := &node{v: i}
		if prev != nil {
			sum += prev.v * 100
		}
		sum += cur.v
		prev = cur
	}
	return sum
}

// Pointers that never leave their function: kept on the stack, and still
// correct (a fresh value each iteration, zeroed by new).
func local() int {
	total := 0
	for i := 0; i < 5; i++ {
		p := new(int)
		*p += i
		t := &node{v: *p}
		total += t.v
	}
	var arr [8]int
	for i := range arr[:] {
		arr[i] = i
	}
	s := arr[2:5]
	sort.Sort(sort.Reverse(sort.IntSlice(s)))
	return total*1000 + s[0]*100 + s[1]*10 + s[2]
}

func main() {
	a := returned(7)
	b := returnedLocal(8)
	storedInGlobal(9)
	l := list(4)
	ps := appended(3)
	ch := make(chan *node, 1)
	sent(ch, 11)
	get, inc := captured()
	var vp *node
	viaParam(&vp, 12)
	done := make(chan int)
	goroutine(done)
	settle()

	fmt.Println(a.v, *b, global.v, *globalInt, globalInts)
	for n := l; n != nil; n = n.next {
		fmt.Print(n.v, " ")
	}
	fmt.Println()
	fmt.Println(*ps[0], *ps[1], *ps[2])
	fmt.Println((<-ch).v, vp.v)
	inc()
	inc()
	fmt.Println(get())
	fmt.Println(<-done)
	fmt.Println(keptAcrossIterations())
	fmt.Println(local())
}
