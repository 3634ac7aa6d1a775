// Package strings against gc: search, split, join, trim, replace, case
// mapping with full Unicode, EqualFold, Builder, Reader and Replacer.
package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

func show(xs []string) {
	fmt.Printf("%d%q\n", len(xs), xs)
}

func main() {
	s := "héllo, wörld; hello, world"
	fmt.Println(strings.Contains(s, "wör"), strings.Contains(s, ""), strings.ContainsAny(s, "xyzö"), strings.ContainsRune(s, 'ö'))
	fmt.Println(strings.Index(s, "llo"), strings.LastIndex(s, "llo"), strings.Index(s, "zz"), strings.LastIndex(s, ""), strings.Index("", ""))
	fmt.Println(strings.IndexByte(s, 'w'), strings.LastIndexByte(s, 'w'), strings.IndexRune(s, 'ö'), strings.IndexRune("a\xffb", 0xFFFD), strings.IndexRune("ab", -1))
	fmt.Println(strings.IndexAny(s, "öw"), strings.LastIndexAny(s, "öw"), strings.IndexAny(s, ""), strings.LastIndexAny("x\xff", "\xfe"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.HasPrefix(s, "hé"), strings.HasSuffix(s, "world"), strings.TrimPrefix(s, "hé"), strings.TrimSuffix(s, "world"))
	before, after, found := strings.Cut(s, ", ")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut(s, "#")
	fmt.Printf("%q %q %v\n", before, after, found)
	show(strings.Split("a,b,c", ","))
	show(strings.Split("a,b,c", ""))
	show(strings.Split("", ","))
	show(strings.Split("héé\xff", ""))
	show(strings.SplitN("a,b,c,d", ",", 2))
	show(strings.SplitN("a,b,c,d", ",", 0))
	show(strings.SplitN("a,b,c,d", ",", -1))
	show(strings.SplitN("abc", "", 2))
	show(strings.SplitAfter("a,b,c", ","))
	show(strings.SplitAfterN("a,b,c", ",", 2))
	show(strings.Fields("  foo bar\tbaz\u2003qux\u00a0 \n"))
	show(strings.Fields("   "))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"), strings.Join(nil, "-"), strings.Join([]string{"x"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("", 5), strings.Repeat("x", 0), len(strings.Repeat("abc", 1000)))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1), strings.ReplaceAll("abc", "", "-"), strings.Replace("héllo", "", "|", 3))
	fmt.Printf("%q %q %q %q\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.Trim("", "x"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"), strings.TrimSpace("\u2003x\u3000"), strings.TrimSpace("\xff "))
	fmt.Println(strings.ToUpper("Hello, wörld! ß ǆ ﬀ"), strings.ToLower("HELLO, WÖRLD! İ Σ"), strings.ToTitle("ǆungla loud"), strings.ToUpper("a\xffb"))
	fmt.Println(strings.Title("her royal highness, o'neil-smith_x ñandú"), strings.ToLower("ABC"), strings.ToUpper("abc"))
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "iı"), strings.ToLowerSpecial(unicode.TurkishCase, "İI"), strings.ToTitleSpecial(unicode.TurkishCase, "i"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σς", "ΣΣ"), strings.EqualFold("k", "\u212a"), strings.EqualFold("a", "ab"), strings.EqualFold("ß", "SS"), strings.EqualFold("\xff", "\xfe"))
	fmt.Printf("%q %q %q\n", strings.ToValidUTF8("a\xff\xfeb\xc0", "?"), strings.ToValidUTF8("ok", "?"), strings.Clone("clone"))

	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap() >= 10)
	for i := 3; i > 0; i-- {
		b.WriteString("x")
		b.WriteByte('-')
		n, err := b.WriteRune('é')
		fmt.Println(n, err)
	}
	n, err := b.Write([]byte("!"))
	fmt.Println(b.String(), b.Len(), n, err)
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")

	r := strings.NewReader("héllo wörld")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err = r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	c, size, err := r.ReadRune()
	fmt.Println(c, size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	by, err := r.ReadByte()
	fmt.Println(by, err, r.UnreadByte())
	pos, err := r.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	rest := make([]byte, 10)
	n, err = r.Read(rest)
	fmt.Println(n, err, string(rest[:n]))
	n, err = r.Read(rest)
	fmt.Println(n, err)
	n, err = r.ReadAt(rest[:3], 1)
	fmt.Println(n, err, string(rest[:n]))
	n, err = r.ReadAt(rest, 8)
	fmt.Println(n, err)
	_, err = r.ReadAt(rest, -1)
	fmt.Println(err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	_, err = r.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	r.Reset("abc")
	fmt.Println(r.UnreadRune())
	var w strings.Builder
	m, err := r.WriteTo(&w)
	fmt.Println(m, err, w.String())
	all, err := io.ReadAll(strings.NewReader("read all of it"))
	fmt.Println(string(all), err)

	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(rep.Replace("<a href=\"x&y\">"), rep.Replace("plain"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2", "aaa", "3").Replace("aaaa"))
	fmt.Println(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaa"))
	fmt.Println(strings.NewReplacer("", "X").Replace("ab"), strings.NewReplacer("a", "A", "b", "B").Replace("abcab"))
	var out strings.Builder
	k, err := rep.WriteString(&out, "1 < 2")
	fmt.Println(k, err, out.String())
}
