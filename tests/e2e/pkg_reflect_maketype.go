// Types reflect makes at run time: ArrayOf, StructOf (layout, tags,
// identity with the program's own types), PointerTo and New keeping *T's
// method set.
package main

import (
	"fmt"
	"reflect"
)

type Counter int

func (c *Counter) Inc() int { *c++; return int(*c) }
func (c Counter) Get() int  { return int(c) }

type Incer interface{ Inc() int }

func main() {
	at := reflect.ArrayOf(3, reflect.TypeOf(""))
	av := reflect.New(at).Elem()
	av.Index(1).SetString("mid")
	fmt.Println(at, at.Len(), at.Size(), av.Interface().([3]string), at == reflect.TypeOf([3]string{}))
	big := reflect.ArrayOf(1000, reflect.TypeOf((*byte)(nil)))
	fmt.Println(big, big.Size(), big.Comparable(), reflect.ArrayOf(2, reflect.TypeOf([]int{})).Comparable())
	st := reflect.StructOf([]reflect.StructField{
		{Name: "A", Type: reflect.TypeOf(int8(0)), Tag: `json:"a"`},
		{Name: "B", Type: reflect.TypeOf(int64(0))},
		{Name: "c", PkgPath: "main", Type: reflect.TypeOf("")},
	})
	fmt.Println(st, st.Size(), st.Align(), st.Field(1).Offset, st.Field(2).Offset, st.Field(0).Tag.Get("json"), st.Field(2).PkgPath)
	sv := reflect.New(st).Elem()
	sv.Field(1).SetInt(42)
	fmt.Printf("%+v %v\n", sv.Interface(), sv.Interface() == reflect.Zero(st).Interface())
	fmt.Println(reflect.StructOf([]reflect.StructField{{Name: "X", Type: reflect.TypeOf(0)}}) == reflect.TypeOf(struct{ X int }{}))
	fmt.Println(reflect.StructOf(nil), reflect.StructOf(nil).Size())

	ct := reflect.TypeOf(Counter(0))
	pt := reflect.PointerTo(ct)
	fmt.Println(pt, pt.NumMethod(), ct.NumMethod(), pt.Implements(reflect.TypeOf((*Incer)(nil)).Elem()))
	p := reflect.New(ct).Interface()
	inc := p.(Incer)
	inc.Inc()
	n := inc.Inc()
	fmt.Println(n, *p.(*Counter))

	for _, fields := range [][]reflect.StructField{
		{{Name: "", Type: reflect.TypeOf(0)}},
		{{Name: "x", Type: reflect.TypeOf(0)}},
		{{Name: "A", Type: reflect.TypeOf(0)}, {Name: "A", Type: reflect.TypeOf(0)}},
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			reflect.StructOf(fields)
		}()
	}
}
