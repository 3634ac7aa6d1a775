// fmt through interfaces: %v, %+v, %#v and %T of structs, nested values,
// pointers to structs (&{...} at the top only), slices and arrays of
// anything, nil interfaces and nil pointers, and the Error, String and
// GoString methods of the dynamic type.
package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Label    string
	Next     *Line
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("error %d", e.Code) }

type Secret string

func (s Secret) GoString() string { return "Secret(***)" }

type hidden struct{ t Temp }

type Wrapper struct {
	Any  interface{}
	List []Point
	Arr  [2]bool
}

func main() {
	p := Point{1, 2}
	l := Line{From: p, To: Point{3, 4}, Label: "a"}
	l2 := Line{Label: "b", Next: &l}
	fmt.Println(p, &p, l)
	fmt.Printf("%v|%+v|%#v\n", l, l, p)
	fmt.Printf("%v\n", l2.Next == &l)
	fmt.Printf("%T %T %T %T %T\n", p, &p, l, []Point{}, [3]int{})
	fmt.Println([]Point{{1, 2}, {3, 4}}, []*Point{nil}, [2]string{"x", "y"})
	fmt.Println(Temp(36.6), []Temp{1, 2}, hidden{3})
	var err error = &MyErr{7}
	fmt.Println(err)
	fmt.Printf("%v %s %d\n", err, err, MyErr{8})
	fmt.Printf("%v %#v %s\n", Secret("pw"), Secret("pw"), Secret("pw"))
	var none interface{}
	var np *Point
	fmt.Println(none, np)
	fmt.Printf("%v %+v %d %T\n", none, np, none, none)
	w := Wrapper{Any: p, List: []Point{{5, 6}}, Arr: [2]bool{true, false}}
	fmt.Printf("%v\n%+v\n%#v\n", w, w, w)
	fmt.Printf("%#v %#v %#v\n", []int(nil), []string{"a"}, [1]Temp{})
	fmt.Printf("%x %X %o %q\n", p, []int{10, 11}, Point{8, 9}, []string{"a", "b"})
	fmt.Printf("%d %!\n", "str")
	fmt.Print(p, p, "s", 1, 2, "\n")
	var e2 error
	fmt.Println(e2 == nil, err != nil)
}
