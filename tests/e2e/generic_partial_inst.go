// Partial instantiation as a value: the constraints' core types give the
// missing type arguments (f := f2[byte] with B interface{ []A }).
package main

import "fmt"

func f2[A any, B interface{ []A }](a A, b B) string {
	return fmt.Sprintf("%T %T %v %v", a, b, a, len(b))
}

func f4[A any, B interface{ []C }, C interface{ *A }](_ A, b B, c C) int {
	return len(b) + len(fmt.Sprint(*c))
}

type Ints []int

func sum[S ~[]E, E int | float64](s S) (t E) {
	for _, v := range s {
		t += v
	}
	return
}

func main() {
	f := f2[byte]
	fmt.Println(f(0, []byte{1, 2}))
	g := f4[int]
	x := 5
	fmt.Println(g(x, []*int{&x, nil}, &x))
	h := sum[Ints]
	fmt.Println(h(Ints{1, 2, 3}))
}
