package main

import (
	"fmt"
	"sort"
	"unicode"
)

// summary counts the code points of a table and hashes them, so that two
// tables with the same members print the same line.
func summary(t *unicode.RangeTable) (int, uint32) {
	n, h := 0, uint32(2166136261)
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.Is(t, r) {
			n++
			h = (h ^ uint32(r)) * 16777619
		}
	}
	return n, h
}

func show(title string, m map[string]*unicode.RangeTable) {
	names := make([]string, 0, len(m))
	for name := range m {
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println(title, len(names))
	for _, name := range names {
		n, h := summary(m[name])
		fmt.Printf("  %s %d %08x\n", name, n, h)
	}
}

func main() {
	show("Properties", unicode.Properties)
	show("FoldCategory", unicode.FoldCategory)
	show("FoldScript", unicode.FoldScript)
	fmt.Println(unicode.STerm == unicode.Sentence_Terminal, unicode.Is(unicode.Hyphen, '-'), unicode.Is(unicode.Dash, '—'))
	fmt.Println(unicode.In('A', unicode.ASCII_Hex_Digit), unicode.In('g', unicode.Hex_Digit, unicode.Ideographic), unicode.In('中', unicode.Ideographic))
	fmt.Println(unicode.Is(unicode.Regional_Indicator, 0x1F1E6), unicode.Is(unicode.Variation_Selector, 0xFE0F), unicode.Is(unicode.Pattern_White_Space, '\t'))
	fmt.Println(unicode.Is(unicode.FoldCategory["Lu"], 'a'), unicode.Is(unicode.FoldScript["Common"], 'µ'), unicode.Is(unicode.FoldCategory["Ll"], 'K'))
}
