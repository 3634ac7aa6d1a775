package main

import (
	"fmt"
	"math"
	"strings"
)

type c struct{ cpp, got string }

func cquote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch == '"' || ch == '\\':
			b.WriteByte('\\')
			b.WriteByte(ch)
		case ch == '?':
			b.WriteString("\\?")
		case ch >= 0x20 && ch < 0x7f:
			b.WriteByte(ch)
		default:
			fmt.Fprintf(&b, "\\%03o", ch)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func main() {
	var i8 int8 = -5
	var u8 uint8 = 200
	var i64 int64 = -7
	var u16 uint16 = 65535
	var f32 float32 = 0.1
	var nilInts []int
	pointOne, pointTwo := 0.1, 0.2 // variables: constant 0.1+0.2 is exactly 0.3 in Go
	cases := []c{
		// Println / Print spacing and %v of basic values
		{`fmt::cpp::Sprintln(int_(1), int_(2), go::string("a"), go::string("b"), true)`, fmt.Sprintln(1, 2, "a", "b", true)},
		{`fmt::cpp::Sprint(int_(1), int_(2), go::string("a"), go::string("b"), int_(3), 1.5, go::string("c"))`, fmt.Sprint(1, 2, "a", "b", 3, 1.5, "c")},
		{`fmt::cpp::Sprintln(3.0, 0.1 + 0.2, 1e21, 1e20, 1e-5, 1e-4, 123456789.0, -0.0 * 1, 100.0)`, fmt.Sprintln(3.0, pointOne+pointTwo, 1e21, 1e20, 1e-5, 1e-4, 123456789.0, math.Copysign(0, -1), 100.0)},
		{`fmt::cpp::Sprintln(go::float32(0.1f), go::float32(1.0f / 3), 1.0 / 3, 2.5e-8, 1e100)`, fmt.Sprintln(f32, float32(1.0)/3, 1.0/3, 2.5e-8, 1e100)},
		{`fmt::cpp::Sprintln(std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(), std::nan(""))`, fmt.Sprintln(math.Inf(1), math.Inf(-1), math.NaN())},
		{`fmt::cpp::Sprintln(go::int8(-5), go::uint8(200), go::int64(-7), go::uint16(65535), std::numeric_limits<go::int_>::min(), std::numeric_limits<go::uint64>::max())`, fmt.Sprintln(i8, u8, i64, u16, math.MinInt64, uint64(math.MaxUint64))},
		{`fmt::cpp::Sprintln(sl<int_>({1, 2, 3}), sl<go::string>({"a", "b"}), go::slice<int_>{}, arr3, sl<go::byte>({1, 2}))`, fmt.Sprintln([]int{1, 2, 3}, []string{"a", "b"}, nilInts, [3]int{7, 8, 9}, []byte{1, 2})},
		{`fmt::cpp::Sprintln(nullptr, sl<double>({0.5, 2}), sl<bool>({true, false}))`, fmt.Sprintln(nil, []float64{0.5, 2}, []bool{true, false})},
		{`fmt::cpp::Sprint(go::string("x"), int_(1), int_(2), go::string("y"), go::string("z"))`, fmt.Sprint("x", 1, 2, "y", "z")},
		// integers
		{`fmt::cpp::Sprintf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%O|%b|%#b", int_(42), int_(42), int_(42), int_(-42), int_(42), int_(42), int_(255), int_(255), int_(255), int_(8), int_(8), int_(8), int_(5), int_(5))`, fmt.Sprintf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%O|%b|%#b", 42, 42, 42, -42, 42, 42, 255, 255, 255, 8, 8, 8, 5, 5)},
		{`fmt::cpp::Sprintf("%.3d|%8.3d|%.0d|%5.0d|%08.3d|%x|%-08d|%+05d", int_(7), int_(-7), int_(0), int_(0), int_(5), int_(-255), int_(3), int_(-3))`, fmt.Sprintf("%.3d|%8.3d|%.0d|%5.0d|%08.3d|%x|%-08d|%+05d", 7, -7, 0, 0, 5, -255, 3, -3)},
		{`fmt::cpp::Sprintf("%c|%c|%q|%q|%+q|%U|%#U|%c|%q", int_(65), go::rune(0x4e16), go::rune('x'), go::rune('\n'), go::rune(0x4e16), go::rune(0x4e16), go::rune(0x4e16), int_(-1), go::rune(0x7f))`, fmt.Sprintf("%c|%c|%q|%q|%+q|%U|%#U|%c|%q", 65, rune(0x4e16), 'x', '\n', rune(0x4e16), rune(0x4e16), rune(0x4e16), -1, rune(0x7f))},
		{`fmt::cpp::Sprintf("%v|%d|%x", go::uint64(18446744073709551615ull), go::uint8(200), go::int8(-128))`, fmt.Sprintf("%v|%d|%x", uint64(math.MaxUint64), u8, int8(-128))},
		// floats
		{`fmt::cpp::Sprintf("%f|%.2f|%8.3f|%-8.2f|%08.2f|%+.1f|% .1f|%e|%.3E|%g|%.3g|%G", 3.14159, 3.14159, 3.14159, 2.5, -2.5, 2.0, 2.0, 123456.789, 123456.789, 123456.789, 123456.789, 1e-7)`, fmt.Sprintf("%f|%.2f|%8.3f|%-8.2f|%08.2f|%+.1f|% .1f|%e|%.3E|%g|%.3g|%G", 3.14159, 3.14159, 3.14159, 2.5, -2.5, 2.0, 2.0, 123456.789, 123456.789, 123456.789, 123456.789, 1e-7)},
		{`fmt::cpp::Sprintf("%v|%.0f|%.0f|%.1f|%g|%g|%.2g|%#g|%#.3g|%#v|%5.1f", 1e6, 0.5, 1.5, 0.05, 1e-5, 100000.0, 1234.0, 1.0, 2.0, 1.0, std::nan(""))`, fmt.Sprintf("%v|%.0f|%.0f|%.1f|%g|%g|%.2g|%#g|%#.3g|%#v|%5.1f", 1e6, 0.5, 1.5, 0.05, 1e-5, 100000.0, 1234.0, 1.0, 2.0, 1.0, math.NaN())},
		{`fmt::cpp::Sprintf("%08.3f|%+08.3f|%8v|%-8v|%e|%.0e|%b|%b|%010v", -std::numeric_limits<double>::infinity(), 3.5, 1.25, 1.25, 0.0, 15.0, 1.0, go::float32(1.0f), std::numeric_limits<double>::infinity())`, fmt.Sprintf("%08.3f|%+08.3f|%8v|%-8v|%e|%.0e|%b|%b|%010v", math.Inf(-1), 3.5, 1.25, 1.25, 0.0, 15.0, 1.0, float32(1.0), math.Inf(1))},
		{`fmt::cpp::Sprintf("%.20f|%.30e|%g|%g|%v", 0.1, 1.0 / 3, 1e300 * 10, 5e-324, go::float32(16777216.0f))`, fmt.Sprintf("%.20f|%.30e|%g|%g|%v", 0.1, 1.0/3, 1e301, 5e-324, float32(16777216.0))},
		{`fmt::cpp::Sprintf("%x|%X|%.2x|%#x|%x|%x|%x|%8.3x|%.0x", 1.0, -3.0, 1.0 / 3, 0.0, 5e-324, go::float32(0.1f), 1e300, 255.5, 1.5)`, fmt.Sprintf("%x|%X|%.2x|%#x|%x|%x|%x|%8.3x|%.0x", 1.0, -3.0, 1.0/3, 0.0, 5e-324, f32, 1e300, 255.5, 1.5)},
		// strings
		{`fmt::cpp::Sprintf("%s|%10s|%-10s|%.2s|%q|%x|%X|% x|%#x|%# x|%5.1q|%05s", go::string("hi"), go::string("hi"), go::string("hi"), go::string("héllo"), go::string("a\"b\n\x01\xff€"), go::string("hi"), go::string("hi"), go::string("abc"), go::string("abc"), go::string("abc"), go::string("xyz"), go::string("ab"))`, fmt.Sprintf("%s|%10s|%-10s|%.2s|%q|%x|%X|% x|%#x|%# x|%5.1q|%05s", "hi", "hi", "hi", "héllo", "a\"b\n\x01\xff€", "hi", "hi", "abc", "abc", "abc", "xyz", "ab")},
		{`fmt::cpp::Sprintf("%#q|%#q|%+q|%v|%#v|%T|%T|%T|%T|%T", go::string("ab"), go::string("a\140b"), go::string("é\u00a0"), go::string(""), go::string("x\ty"), go::string("s"), int_(1), go::int64(1), go::byte(1), sl<go::rune>({}))`, fmt.Sprintf("%#q|%#q|%+q|%v|%#v|%T|%T|%T|%T|%T", "ab", "a`b", "é\u00a0", "", "x\ty", "s", 1, int64(1), byte(1), []rune{})},
		{`fmt::cpp::Sprintf("%t|%v|%5t|%T|%T|%T|%T", true, false, true, true, 1.5, go::float32(1), arr3)`, fmt.Sprintf("%t|%v|%5t|%T|%T|%T|%T", true, false, true, true, 1.5, float32(1), [3]int{7, 8, 9})},
		// slices with verbs
		{`fmt::cpp::Sprintf("%d|%x|%s|%q|%v|%5d|%s|%x|%X|%02x", sl<int_>({1, 2}), sl<int_>({10, 11}), sl<go::string>({"a", "b"}), sl<go::string>({"a", "b"}), sl<go::byte>({104, 105}), sl<int_>({1, 2}), sl<go::byte>({104, 105}), sl<go::byte>({104, 105}), sl<go::byte>({255}), sl<go::byte>({1, 2}))`, fmt.Sprintf("%d|%x|%s|%q|%v|%5d|%s|%x|%X|%02x", []int{1, 2}, []int{10, 11}, []string{"a", "b"}, []string{"a", "b"}, []byte("hi"), []int{1, 2}, []byte("hi"), []byte("hi"), []byte{255}, []byte{1, 2})},
		{`fmt::cpp::Sprintf("%#v|%#v|%#v|%#v|%#v|%#v", sl<int_>({1, 2}), go::slice<int_>{}, sl<go::string>({"a"}), arr3, go::uint_(10), true)`, fmt.Sprintf("%#v|%#v|%#v|%#v|%#v|%#v", []int{1, 2}, nilInts, []string{"a"}, [3]int{7, 8, 9}, uint(10), true)},
		// bad verbs, missing and extra operands, indexes, stars
		{`fmt::cpp::Sprintf("%d|%s|%t|%z|%!|%d", go::string("hi"), int_(5), int_(1), 1.5, int_(1), sl<go::string>({"a"}))`, fmt.Sprintf("%d|%s|%t|%z|%!|%d", "hi", 5, 1, 1.5, 1, []string{"a"})},
		{`fmt::cpp::Sprintf("%d %d", int_(1))`, fmt.Sprintf("%d %d", 1)},
		{`fmt::cpp::Sprintf("%d", int_(1), go::string("x"), 2.5, nullptr)`, fmt.Sprintf("%d", 1, "x", 2.5, nil)},
		{`fmt::cpp::Sprintf("%[2]d %[1]d|%[3]d|%[0]d|%[x]d|%-*d|%.*f|%*d|%[1]*d", int_(1), int_(2))`, fmt.Sprintf("%[2]d %[1]d|%[3]d|%[0]d|%[x]d|%-*d|%.*f|%*d|%[1]*d", 1, 2)},
		{`fmt::cpp::Sprintf("%*d|%.*d|%*d", int_(5), int_(3), int_(2), int_(7), go::string("w"), int_(4))`, fmt.Sprintf("%*d|%.*d|%*d", 5, 3, 2, 7, "w", 4)},
		{`fmt::cpp::Sprintf("100%%|%5%|%d%", int_(3))`, fmt.Sprintf("100%%|%5%|%d%", 3)},
		{`fmt::cpp::Sprintf("%v %d %s", nullptr, nullptr, nullptr)`, fmt.Sprintf("%v %d %s", nil, nil, nil)},
		{`fmt::cpp::Sprintf("%!d(string=hi)|%5s|%-5d|%5v", int_(1), true, go::string("x"), sl<int_>({1, 22}))`, fmt.Sprintf("%!d(string=hi)|%5s|%-5d|%5v", 1, true, "x", []int{1, 22})},
		{`fmt::cpp::Sprintf("%.3v|%10.3v|%v|%6.2v|%3c|%-4q", go::string("abcdef"), 3.14159, go::string("日本語"), go::string("日本語"), go::rune('x'), go::rune('y'))`, fmt.Sprintf("%.3v|%10.3v|%v|%6.2v|%3c|%-4q", "abcdef", 3.14159, "日本語", "日本語", 'x', 'y')},
	}
	fmt.Println("// Generated by a Go 1.19 program from the same calls; do not edit by hand.")
	for _, k := range cases {
		fmt.Printf("  EXPECT_EQ(S(%s),\n            %s);\n", k.cpp, cquote(k.got))
	}
}
