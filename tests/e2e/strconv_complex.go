package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, c := range []complex128{complex(1, 2), complex(-1.5, -0.25), complex(0, 0), complex(1e21, 1e-7)} {
		fmt.Println(strconv.FormatComplex(c, 'g', -1, 128), strconv.FormatComplex(c, 'f', 2, 64), strconv.FormatComplex(c, 'e', 3, 128))
	}
	for _, s := range []string{
		"1+2i", "(1+2i)", "-3.5-4i", "2i", "-i", "i", "3", "(3)", "1e3+1e-3i", "0x1p3+0x1p-2i",
		"NaN", "NaN+NaNi", "+Inf-Infi", "inf+infinityi", "1++2i", "1+2", "1+2j", "(1+2i", "1_000+2_0i",
		"1e400+1i", "1+1e400i", "1e40+1i", "", "+", "1+2ii", "infi", "1.5e", "0x1.8p1-0x2p0i", ".5-.5i", "1__0+1i",
	} {
		c, err := strconv.ParseComplex(s, 128)
		c64, err64 := strconv.ParseComplex(s, 64)
		fmt.Printf("%q: %v %v | %v %v\n", s, c, err, c64, err64)
	}
	for _, s := range []string{
		`"hello" world`, "`raw` rest", `'a'b`, `'\n'x`, `"esc\"aped" tail`, `"\u263a"!`, `"unterminated`,
		`"bad\q"`, `''`, `'ab'`, "\"new\nline\"", `x"no"`, `"`, "`open", `"\xff"z`, `'\''`,
	} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q -> %q %v\n", s, p, err)
	}
}
