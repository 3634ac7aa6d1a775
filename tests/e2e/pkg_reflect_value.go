// reflect.Value: reading and setting through pointers, fields, indices,
// maps and interfaces; New, Zero, MakeSlice, Append, Copy, Convert,
// Swapper; and gc's panic texts for misuse.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Point struct {
	X, Y  int
	label string
	Tags  []string
}

type Celsius float64

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	f()
}

func main() {
	v := reflect.ValueOf(42)
	fmt.Println(v.Kind(), v.Int(), v.Type(), v.CanSet(), v.CanAddr(), v.Interface(), v.IsValid(), v.IsZero())
	fmt.Println(reflect.ValueOf("hi").String(), reflect.ValueOf(3).String(), reflect.Value{}.String(), reflect.ValueOf(uint8(7)).Uint(), reflect.ValueOf(float32(1.5)).Float(), reflect.ValueOf(2+3i).Complex(), reflect.ValueOf(true).Bool())

	p := Point{1, 2, "a", []string{"t"}}
	pv := reflect.ValueOf(&p).Elem()
	fmt.Println(pv.Kind(), pv.NumField(), pv.CanSet(), pv.Field(0).CanSet(), pv.Field(2).CanSet(), pv.Field(2).CanInterface())
	pv.Field(0).SetInt(10)
	pv.FieldByName("Y").Set(reflect.ValueOf(20))
	pv.Field(3).Index(0).SetString("u")
	fmt.Println(p, pv.Field(2).String(), pv.Field(3).Len())
	x := reflect.ValueOf(&p).Elem().Addr().Interface().(*Point)
	x.X = 11
	fmt.Println(p.X)

	s := []int{3, 1, 2}
	sv := reflect.ValueOf(s)
	sv.Index(1).SetInt(5)
	fmt.Println(s, sv.Len(), sv.Cap(), sv.Index(2).CanSet(), sv.Slice(1, 3).Interface(), sv.Slice3(0, 1, 2).Cap())
	sv = reflect.Append(sv, reflect.ValueOf(9), reflect.ValueOf(8))
	fmt.Println(sv.Interface(), sv.Len(), sv.Cap())
	sv = reflect.AppendSlice(sv, reflect.ValueOf([]int{7, 6}))
	fmt.Println(sv.Interface())
	ms := reflect.MakeSlice(reflect.TypeOf([]string{}), 2, 5)
	ms.Index(0).SetString("zero")
	fmt.Println(ms.Interface(), ms.Len(), ms.Cap())
	dst := make([]int, 2)
	fmt.Println(reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]int{4, 5, 6})), dst)
	arr := [3]int{1, 2, 3}
	av := reflect.ValueOf(&arr).Elem()
	av.Index(2).SetInt(30)
	fmt.Println(arr, av.Len(), av.Slice(0, 2).Interface())
	fmt.Println(reflect.ValueOf("héllo").Index(1).Uint(), reflect.ValueOf("hello").Slice(1, 3).Interface())

	m := map[string]int{"a": 1, "b": 2}
	mv := reflect.ValueOf(m)
	fmt.Println(mv.Len(), mv.MapIndex(reflect.ValueOf("b")), mv.MapIndex(reflect.ValueOf("z")).IsValid())
	mv.SetMapIndex(reflect.ValueOf("c"), reflect.ValueOf(3))
	mv.SetMapIndex(reflect.ValueOf("a"), reflect.Value{})
	keys := mv.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	fmt.Println(m, len(keys), keys[0], keys[1])
	var pairs []string
	for it := mv.MapRange(); it.Next(); {
		pairs = append(pairs, fmt.Sprint(it.Key(), "=", it.Value()))
	}
	sort.Strings(pairs)
	fmt.Println(pairs)
	nm := reflect.MakeMap(reflect.TypeOf(map[int]string{}))
	nm.SetMapIndex(reflect.ValueOf(1), reflect.ValueOf("one"))
	fmt.Println(nm.Interface(), nm.Len())

	var e any = &p
	ev := reflect.ValueOf(&e).Elem()
	fmt.Println(ev.Kind(), ev.Elem().Kind(), ev.Elem().Elem().Field(0).Int(), ev.IsNil())
	ev.Set(reflect.ValueOf("now a string"))
	fmt.Println(e)
	var np *Point
	fmt.Println(reflect.ValueOf(np).IsNil(), reflect.ValueOf(np).Elem().IsValid(), reflect.ValueOf([]int(nil)).IsNil(), reflect.ValueOf(map[int]int(nil)).Len())

	nv := reflect.New(reflect.TypeOf(Point{}))
	nv.Elem().Field(1).SetInt(7)
	fmt.Println(nv.Type(), nv.Elem().Interface(), reflect.Zero(reflect.TypeOf(Point{})).Interface(), reflect.Indirect(nv).Type())
	fmt.Println(reflect.ValueOf(Celsius(36.6)).Convert(reflect.TypeOf(0.0)).Interface(), reflect.ValueOf(65).Convert(reflect.TypeOf("")).Interface(),
		reflect.ValueOf(int8(-1)).Convert(reflect.TypeOf(uint16(0))).Interface(), reflect.ValueOf("abc").Convert(reflect.TypeOf([]byte{})).Interface(),
		reflect.ValueOf(2.9).Convert(reflect.TypeOf(0)).Interface(), reflect.ValueOf(3).Convert(reflect.TypeOf((*any)(nil)).Elem()).Kind())
	words := []string{"c", "a", "b"}
	sw := reflect.Swapper(words)
	sw(0, 2)
	fmt.Println(words)
	fmt.Println(reflect.ValueOf(Point{}).IsZero(), reflect.ValueOf(p).IsZero(), reflect.ValueOf([2]int{}).IsZero())
	fmt.Println(reflect.ValueOf(int8(0)).OverflowInt(200), reflect.ValueOf(uint8(0)).OverflowUint(200), reflect.ValueOf(float32(0)).OverflowFloat(1e40))

	try("Int", func() { reflect.ValueOf("s").Int() })
	try("SetInt", func() { reflect.ValueOf(3).SetInt(4) })
	try("unexported", func() { pv.Field(2).SetString("x") })
	try("Interface", func() { pv.Field(2).Interface() })
	try("zero", func() { reflect.Value{}.Type() })
	try("Elem", func() { reflect.ValueOf(3).Elem() })
	try("Index", func() { sv.Index(100) })
	try("Set", func() { pv.Field(0).Set(reflect.ValueOf("str")) })
	try("Field", func() { reflect.ValueOf(3).Field(0) })
	try("Convert", func() { reflect.ValueOf("s").Convert(reflect.TypeOf(0)) })
	try("IsNil", func() { reflect.ValueOf(3).IsNil() })
	try("Len", func() { reflect.ValueOf(3).Len() })
	try("nil map", func() {
		var nilm map[string]int
		reflect.ValueOf(nilm).SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1))
	})
}
