package main

import "fmt"

type Int = int

type A = struct{ int }
type B = struct{ Int }

type T1 = struct {
	X int `json:"x"`
}
type T2 = struct {
	X int `json:"y"`
}
type T3 = struct {
	X int `json:"x"`
}

func main() {
	var x, y interface{} = A{}, B{}
	fmt.Println(x == y, x == A{}, y == B{})
	var t1, t2, t3 interface{} = T1{1}, T2{1}, T3{1}
	fmt.Println(t1 == t2, t1 == t3)
	{
		type C = int32
		x = struct{ C }{}
	}
	{
		type C = uint32
		y = struct{ C }{}
	}
	fmt.Println(x == y)
	{
		type D = int
		x = struct{ D }{}
	}
	{
		type D = int
		y = struct{ D }{}
	}
	fmt.Println(x == y)
	_, ok := x.(struct{ int })
	fmt.Println(ok)
	fmt.Printf("%T %T\n", A{}, B{})
}
