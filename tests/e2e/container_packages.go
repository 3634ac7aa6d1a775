// container/heap, container/list and container/ring as gc runs them: a
// priority queue with Fix and Remove, list moves and splices, ring links.
package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
)

type item struct {
	name     string
	priority int
	index    int
}

type queue []*item

func (q queue) Len() int            { return len(q) }
func (q queue) Less(i, j int) bool  { return q[i].priority > q[j].priority }
func (q queue) Swap(i, j int)       { q[i], q[j] = q[j], q[i]; q[i].index = i; q[j].index = j }
func (q *queue) Push(x any)         { it := x.(*item); it.index = len(*q); *q = append(*q, it) }
func (q *queue) Pop() any           { old := *q; n := len(old); it := old[n-1]; *q = old[:n-1]; it.index = -1; return it }

type ints []int

func (h ints) Len() int           { return len(h) }
func (h ints) Less(i, j int) bool { return h[i] < h[j] }
func (h ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ints) Push(x any)        { *h = append(*h, x.(int)) }
func (h *ints) Pop() any          { old := *h; n := len(old); x := old[n-1]; *h = old[:n-1]; return x }

func printList(l *list.List) {
	fmt.Print(l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" |")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	h := &ints{5, 2, 8, 1, 9, 3, 3, 7}
	heap.Init(h)
	fmt.Println(*h)
	heap.Push(h, 0)
	heap.Push(h, 6)
	(*h)[2] = 100
	heap.Fix(h, 2)
	removed := heap.Remove(h, 3)
	fmt.Println(removed, *h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	q := queue{}
	for i, n := range []string{"banana", "apple", "pear", "fig", "kiwi"} {
		q = append(q, &item{name: n, priority: (i * 7) % 5, index: i})
	}
	heap.Init(&q)
	it := &item{name: "orange", priority: 1}
	heap.Push(&q, it)
	it.priority = 5
	heap.Fix(&q, it.index)
	for q.Len() > 0 {
		x := heap.Pop(&q).(*item)
		fmt.Printf("%d:%s ", x.priority, x.name)
	}
	fmt.Println()

	var l list.List // the zero List is usable
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	printList(&l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	printList(&l)
	l.MoveBefore(e1, e4)
	l.MoveAfter(e4, l.Back())
	printList(&l)
	fmt.Println(l.Remove(e4), e4.Next() == nil, l.Remove(e4))
	other := list.New()
	other.PushBack("a")
	other.PushBack("b")
	l.PushBackList(other)
	l.PushFrontList(&l)
	printList(&l)
	fmt.Println(l.InsertAfter(9, other.Front()) == nil)
	l.Init()
	printList(&l)

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show := func(r *ring.Ring) {
		fmt.Print(r.Len(), ":")
		r.Do(func(v any) { fmt.Print(" ", v) })
		fmt.Println()
	}
	show(r)
	show(r.Move(-2))
	cut := r.Unlink(2)
	show(r)
	show(cut)
	s := ring.New(2)
	s.Value, s.Next().Value = "x", "y"
	r.Link(s)
	show(r)
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, ring.New(0) == nil, (*ring.Ring)(nil).Len())
}
