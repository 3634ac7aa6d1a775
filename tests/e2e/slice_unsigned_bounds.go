// Slice expressions with bounds of unsigned and narrow integer types: an
// out-of-range unsigned bound is reported as the unsigned number it is, a
// negative signed one as negative, as gc does.
package main

import "fmt"

func try(what string, f func()) {
	defer func() { fmt.Println(what, recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	a := [3]int{1, 2, 3}
	str := "abc"
	var big uint64 = 1<<64 - 1
	var u32 uint32 = 1<<32 - 1
	var u8 uint8 = 2
	var neg int8 = -1
	try("slice hi", func() { _ = s[0:big] })
	try("slice lo", func() { _ = s[big:] })
	try("slice lo:hi", func() { _ = s[big:2] })
	try("slice max", func() { _ = s[0:1:u32] })
	try("slice hi:max", func() { _ = s[0:big:3] })
	try("slice neg", func() { _ = s[neg:] })
	try("array hi", func() { _ = a[1:big] })
	try("array max", func() { _ = a[0:0:big] })
	try("string hi", func() { _ = str[0:big] })
	try("string lo", func() { _ = str[big:] })
	try("string neg", func() { _ = str[:neg] })
	fmt.Println(s[u8:], a[:u8], str[u8:], s[:u8:u8])
}
