package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt(%d)", int(m)) }

func Concat[S ~string](a, b S) S { return a + b }

func Convert[From, To Number](x From) To { return To(x) }

func Double[T Number](x T) T { return x * 2 }

func Show[T any](x T) string { return fmt.Sprintf("%v/%T", x, x) }

func main() {
	fmt.Println(Max(3, 7), Max(2.5, 1.5), Max[int64](10, 20))
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}))
	fmt.Println(Sum([]MyInt{4, 5}))
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) }))
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]int{1}, 5))
	fmt.Println(Concat("foo", "bar"))
	fmt.Println(Convert[int, float64](3) / 2)
	m := Max[float64]
	fmt.Println(m(1, 2))
	fmt.Printf("%T %v\n", Max(MyInt(1), 2), Max(MyInt(1), 2))
	fmt.Println(Double(21), Double(1.25), Double(MyInt(4)))
	fmt.Println(Show(1), Show("s"), Show(MyInt(3)), Show([]int{1}), Show([]MyInt{2}))
}
