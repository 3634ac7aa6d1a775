// sync/atomic's functions, typed atomics and Value, with gc's panics for
// misuse of Value.
package main

import (
	"fmt"
	"sync/atomic"
)

type config struct{ name string }

func try(what string, f func()) {
	defer func() { fmt.Println(what, "->", recover()) }()
	f()
}

func main() {
	var i32 int32
	var i64 int64
	var u32 uint32
	var u64 uint64
	var up uintptr
	fmt.Println(atomic.AddInt32(&i32, -5), atomic.AddInt64(&i64, 1<<40), atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint64(&u64, 7), atomic.AddUintptr(&up, 3))
	fmt.Println(atomic.CompareAndSwapInt32(&i32, -5, 5), atomic.CompareAndSwapInt32(&i32, -5, 6), atomic.LoadInt32(&i32))
	fmt.Println(atomic.SwapInt64(&i64, 2), atomic.LoadInt64(&i64), atomic.SwapUint32(&u32, 1), atomic.LoadUint32(&u32))
	atomic.StoreUint64(&u64, 1<<63)
	atomic.StoreUintptr(&up, 99)
	fmt.Println(atomic.LoadUint64(&u64), atomic.LoadUintptr(&up), atomic.CompareAndSwapUint64(&u64, 1<<63, 1), u64)

	var a atomic.Int32
	var b atomic.Int64
	var c atomic.Uint32
	var d atomic.Uint64
	var e atomic.Uintptr
	var f atomic.Bool
	fmt.Println(a.Add(3), b.Add(-4), c.Add(5), d.Add(6), e.Add(7), f.Load())
	fmt.Println(a.Swap(10), a.Load(), a.CompareAndSwap(10, 11), a.CompareAndSwap(10, 12), a.Load())
	b.Store(100)
	fmt.Println(b.Load(), f.Swap(true), f.Load(), f.CompareAndSwap(true, false), f.Load())

	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(&config{"first"})
	fmt.Println(v.Load().(*config).name)
	old := v.Swap(&config{"second"})
	fmt.Println(old.(*config).name, v.Load().(*config).name)
	var s atomic.Value
	fmt.Println(s.CompareAndSwap(nil, "a"), s.CompareAndSwap("b", "c"), s.CompareAndSwap("a", "c"), s.Load())
	try("store nil", func() { v.Store(nil) })
	try("store other type", func() { v.Store(config{"x"}) })
	try("swap nil", func() { v.Swap(nil) })
	try("swap other type", func() { v.Swap(1) })
	try("cas nil", func() { s.CompareAndSwap("c", nil) })
	try("cas mixed", func() { s.CompareAndSwap("c", 1) })
	try("cas other type", func() { s.CompareAndSwap(1, 2) })
	try("nil address", func() {
		var p *int32
		atomic.AddInt32(p, 1)
	})
}
