// Package unicode against gc: the classes and case mappings of every code
// point (as a checksum), a sample printed in full, SimpleFold orbits.
package main

import (
	"fmt"
	"unicode"
)

// initialized from unicode's tables before main's own initializers run.
var upperA = unicode.IsUpper('Ä')

func classes(r rune) string {
	names := []string{"L", "U", "l", "T", "D", "N", "S", "P", "C", "G", "p", "M", "Y"}
	oks := []bool{unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r),
		unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r),
		unicode.IsControl(r), unicode.IsGraphic(r), unicode.IsPrint(r), unicode.IsMark(r),
		unicode.IsSymbol(r)}
	s := ""
	for i, ok := range oks {
		if ok {
			s += names[i]
		}
	}
	return s
}

func main() {
	fmt.Println(upperA, unicode.Version, unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
	sum := 0
	for r := rune(-1); r < 0x110005; r++ {
		h := 0
		for i, ok := range []bool{unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r),
			unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsControl(r),
			unicode.IsGraphic(r), unicode.IsPrint(r), unicode.IsMark(r), unicode.IsSymbol(r)} {
			if ok {
				h |= 1 << i
			}
		}
		sum = sum*31 + h + int(unicode.ToUpper(r)) + 3*int(unicode.ToLower(r)) + 5*int(unicode.ToTitle(r)) + 7*int(unicode.SimpleFold(r))
		sum %= 1000000007
	}
	fmt.Println("checksum", sum)
	for _, r := range []rune{'a', 'Z', '5', ' ', '\t', 0x85, 0xA0, 0xAD, 'ß', 'µ', 'ǅ', 'Σ', 'ς', 'ﬀ', '٣', 'Ⅻ', '€', '‿', '😀', 0x1F1E6, 0x10400, 0x2028, 0x3000, 0xFFFD, 0xE000, 0xD800, 0x10FFFF, -5} {
		fmt.Printf("%U %s %U %U %U %U\n", r, classes(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	for _, r := range []rune{'A', 'a', 'K', 'k', 0x212A, 'S', 's', 0x17F, 0x1C4, 0x1C5, 0x1C6, 0x130, 0x131, 'i', 'I', 0x3A3, 0x3C2, 0x3C3} {
		fmt.Printf("%U:", r)
		for f, n := unicode.SimpleFold(r), 0; f != r && n < 5; f, n = unicode.SimpleFold(f), n+1 {
			fmt.Printf(" %U", f)
		}
		fmt.Println()
	}
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'), unicode.To(unicode.TitleCase, 0x1C6), unicode.To(7, 'x'))
	fmt.Println(unicode.In('x', unicode.Digit, unicode.Letter), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit}, 'x'))
}
