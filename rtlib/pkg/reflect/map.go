// This file implements the map operations of reflect.Value over the
// map_ops of a map type's descriptor (go/map_type.hpp): MapIndex,
// MapKeys, MapRange, SetMapIndex, MakeMap.
package reflect

import "unsafe"

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

// MakeMapWithSize creates a new map with the specified type and initial
// space for approximately n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	p := unsafe_New(t)
	*(*unsafe.Pointer)(p) = makemap(t, n)
	return Value{t, p, 0}
}

// MapOf returns the map type with the given key and element types.
func MapOf(key, elem Type) Type {
	if !key.Comparable() {
		panic("reflect.MapOf: invalid key type " + key.String())
	}
	return descMapOf(key.common(), elem.common())
}

// MapIndex returns the value associated with key in the map v, or the
// zero Value if key is not found in the map or if v represents a nil map.
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	key = key.assignTo("reflect.Value.MapIndex", descKey(v.typ))
	e := mapaccess(v.typ, v.ptr, key.ptr)
	if e == nil {
		return Value{}
	}
	return v.copyOfElem(e)
}

// copyOfElem is a Value of a copy of the map's element at e (the table may
// move it later).
func (v Value) copyOfElem(e unsafe.Pointer) Value {
	t := descElem(v.typ)
	p := unsafe_New(t)
	typedmemmove(t, p, e, 1)
	return Value{t, p, v.flag & flagRO}
}

// MapKeys returns a slice containing all the keys present in the map, in
// unspecified order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	keys, _ := mapentries(v.typ, v.ptr)
	kt := descKey(v.typ)
	out := make([]Value, len(keys))
	for i, k := range keys {
		out[i] = Value{kt, k, v.flag & flagRO}
	}
	return out
}

// SetMapIndex sets the element associated with key in the map v to elem;
// if elem is the zero Value, it deletes the key from the map.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "reflect.Value.SetMapIndex")
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.mustBeExported("reflect.Value.SetMapIndex")
	key = key.assignTo("reflect.Value.SetMapIndex", descKey(v.typ))
	if !elem.IsValid() {
		mapdelete(v.typ, v.ptr, key.ptr)
		return
	}
	elem.mustBeExported("reflect.Value.SetMapIndex")
	elem = elem.assignTo("reflect.Value.SetMapIndex", descElem(v.typ))
	mapassign(v.typ, v.ptr, key.ptr, elem.ptr)
}

// A MapIter is an iterator for ranging over a map. See Value.MapRange.
//
// It walks a snapshot of the keys taken by the first Next and skips the
// keys deleted since, as a range loop over the map would.
type MapIter struct {
	m       Value
	started bool
	keys    []unsafe.Pointer
	i       int
	elem    unsafe.Pointer
}

// MapRange returns a range iterator for a map.
func (v Value) MapRange() *MapIter {
	if v.kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.kind()})
	}
	return &MapIter{m: v}
}

// Next advances the map iterator and reports whether there is another
// entry. It returns false when iter is exhausted.
func (iter *MapIter) Next() bool {
	if !iter.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if !iter.started {
		iter.started = true
		iter.keys, _ = mapentries(iter.m.typ, iter.m.ptr)
		iter.i = -1
	} else if iter.i >= len(iter.keys) {
		panic("MapIter.Next called on exhausted iterator")
	}
	for iter.i++; iter.i < len(iter.keys); iter.i++ {
		if e := mapaccess(iter.m.typ, iter.m.ptr, iter.keys[iter.i]); e != nil {
			iter.elem = e
			return true
		}
	}
	return false
}

// Key returns the key of iter's current map entry.
func (iter *MapIter) Key() Value {
	if !iter.started {
		panic("MapIter.Key called before Next")
	}
	if iter.i >= len(iter.keys) {
		panic("MapIter.Key called on exhausted iterator")
	}
	return Value{descKey(iter.m.typ), iter.keys[iter.i], iter.m.flag & flagRO}
}

// Value returns the value of iter's current map entry.
func (iter *MapIter) Value() Value {
	if !iter.started {
		panic("MapIter.Value called before Next")
	}
	if iter.i >= len(iter.keys) {
		panic("MapIter.Value called on exhausted iterator")
	}
	return iter.m.copyOfElem(iter.elem)
}

// Reset modifies iter to iterate over v.
func (iter *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe(Map, "reflect.MapIter.Reset")
	}
	*iter = MapIter{m: v}
}
