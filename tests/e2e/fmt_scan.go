package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

type celsius float64
type level int8
type name string
type blob []byte

// pair scans itself from "a:b".
type pair struct{ a, b string }

func (p *pair) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r != ':' && r != ' ' && r != '\n' })
	if err != nil {
		return err
	}
	p.a = string(tok)
	r, _, err := st.ReadRune()
	if err != nil {
		return err
	}
	if r != ':' {
		return errors.New("pair: want ':'")
	}
	tok, err = st.Token(false, nil)
	p.b = string(tok)
	w, ok := st.Width()
	if ok {
		p.b += fmt.Sprint("/w", w)
	}
	return err
}

func main() {
	var i int
	var s string
	var f float64
	var b bool
	n, err := fmt.Sscan("42 hello 3.5 true", &i, &s, &f, &b)
	fmt.Println(n, err, i, s, f, b)

	// Newlines: space for Sscan, an end for Sscanln.
	var x, y int
	n, err = fmt.Sscan("1\n\n 2", &x, &y)
	fmt.Println("Sscan:", n, err, x, y)
	n, err = fmt.Sscanln("1\n2", &x, &y)
	fmt.Println("Sscanln:", n, err)
	n, err = fmt.Sscanln("5 6 7", &x, &y)
	fmt.Println("Sscanln extra:", n, err)
	n, err = fmt.Sscanln("8 9  \n", &x, &y)
	fmt.Println("Sscanln ok:", n, err, x, y)

	// Bases, signs, overflow, errors.
	var i8 int8
	var u16 uint16
	var u uint
	for _, in := range []string{"0x1F", "-0b101", "0o17", "017", "1_000", "+7", "abc", "", "   ", "300", "-129"} {
		i8, i = 0, 0
		n1, err1 := fmt.Sscan(in, &i)
		n2, err2 := fmt.Sscan(in, &i8)
		fmt.Printf("%q: %d %v %d | %d %v %d\n", in, n1, err1, i, n2, err2, i8)
	}
	n, err = fmt.Sscan("70000", &u16)
	fmt.Println(n, err, u16)
	n, err = fmt.Sscan("-1", &u)
	fmt.Println(n, err, u)

	// Scanf verbs and widths.
	var r1, r2 rune
	var h int
	var q string
	n, err = fmt.Sscanf("ab ff 0101 \"quo\\\"ted\"", "%c%c %x %b %q", &r1, &r2, &h, &i, &q)
	fmt.Println(n, err, string(r1), string(r2), h, i, q)
	var s1, s2 string
	n, err = fmt.Sscanf("abcdefgh", "%3s%5s", &s1, &s2)
	fmt.Println(n, err, s1, s2)
	n, err = fmt.Sscanf("12345", "%2d%3d", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("age: 30, name: bob", "age: %d, name: %s", &i, &s)
	fmt.Println(n, err, i, s)
	n, err = fmt.Sscanf("100%", "%d%%", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("x=1", "y=%d", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d %d", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d %d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("true", "%d", &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("hello", "%d", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("68656c6c6f", "%x", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("U+263A", "%U", &r1)
	fmt.Println(n, err, string(r1))
	n, err = fmt.Sscanf("5", "%d %", &i)
	fmt.Println(n, err)

	// Floats, complex, bools.
	var f32 float32
	var c complex128
	for _, in := range []string{"1e3", "-0x1p-2", "1.5p3", "inf", "-Inf", "NaN", "1_0.5", "1e", ".5", "x"} {
		n, err = fmt.Sscan(in, &f)
		fmt.Println(in, n, err, f)
	}
	n, err = fmt.Sscan("3.4e39", &f32)
	fmt.Println(n, err, f32)
	n, err = fmt.Sscan("(1+2i) 3-4.5i", &c, &c)
	fmt.Println(n, err, c)
	n, err = fmt.Sscan("1+", &c)
	fmt.Println(n, err)
	for _, in := range []string{"T", "false", "0", "1", "tr", "trUe", "fal"} {
		b = false
		n, err = fmt.Sscan(in, &b)
		fmt.Println(in, n, err, b)
	}

	// Defined types, bytes, Scanner.
	var temp celsius
	var lv level
	var nm name
	var bl blob
	var by []byte
	n, err = fmt.Sscan("21.5 -3 gopher xyz raw", &temp, &lv, &nm, &bl, &by)
	fmt.Println(n, err, temp, lv, nm, string(bl), string(by))
	n, err = fmt.Sscanf("7", "%d", &temp)
	fmt.Println(n, err, temp)
	var p1, p2 pair
	n, err = fmt.Sscan("k:v  key:value", &p1, &p2)
	fmt.Println(n, err, p1, p2)
	n, err = fmt.Sscanf("a:bcdef", "%4v", &p1)
	fmt.Println(n, err, p1)
	n, err = fmt.Sscan("a-b", &p1)
	fmt.Println(n, err)

	// Operands that are not pointers, or of types scanning cannot fill.
	n, err = fmt.Sscan("1", i)
	fmt.Println(n, err)
	var m map[string]int
	n, err = fmt.Sscan("1", &m)
	fmt.Println(n, err)

	// Fscan from a reader that is not a RuneScanner and one that is.
	rd := io.MultiReader(strings.NewReader("10 20\n30"))
	var a1, a2, a3 int
	n, err = fmt.Fscan(rd, &a1, &a2, &a3)
	fmt.Println(n, err, a1, a2, a3)
	br := bufio.NewReader(strings.NewReader("1 2\n3 4\n"))
	for {
		n, err = fmt.Fscanln(br, &a1, &a2)
		if err != nil {
			fmt.Println("end:", n, err)
			break
		}
		fmt.Println("line:", a1, a2)
	}
	n, err = fmt.Fscanf(strings.NewReader("v=3;"), "v=%d;", &a1)
	fmt.Println(n, err, a1)
	n, err = fmt.Sscan("", &a1)
	fmt.Println(n, err, err == io.EOF)
	n, err = fmt.Sscan("5", &a1, &a2)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
}
