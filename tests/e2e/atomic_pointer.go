// Atomic pointers: the unsafe.Pointer functions and the 1.19 generic
// atomic.Pointer[T], shared between goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

type node struct {
	val  int
	next *node
}

// A lock-free stack on atomic.Pointer[node].
type stack struct{ head atomic.Pointer[node] }

func (s *stack) push(v int) {
	n := &node{val: v}
	for {
		old := s.head.Load()
		n.next = old
		if s.head.CompareAndSwap(old, n) {
			return
		}
	}
}

func main() {
	var p unsafe.Pointer
	a, b := 1, 2
	fmt.Println(atomic.LoadPointer(&p) == nil)
	atomic.StorePointer(&p, unsafe.Pointer(&a))
	fmt.Println(*(*int)(atomic.LoadPointer(&p)))
	old := atomic.SwapPointer(&p, unsafe.Pointer(&b))
	fmt.Println(*(*int)(old), *(*int)(p))
	fmt.Println(atomic.CompareAndSwapPointer(&p, unsafe.Pointer(&a), nil))
	swapped := atomic.CompareAndSwapPointer(&p, unsafe.Pointer(&b), nil)
	fmt.Println(swapped, p == nil)

	var ap atomic.Pointer[string]
	fmt.Println(ap.Load() == nil)
	s1, s2 := "one", "two"
	ap.Store(&s1)
	fmt.Println(*ap.Load(), *ap.Swap(&s2), *ap.Load())
	fmt.Println(ap.CompareAndSwap(&s1, nil), ap.CompareAndSwap(&s2, &s1), *ap.Load())

	var st stack
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				st.push(g*1000 + i)
			}
		}(g)
	}
	wg.Wait()
	count, sum := 0, 0
	for n := st.head.Load(); n != nil; n = n.next {
		count++
		sum += n.val
	}
	fmt.Println(count, sum)
}
