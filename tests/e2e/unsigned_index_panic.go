package main

import "fmt"

// An out-of-range unsigned index is reported as the unsigned number it is;
// an append whose length would overflow int panics as gc's growslice.
func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	a := [3]int{}
	str := "abc"
	for _, i := range []uint64{2, 3, 1<<64 - 1} {
		try("slice", func() { _ = s[i] })
		try("array", func() { _ = a[i] })
		try("string", func() { _ = str[i] })
	}
	var u8 uint8 = 200
	try("uint8", func() { _ = s[u8] })
	big := make([]struct{}, int(^uint(0)>>1))
	try("append", func() { _ = append(big, struct{}{}) })
	try("append...", func() { _ = append(big, big...) })
}
