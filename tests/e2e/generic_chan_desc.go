// Descriptors of channel types inside generic code: assertions, type
// switches and %T.
package main

import "fmt"

func recv[T any](ch any) (T, bool) {
	c, ok := ch.(chan T)
	if !ok {
		var zero T
		return zero, false
	}
	return <-c, true
}

func kind[T any](x any) string {
	switch x.(type) {
	case chan T:
		return "chan"
	case chan<- T:
		return "send"
	case <-chan T:
		return "recv"
	}
	return "other"
}

func main() {
	c := make(chan int, 1)
	c <- 42
	fmt.Println(recv[int](c))
	fmt.Println(recv[string](c))
	var s chan<- string = make(chan string)
	var r <-chan string = make(chan string)
	fmt.Println(kind[int](c), kind[string](s), kind[string](r), kind[string](c))
	fmt.Printf("%T %T\n", s, r)
}
