// The strings functions that take func values, against gc.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", notLetter))
	fmt.Printf("%q\n", strings.FieldsFunc("", notLetter))
	fmt.Println(strings.IndexFunc("Hello, 世界", unicode.IsUpper), strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.LastIndexFunc("go 123", unicode.IsDigit), strings.LastIndexFunc("go", unicode.IsDigit))
	fmt.Printf("%q %q %q\n", strings.TrimFunc("¡¡¡Hello, Gophers!!!", notLetter), strings.TrimLeftFunc("123abc456", unicode.IsDigit), strings.TrimRightFunc("123abc456", unicode.IsDigit))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, " a b\tc\xff "))
}
