// reflect.Type over the runtime's descriptors: kinds, names, package
// paths, elements, struct fields with tags and embedding, method counts,
// assignability, convertibility, identity.
package main

import (
	"fmt"
	"reflect"
)

type Celsius float64

type Point struct {
	X, Y int `json:"y" xml:"why"`
	name string
}

type Inner struct{ A int }

type Outer struct {
	Inner
	*Point
	B string `k:"v"`
}

type Stringer interface{ String() string }

func (c Celsius) String() string { return fmt.Sprint(float64(c), "C") }
func (p *Point) Move(dx int)      { p.X += dx }
func (p Point) Norm() int         { return p.X*p.X + p.Y*p.Y }
func (p Point) hidden()           {}

func main() {
	for _, v := range []any{1, int8(2), "s", 3.5, Celsius(2), Point{}, &Point{}, []int{1}, [3]string{}, map[string]bool{}, make(chan int), make(<-chan Point), true, complex64(1), uintptr(1)} {
		t := reflect.TypeOf(v)
		fmt.Printf("%-20s kind=%-8v name=%q pkg=%q size=%d align=%d comparable=%v\n", t.String(), t.Kind(), t.Name(), t.PkgPath(), t.Size(), t.Align(), t.Comparable())
	}
	fmt.Println(reflect.TypeOf(nil) == nil)
	t := reflect.TypeOf(Point{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag, f.Offset, f.Index, f.Anonymous, f.PkgPath, f.IsExported(), f.Tag.Get("json"), f.Tag.Get("xml"))
	}
	o := reflect.TypeOf(Outer{})
	for _, name := range []string{"A", "X", "B", "name", "Nope", "Inner"} {
		f, ok := o.FieldByName(name)
		fmt.Println(name, ok, f.Name, f.Index, f.Type)
	}
	fmt.Println(o.Field(2).Tag.Lookup("k"))
	fmt.Println(o.FieldByIndex([]int{1, 0}).Name)
	fmt.Println(reflect.TypeOf(&Point{}).Elem() == t, reflect.TypeOf([]Point{}).Elem() == t)
	fmt.Println(reflect.TypeOf(map[string]Celsius{}).Key(), reflect.TypeOf(map[string]Celsius{}).Elem())
	fmt.Println(reflect.TypeOf([5]int{}).Len(), reflect.TypeOf(make(chan<- int)).ChanDir(), reflect.TypeOf(make(chan int)).ChanDir())
	fmt.Println(t.NumMethod(), reflect.TypeOf(&Point{}).NumMethod(), reflect.TypeOf(Celsius(0)).NumMethod())
	st := reflect.TypeOf((*Stringer)(nil)).Elem()
	fmt.Println(st, st.Kind(), st.NumMethod(), st.Name(), st.PkgPath())
	fmt.Println(reflect.TypeOf(Celsius(0)).Implements(st), reflect.TypeOf(Point{}).Implements(st))
	et := reflect.TypeOf((*error)(nil)).Elem()
	fmt.Println(et, et.Name(), et.PkgPath(), et.Kind())
	fmt.Println(reflect.TypeOf(Celsius(0)).AssignableTo(reflect.TypeOf(0.0)), reflect.TypeOf(Celsius(0)).ConvertibleTo(reflect.TypeOf(0.0)))
	fmt.Println(reflect.TypeOf(3).ConvertibleTo(reflect.TypeOf("")), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte{})), reflect.TypeOf(3).ConvertibleTo(reflect.TypeOf(Point{})))
	fmt.Println(reflect.TypeOf(Celsius(0)).AssignableTo(st), reflect.TypeOf(3).AssignableTo(reflect.TypeOf((*any)(nil)).Elem()))
	fmt.Println(reflect.TypeOf(0).Bits(), reflect.TypeOf(complex64(0)).Bits())
	fmt.Println(reflect.PtrTo(t), reflect.PtrTo(t) == reflect.TypeOf(&Point{}), reflect.SliceOf(t) == reflect.TypeOf([]Point{}))
	fmt.Println(reflect.TypeOf(struct {
		A int `tag:"x"`
		b []string
	}{}))
	var k reflect.Kind = 99
	fmt.Println(reflect.Ptr, reflect.Struct, reflect.UnsafePointer, k, reflect.Invalid)
	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.TypeOf(3).Elem()
}
