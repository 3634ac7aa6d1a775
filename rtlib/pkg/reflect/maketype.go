// This file implements the types reflect makes at run time: ArrayOf and
// StructOf (SliceOf, PointerTo and MapOf are in type.go). A made type is a
// descriptor made by type.cpp, laid out by gc's rules for amd64, unless
// the program has a descriptor of that type already, which is then the
// one returned.
package reflect

import "strconv"

// ArrayOf returns the array type with the given length and element type.
func ArrayOf(length int, elem Type) Type {
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	e := elem.common()
	if s := e.Size(); s > 0 && uintptr(length) > ^uintptr(0)/s {
		panic("reflect.ArrayOf: array size would exceed virtual address space")
	}
	return makeArrayType(e, length)
}

// StructOf returns the struct type containing fields. The Offset and
// Index fields are ignored and computed as they would be by the compiler.
func StructOf(fields []StructField) Type {
	var size, maxAlign uintptr = 0, 1
	comparable := true
	pkgpath := ""
	n := len(fields)
	names, tags := make([]string, n), make([]string, n)
	types, offsets := make([]*rtype, n), make([]uintptr, n)
	seen := map[string]bool{}
	str := ""
	for i, f := range fields {
		if f.Name == "" {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no name")
		}
		if !isValidFieldName(f.Name) {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has invalid name")
		}
		if f.Type == nil {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no type")
		}
		if f.Anonymous {
			panic(unsupported("reflect.StructOf with embedded fields"))
		}
		if !isExportedName(f.Name) {
			if f.PkgPath == "" {
				panic("reflect.StructOf: field \"" + f.Name + "\" is unexported but missing PkgPath")
			}
			pkgpath = f.PkgPath
		}
		if seen[f.Name] && f.Name != "_" {
			panic("reflect.StructOf: duplicate field " + f.Name)
		}
		seen[f.Name] = true
		ft := f.Type.common()
		align := uintptr(ft.Align())
		if align > maxAlign {
			maxAlign = align
		}
		offset := (size + align - 1) &^ (align - 1)
		if offset < size || offset+ft.Size() < offset {
			panic("reflect.StructOf: struct size would exceed virtual address space")
		}
		size = offset + ft.Size()
		comparable = comparable && ft.Comparable()
		names[i], types[i], tags[i], offsets[i] = f.Name, ft, string(f.Tag), offset
		if i > 0 {
			str += ";"
		}
		str += " " + f.Name + " " + ft.String()
		if f.Tag != "" {
			str += " " + strconv.Quote(string(f.Tag))
		}
	}
	if n > 0 && size > 0 && types[n-1].Size() == 0 {
		// A final zero-size field gets a byte, so that its address stays
		// inside the struct (as gc lays it out).
		size++
	}
	size = (size + maxAlign - 1) &^ (maxAlign - 1)
	if n == 0 {
		str = "struct {}"
	} else {
		str = "struct {" + str + " }"
	}
	return makeStructType(str, size, maxAlign, comparable, pkgpath, names, types, tags, offsets)
}

// isValidFieldName: a Go identifier.
func isValidFieldName(name string) bool {
	for i, c := range name {
		if i == 0 && !isLetter(c) {
			return false
		}
		if !(isLetter(c) || '0' <= c && c <= '9' || c >= 0x80) {
			return false
		}
	}
	return len(name) > 0
}

func isLetter(c rune) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c >= 0x80
}
