// Package strconv against gc: integers in every base with gc's NumError
// texts, booleans, and the Quote/Unquote family.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-42), strconv.Itoa(9223372036854775807), strconv.Itoa(-9223372036854775808))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.FormatInt(-8, 2), strconv.FormatUint(18446744073709551615, 10), strconv.FormatUint(255, 2))
	fmt.Println(string(strconv.AppendInt([]byte("x="), -12, 10)), string(strconv.AppendUint(nil, 7, 8)), string(strconv.AppendBool([]byte("b:"), true)))
	for _, s := range []string{"0", "42", "-42", "+7", "", "-", "+", "12a", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", " 1", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	type pcase struct {
		s       string
		base    int
		bitSize int
	}
	for _, c := range []pcase{{"0x1F", 0, 64}, {"0o17", 0, 64}, {"0b101", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"1__0", 0, 64}, {"_1", 0, 64},
		{"0x_1f", 0, 64}, {"ff", 16, 64}, {"FF", 16, 8}, {"-129", 10, 8}, {"127", 10, 8}, {"128", 10, 8}, {"zz", 36, 64}, {"1", 1, 64},
		{"1", 37, 64}, {"1", 10, 65}, {"-0x10", 0, 16}, {"99999999999999999999", 10, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bitSize)
		fmt.Println(c.s, n, err)
	}
	for _, c := range []pcase{{"255", 10, 8}, {"256", 10, 8}, {"18446744073709551615", 10, 64}, {"18446744073709551616", 10, 64}, {"-1", 10, 64}, {"0xFFFF", 0, 16}} {
		n, err := strconv.ParseUint(c.s, c.base, c.bitSize)
		fmt.Println(c.s, n, err)
	}
	for _, s := range []string{"1", "t", "TRUE", "True", "0", "f", "FALSE", "no", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	_, err := strconv.Atoi("x")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, ne.Unwrap() == strconv.ErrSyntax)
	}
	for _, s := range []string{"hello", "tab\there", "quote\"back\\slash", "héllo 世界", "\x00\x7f\xff", "\u00a0\u2028\U0001F600", "\a\b\f\n\r\v", "\u0378", "'"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 'é', 0x2028, 0x1F600, -1, 0x110000, 0xD800, '\x00'} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r))
	}
	fmt.Println(string(strconv.AppendQuote([]byte("q:"), "a\"b")), string(strconv.AppendQuoteRune(nil, '☺')), string(strconv.AppendQuoteToASCII(nil, "☺")),
		string(strconv.AppendQuoteRuneToASCII(nil, '☺')), string(strconv.AppendQuoteToGraphic(nil, "\u00a0")), string(strconv.AppendQuoteRuneToGraphic(nil, '\u00a0')))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\u00a0'), strconv.IsGraphic('\u00a0'), strconv.IsPrint(0x378), strconv.CanBackquote("a`b"), strconv.CanBackquote("\ufeff"))
	for _, s := range []string{`"abc"`, `"a\tb\u00e9\U0001F600\x41\101"`, "`raw\\n`", "`a\rb`", `'x'`, `'\n'`, `'ab'`, `"unterminated`, `"a"b"`, `'\''`, `"\'"`, `"\z"`, `"\xff"`, `"\uD800"`, `""`, `"a` + "\n" + `b"`, `x`, `'é'`, `"\400"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	fmt.Println(v, mb, tail, err)
	v, mb, tail, err = strconv.UnquoteChar(`"x`, '"')
	fmt.Println(v, mb, tail, err)
	fmt.Println(strconv.IntSize)
}
