// The whole of unicode/utf8, compared with gc: valid, invalid, short and
// overlong sequences, surrogates, the limits of each length.
package main

import (
	"fmt"
	"unicode/utf8"
)

func decodeAll(s string) {
	b := []byte(s)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		r2, size2 := utf8.DecodeRune(b[i:])
		fmt.Printf("%d:%X/%d ", i, r, size)
		if r != r2 || size != size2 {
			fmt.Print("MISMATCH ")
		}
		i += size
	}
	fmt.Println()
	for j := len(s); j > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		r2, size2 := utf8.DecodeLastRune(b[:j])
		fmt.Printf("%d:%X/%d ", j, r, size)
		if r != r2 || size != size2 {
			fmt.Print("MISMATCH ")
		}
		j -= size
	}
	fmt.Println()
	fmt.Println("count", utf8.RuneCountInString(s), utf8.RuneCount(b), "valid", utf8.ValidString(s), utf8.Valid(b),
		"full", utf8.FullRuneInString(s), utf8.FullRune(b))
}

func main() {
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	inputs := []string{
		"", "a", "héllo, 世界", "\U0001F600!", "\xff", "\xc0\x80", "\xc1\xbf", "\xc2\x80", "\xdf\xbf",
		"\xe0\x80\x80", "\xe0\x9f\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xed\xa0\x80", "\xef\xbf\xbf",
		"\xf0\x8f\xbf\xbf", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80",
		"\xe4\xb8", "\xe4", "\xf0\x9f\x98", "a\x80b", "\x80\x80\x80\x80\x80", "\xef\xbf\xbd", "x\xe4\xb8",
		"\xf0\x9f\x98\x80\x80", "\xe4\xb8\x96\xe4",
	}
	for _, s := range inputs {
		fmt.Printf("% x\n", s)
		decodeAll(s)
	}
	for _, s := range []string{"\xe0", "\xe0\x80", "\xe0\xa0", "\xed\xa0", "\xf0\x80", "\xf0\x90", "\xf0\x90\x80", "\xf0\x90\x41", "\xf4\x90", "\xc2"} {
		fmt.Println("full", utf8.FullRuneInString(s), utf8.FullRune([]byte(s)))
	}
	runes := []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1}
	for _, r := range runes {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r), n, buf[:n], utf8.AppendRune([]byte("x"), r))
	}
	var out []byte
	for _, r := range "añ€😀" {
		out = utf8.AppendRune(out, r)
	}
	fmt.Println(string(out), len(out))
	for _, b := range []byte{0, 0x7f, 0x80, 0xbf, 0xc0, 0xff} {
		fmt.Print(utf8.RuneStart(b), " ")
	}
	fmt.Println()
}
