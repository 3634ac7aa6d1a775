package main

import "fmt"

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] {
	return &List[T]{next: l, val: v}
}

func (l *List[T]) Len() int {
	n := 0
	for ; l != nil; l = l.next {
		n++
	}
	return n
}

func (l *List[T]) Each(f func(T)) {
	for ; l != nil; l = l.next {
		f(l.val)
	}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() T {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack[T]) Size() int { return len(s) }

type Sizer interface{ Size() int }

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type Point struct{ X, Y int }

func main() {
	var l *List[int]
	l = l.Push(1).Push(2).Push(3)
	fmt.Println(l.Len())
	l.Each(func(v int) { fmt.Print(v, " ") })
	fmt.Println()
	p := MakePair("a", 1)
	fmt.Println(p, p.String())
	fmt.Printf("%T %v %+v\n", p, p, Pair[string, Point]{"pt", Point{1, 2}})
	var s Stack[string]
	s.Push("x")
	s.Push("y")
	fmt.Println(s.Pop(), s.Size())
	var sz Sizer = s
	fmt.Println(sz.Size())
	fmt.Printf("%T\n", s)
	var t *Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		t = t.Insert(w)
	}
	t.Walk(func(s string) { fmt.Print(s) })
	fmt.Println()
	m := map[Pair[string, int]]bool{{"a", 1}: true}
	fmt.Println(m[Pair[string, int]{"a", 1}], m[Pair[string, int]{"b", 1}])
	var x any = Pair[int, int]{1, 2}
	if q, ok := x.(Pair[int, int]); ok {
		fmt.Println("pair", q.Key)
	}
	fmt.Printf("%T\n", &List[Point]{})
}
