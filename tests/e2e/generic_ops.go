package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f", float64(c)) + "C" }

type Name struct{ First, Last string }

func (n Name) String() string { return n.First + " " + n.Last }

type Counter struct{ n int }

func (c *Counter) Set(v int) { c.n = v }
func (c *Counter) String() string { return "counter " + strconv.Itoa(c.n) }

func Join[T Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

type Setter[T any] interface {
	*T
	Set(int)
}

func MakeAll[T any, PT Setter[T]](n int) []T {
	out := make([]T, n)
	for i := range out {
		PT(&out[i]).Set(i * 10)
	}
	return out
}

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return "int " + strconv.Itoa(v)
	case string:
		return "string " + v
	case fmt.Stringer:
		return "stringer " + v.String()
	}
	return fmt.Sprintf("other %T", x)
}

func First[S ~[]E, E any](s S) (E, bool) {
	if len(s) == 0 {
		var zero E
		return zero, false
	}
	return s[0], true
}

func Reverse[S ~[]E, E any](s S) S {
	out := make(S, len(s))
	for i, v := range s {
		out[len(s)-1-i] = v
	}
	return out
}

func Keys[K comparable, V any](m map[K]V) int {
	n := 0
	for range m {
		n++
	}
	return n
}

type Ints []int

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Apply[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func Ptr[T any](v T) *T { return &v }

func Equal[T comparable](a, b T) bool { return a == b }

func main() {
	fmt.Println(Join([]Celsius{1.5, 20}, ", "))
	fmt.Println(Join([]Name{{"Ada", "Lovelace"}, {"Alan", "Turing"}}, "; "))
	cs := MakeAll[Counter](3)
	fmt.Println(cs[2].n, len(cs))
	fmt.Println(Join([]*Counter{&cs[0], &cs[1]}, ","))
	fmt.Println(Describe(42), Describe("hi"), Describe(Celsius(3)), Describe(2.5))
	v, ok := First(Ints{7, 8})
	fmt.Println(v, ok)
	_, ok = First([]string{})
	fmt.Println(ok)
	r := Reverse(Ints{1, 2, 3})
	fmt.Printf("%v %T\n", r, r)
	fmt.Println(Keys(map[string]int{"a": 1, "b": 2}))
	fmt.Println(Filter([]int{1, 2, 3, 4}, func(i int) bool { return i%2 == 0 }))
	fmt.Println(Apply(3, func(i int) int { return i + 1 }, func(i int) int { return i * 10 }))
	p := Ptr(5)
	*p++
	fmt.Println(*p, *Ptr("s"))
	fmt.Println(Equal(Name{"a", "b"}, Name{"a", "b"}), Equal(1.5, 2.0))
}
