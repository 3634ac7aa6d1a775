package main

import "fmt"

type I interface{ Foo() int }

type myint int

func (x myint) Foo() int { return int(x) }

type myfloat float64

func (x myfloat) Foo() int { return int(x * 10) }

func Kind[T any](i any) string {
	switch x := i.(type) {
	case T:
		return fmt.Sprintf("T(%v)", x)
	case int:
		return "int"
	default:
		return "other"
	}
}

func As[T any](i any) (T, bool) {
	v, ok := i.(T)
	return v, ok
}

func Must[T any](i any) T { return i.(T) }

func Concat[S ~string | ~[]byte](buf []byte, s S) []byte { return append(buf, s...) }

func Str[T ~string | ~[]byte | ~[]rune](x T) string { return string(x) }

func main() {
	fmt.Println(Kind[myint](myint(3)), Kind[myint](4), Kind[myint](myfloat(1)))
	fmt.Println(Kind[I](myint(5)), Kind[I](myfloat(0.5)), Kind[I]("s"))
	fmt.Println(Kind[any](nil), Kind[fmt.Stringer](1))
	v, ok := As[string]("hi")
	fmt.Println(v, ok)
	n, ok := As[int]("hi")
	fmt.Println(n, ok)
	f, ok := As[I](myfloat(2))
	fmt.Println(f.Foo(), ok)
	_, ok = As[I](7)
	fmt.Println(ok)
	fmt.Println(Must[myint](myint(9)) + 1)
	b := Concat([]byte("ab"), "cd")
	b = Concat(b, []byte("ef"))
	fmt.Println(string(b), Str("x"), Str([]byte("yz")), Str([]rune("é")))
	defer func() { fmt.Println("recovered:", recover()) }()
	Must[string](1)
}
