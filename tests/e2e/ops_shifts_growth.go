// Shifts with Go's rules (over-wide counts give 0 or -1), append's growth
// as gc's, range over invalid UTF-8 and goto.
package main

import "fmt"

func main() {
	var i8 int8 = -5
	var u8 uint8 = 200
	var i64 int64 = -1 << 40
	for _, c := range []uint{0, 1, 7, 8, 9, 63, 64, 65, 200} {
		fmt.Println(c, i8>>c, i8<<c, u8>>c, u8<<c, i64>>c, i64<<c, uint32(1)<<c)
	}
	big := ^uint64(0)
	fmt.Println(1<<big>>big, -1>>big, int32(-7)>>big)

	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Print(cap(s), " ")
			last = cap(s)
		}
	}
	fmt.Println()
	b := append([]byte{}, make([]byte, 5)...)
	fmt.Println(len(b), cap(b))
	st := append([]string(nil), "a", "b", "c")
	fmt.Println(len(st), cap(st))
	type big3 struct{ a, b, c int64 }
	bs := append([]big3{}, big3{}, big3{})
	fmt.Println(len(bs), cap(bs))
	bs = append(bs, make([]big3, 7)...)
	fmt.Println(len(bs), cap(bs))

	bad := "a\xffb\xe2\x82c\xf0\x9f\x98\x80\xed\xa0\x80"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	fmt.Println([]rune(bad), len([]rune(bad)))

	n := 0
loop:
	if n < 3 {
		n++
		goto loop
	}
	fmt.Println("goto", n)
	i := 0
	goto check
body:
	fmt.Print(i, " ")
	i += 2
check:
	if i < 7 {
		goto body
	}
	fmt.Println()
}
