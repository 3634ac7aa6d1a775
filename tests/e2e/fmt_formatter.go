package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// point formats itself: %v as (x,y), %d with the flags and width it was given.
type point struct{ x, y int }

func (p point) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('#') {
			fmt.Fprintf(f, "point{%d,%d}", p.x, p.y)
			return
		}
		if f.Flag('+') {
			fmt.Fprintf(f, "(x=%d,y=%d)", p.x, p.y)
			return
		}
		fmt.Fprintf(f, "(%d,%d)", p.x, p.y)
	default:
		w, wok := f.Width()
		pr, pok := f.Precision()
		fmt.Fprintf(f, "[%c w=%d/%t p=%d/%t flags=", verb, w, wok, pr, pok)
		for _, c := range "-+# 0" {
			if f.Flag(int(c)) {
				io.WriteString(f, string(c))
			}
		}
		f.Write([]byte("]"))
	}
}

// loud has a String method too: Format wins.
type loud string

func (l loud) String() string { return "string:" + string(l) }
func (l loud) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "format:%s", string(l))
}

// bomb panics half-way through its Format.
type bomb struct{}

func (bomb) Format(f fmt.State, verb rune) {
	f.Write([]byte("partial "))
	panic("boom")
}

type nilFormatter struct{ n int }

func (p *nilFormatter) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "n=%d", p.n)
}

type gs int

func (g gs) GoString() string { return "gs!" }

func main() {
	p := point{1, 2}
	fmt.Println(p)
	fmt.Printf("%v %+v %#v %s\n", p, p, p, p)
	fmt.Printf("%d|%-8.3x|%+05o|% q\n", p, p, p, p)
	fmt.Printf("%*.*d\n", 6, 2, p)
	fmt.Println([]point{{1, 2}, {3, 4}}, map[string]point{"a": {5, 6}})
	fmt.Printf("%v\n", struct{ P point }{p})
	fmt.Println(loud("x"), fmt.Sprint(loud("y")))
	fmt.Println(bomb{})
	var np *nilFormatter
	fmt.Println(np, &nilFormatter{7})
	fmt.Printf("%#v %v\n", gs(1), gs(2))
	fmt.Println(fmt.Errorf("wrapped: %w", errors.New("inner")))

	// The results of the Print family and Append*.
	n, err := fmt.Println("hello", 42)
	fmt.Println(n, err)
	n, err = fmt.Printf("%05d\n", 7)
	fmt.Println(n, err)
	n, err = fmt.Print("a", "b", 1, 2, "\n")
	fmt.Println(n, err)
	b := fmt.Append([]byte("x="), 1, 2, "s")
	b = fmt.Appendf(b, " %q", "q")
	b = fmt.Appendln(b, " end", 3)
	os.Stdout.Write(b)

	// The family as function values.
	var printers = []func(...any) (int, error){fmt.Print, fmt.Println}
	for _, pr := range printers {
		pr("via", "value\n")
	}
	sp := fmt.Sprintf
	fmt.Println(sp("%x", 255), fmt.Sprint(1, 2), fmt.Sprintln("ln"))
	var _ fmt.Formatter = p
	var st fmt.Stringer = loud("z")
	fmt.Println(st.String())
}
