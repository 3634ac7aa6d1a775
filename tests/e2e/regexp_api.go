// Tests package regexp's API against gc: matching, the Find family with
// submatches and n, Replace*, Expand, Split, Longest and POSIX mode.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func show(pattern, text string) {
	re := regexp.MustCompile(pattern)
	fmt.Printf("%q on %q: match=%v find=%q idx=%v sub=%q subidx=%v\n", pattern, text,
		re.MatchString(text), re.FindString(text), re.FindStringIndex(text),
		re.FindStringSubmatch(text), re.FindStringSubmatchIndex(text))
}

func main() {
	show(`a+b*`, "xxaaabbby")
	show(`(a)|(b)`, "b")
	show(`(a)?(b)`, "b")
	show(`x*`, "abc")
	show(`(\w+)@(\w+)\.com`, "mail bob@example.com now")
	show(`a.*?b`, "aXbYb")
	show(`a.*b`, "aXbYb")
	show(`a+?`, "aaa")
	show(`a??b`, "ab")
	show(`(a|ab)(c|bcd)(d*)`, "abcd")
	show(`^abc$`, "abc\n")
	show(`(?m)^abc$`, "x\nabc\ny")
	show(`(?m)^`, "")
	show(`\bfoo\b`, "a foo b")
	show(`\Bfoo`, "afoo")
	show(`\Aab\z`, "ab")
	show(`(?i)straße`, "STRASSE strasse STRAßE")
	show(`(?i)k`, "\u212a")
	show(`(?s)a.b`, "a\nb")
	show(`a.b`, "a\nb")
	show(`(?U)a+`, "aaa")
	show(`(?U)a+?`, "aaa")
	show(`x{2,3}`, "xxxxx")
	show(`x{2,}?`, "xxxxx")
	show(`x{0}y`, "xy")
	show(`(ab){2}`, "abababab")
	show(`[[:alpha:]]+`, "123abcDEF456")
	show(`[^[:digit:]\s]+`, "12 ab3")
	show(`[a-c-e]+`, "x-ab-ey")
	show(`[]a]+`, "]a]b")
	show(`\d+\.\d*`, "pi 3.14")
	show(`[\p{Lu}]+`, "abcÄÖÜdef")
	show(`\pL+`, "123héllo!")
	show(`\PL+`, "abc123!?def")
	show(`\p{^L}+`, "abc123!?def")
	show(`[^a]`, "\n")
	show(`日本\p{Han}*`, "こんにちは日本語世界")
	show(`.`, "\xff")
	show(`\x41\x{42}\103`, "ABC")
	show(`\Qa.b*\E+`, "a.b**")
	show(`(?P<year>\d{4})-(?P<month>\d\d)`, "on 2024-06-01")
	show(`(a*)+`, "b")
	show(`(a*)*`, "b")
	show(`(a|b)*c`, "ababc")
	show(`(|a)*`, "aa")
	show(`(|a)+`, "aa")
	show(`(?:(a)|b)+`, "ab")
	show(`$`, "abc")
	show(`\n$`, "abc\n")

	re := regexp.MustCompile(`(?P<first>\w+)\s(?P<last>\w+)`)
	fmt.Println(re.String(), re.NumSubexp(), re.SubexpNames(), re.SubexpIndex("last"), re.SubexpIndex("none"))
	for _, p := range []string{`abc`, `abc+`, `(abc)`, `^abc`, `^abc$`, `^abc\z`, `^ab(c)$`, `^(abc)$`, `abc$`, `a|b`, `(?i)abc`, ``, `a(?i)bc`, `\Aabc\z`} {
		prefix, complete := regexp.MustCompile(p).LiteralPrefix()
		fmt.Printf("prefix %q: %q %v\n", p, prefix, complete)
	}

	// FindAll with empty matches and n.
	for _, c := range []struct{ p, s string }{{`a*`, "baaab"}, {`a*`, ""}, {`a*?`, "aa"}, {`x*`, "日本"}, {`\b`, "ab cd"}, {`(?m)^`, "a\nb\n"}, {`(?m)$`, "a\nb\n"}, {`.`, "日本語"}, {``, "abc"}} {
		re := regexp.MustCompile(c.p)
		fmt.Printf("FindAll %q %q: %q %v %q\n", c.p, c.s, re.FindAllString(c.s, -1), re.FindAllStringIndex(c.s, -1), re.FindAllString(c.s, 2))
	}
	re = regexp.MustCompile(`(\w)(\d)?`)
	fmt.Printf("%q\n", re.FindAllStringSubmatch("a1 b c3", -1))
	fmt.Println(re.FindAllStringSubmatchIndex("a1 b c3", 2))
	fmt.Printf("%q\n", re.FindAllSubmatch([]byte("a1 b"), -1))
	fmt.Println(re.FindAllSubmatchIndex([]byte("a1 b"), -1))
	fmt.Printf("%q %v %q %v\n", re.Find([]byte("--x9")), re.FindIndex([]byte("--x9")), re.FindSubmatch([]byte("--x")), re.FindSubmatchIndex([]byte("--x")))
	fmt.Printf("%q %v %v\n", re.FindAll([]byte("ab"), -1), re.FindAllIndex([]byte("ab"), 1), re.FindAll([]byte("--"), -1) == nil)
	fmt.Println(re.FindStringSubmatch("--") == nil, re.FindSubmatch([]byte("-")) == nil, re.FindStringIndex("") == nil)
	fmt.Println(re.Match([]byte("x")), re.MatchReader(strings.NewReader("--z")), re.FindReaderIndex(strings.NewReader("--zz")), re.FindReaderSubmatchIndex(strings.NewReader("-q7")))

	// Replace.
	for _, c := range []struct{ p, s, r string }{
		{`a*`, "baaac", "-"}, {`x*`, "abc", "-"}, {`(\w+)@(\w+)`, "bob@home ann@work", "$2:$1"},
		{`(?P<w>\w+)`, "hi there", "<${w}>"}, {`(\w+)`, "ab", "$1x"}, {`(\w+)`, "ab", "${1}x"},
		{`b`, "abc", "$$"}, {`b`, "abc", "$"}, {`b`, "abc", "${"}, {`(b)`, "abc", "$2[$01]"}, {``, "abc", "."},
		{`(?m)^`, "a\nb", "> "}, {`a|b`, "abab", ""},
	} {
		re := regexp.MustCompile(c.p)
		fmt.Printf("Replace %q %q %q: %q %q %q\n", c.p, c.s, c.r, re.ReplaceAllString(c.s, c.r),
			re.ReplaceAllLiteralString(c.s, c.r), re.ReplaceAll([]byte(c.s), []byte(c.r)))
	}
	re = regexp.MustCompile(`[aeiou]+`)
	fmt.Println(re.ReplaceAllStringFunc("education", strings.ToUpper))
	fmt.Printf("%s\n", re.ReplaceAllFunc([]byte("queue"), func(b []byte) []byte { return []byte(fmt.Sprint(len(b))) }))
	fmt.Printf("%s\n", re.ReplaceAllLiteral([]byte("tea"), []byte("$1")))

	re = regexp.MustCompile(`(?P<key>\w+)=(?P<value>\w+)`)
	var dst []byte
	for _, m := range re.FindAllStringSubmatchIndex("a=1, b=2", -1) {
		dst = re.ExpandString(dst, "$value<-$key;", "a=1, b=2", m)
	}
	fmt.Println(string(dst))
	src := []byte("x=9")
	fmt.Println(string(re.Expand([]byte("got "), []byte("${key}${value}$nope$3"), src, re.FindSubmatchIndex(src))))

	// Split.
	for _, c := range []struct {
		p, s string
		n    int
	}{{`,`, "a,b,c", -1}, {`,`, "a,b,c", 2}, {`,`, "a,b,c", 0}, {`x*`, "abc", -1}, {``, "abc", -1}, {`a`, "", -1}, {``, "", -1},
		{`\s+`, " a  b ", -1}, {`a`, "banana", 2}, {`(,)`, "1,2", -1}} {
		fmt.Printf("Split %q %q %d: %q\n", c.p, c.s, c.n, regexp.MustCompile(c.p).Split(c.s, c.n))
	}

	// Longest and POSIX.
	re = regexp.MustCompile(`a(|b)`)
	fmt.Println(re.FindString("ab"))
	re.Longest()
	fmt.Println(re.FindString("ab"))
	re = regexp.MustCompile(`(a|ab)(c|bcd)(d*)`)
	re.Longest()
	fmt.Println(re.FindStringSubmatch("abcd"))
	p := regexp.MustCompilePOSIX(`a+|a+b`)
	fmt.Println(p.FindString("aab"), p.FindAllString("ab aab", -1))
	p = regexp.MustCompilePOSIX(`^x.y$`)
	fmt.Println(p.FindAllString("xay\nx\ny\nxby", -1))
	p = regexp.MustCompilePOSIX(`[^a]+`)
	fmt.Printf("%q\n", p.FindAllString("b\nb", -1))

	fmt.Println(regexp.QuoteMeta(`1.5+2=[x]? {y} ^$ \ |`))
	fmt.Println(regexp.MatchString(`^\d+$`, "12345"))
	fmt.Println(regexp.Match(`b+`, []byte("abbc")))
	fmt.Println(regexp.MatchReader(`c$`, strings.NewReader("abc")))
	fmt.Println(regexp.MatchString(`(`, "x"))
}
