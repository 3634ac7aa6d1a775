// Package bytes: the functions mirroring strings, Buffer (with its growth:
// Cap after each step is gc's) and Reader.
package main

import (
	"bytes"
	"fmt"
	"io"
	"unicode"
)

func show(name string, bs [][]byte) {
	fmt.Printf("%s: %d [", name, len(bs))
	for i, b := range bs {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Printf("%q/%d", b, cap(b))
	}
	fmt.Println("]")
}

func functions() {
	s := []byte("  Hello, World! héllo wörld  ")
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Equal([]byte("a"), []byte("b")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare(nil, nil), bytes.Compare([]byte("ab"), []byte("a")))
	fmt.Println(bytes.Count(s, []byte("l")), bytes.Count(s, nil), bytes.Count([]byte("aaaa"), []byte("aa")))
	fmt.Println(bytes.Contains(s, []byte("World")), bytes.ContainsAny(s, "xyzé"), bytes.ContainsRune(s, 'ö'), bytes.ContainsRune(s, 'q'))
	fmt.Println(bytes.Index(s, []byte("llo")), bytes.LastIndex(s, []byte("llo")), bytes.IndexByte(s, 'W'), bytes.LastIndexByte(s, 'o'))
	fmt.Println(bytes.IndexRune(s, 'é'), bytes.IndexRune([]byte("a\xffb"), utf8RuneError), bytes.IndexAny(s, "dW"), bytes.LastIndexAny(s, "dW"), bytes.IndexAny(s, ""))
	fmt.Println(bytes.IndexFunc(s, unicode.IsUpper), bytes.LastIndexFunc(s, unicode.IsUpper))
	show("Split", bytes.Split([]byte("a,b,,c"), []byte(",")))
	show("SplitN", bytes.SplitN([]byte("a,b,,c"), []byte(","), 2))
	show("SplitAfter", bytes.SplitAfter([]byte("a,b,,c"), []byte(",")))
	show("SplitAfterN", bytes.SplitAfterN([]byte("a,b,,c"), []byte(","), 3))
	show("explode", bytes.Split([]byte("héllo"), nil))
	show("explodeN", bytes.SplitN([]byte("héllo"), nil, 3))
	show("Fields", bytes.Fields(s))
	show("FieldsFunc", bytes.FieldsFunc([]byte("a1b22c333"), unicode.IsDigit))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte(", ")))
	fmt.Printf("%q %v\n", bytes.Join(nil, []byte(",")), bytes.Join(nil, nil) != nil)
	fmt.Println(bytes.HasPrefix(s, []byte("  He")), bytes.HasSuffix(s, []byte("d  ")), bytes.HasPrefix(s, []byte("x")))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return unicode.ToUpper(r)
	}, s))
	fmt.Printf("%q %q %q\n", bytes.Repeat([]byte("ab"), 3), bytes.ToUpper(s), bytes.ToLower(s))
	fmt.Printf("%q %q\n", bytes.ToTitle([]byte("ǆa")), bytes.Title([]byte("hello wide world")))
	fmt.Printf("%q\n", bytes.ToValidUTF8([]byte("a\xff\xfeb\xc3"), []byte("?")))
	fmt.Printf("%q %q %q\n", bytes.TrimSpace(s), bytes.Trim(s, " Hd"), bytes.TrimLeft(s, " H"))
	fmt.Printf("%q %q\n", bytes.TrimRight(s, " d"), bytes.TrimFunc(s, unicode.IsSpace))
	fmt.Printf("%q %q\n", bytes.TrimPrefix(s, []byte("  Hello")), bytes.TrimSuffix(s, []byte("nope")))
	fmt.Println(bytes.TrimSpace([]byte("   ")) == nil, bytes.TrimLeft([]byte("aaa"), "a") == nil, bytes.TrimRight([]byte("aaa"), "a") == nil)
	fmt.Println(bytes.Runes([]byte("héllo")))
	fmt.Printf("%q %q %q\n", bytes.Replace(s, []byte("l"), []byte("L"), 2), bytes.ReplaceAll(s, []byte("o"), []byte("0")), bytes.Replace([]byte("abc"), nil, []byte("-"), -1))
	fmt.Println(bytes.EqualFold([]byte("Straße"), []byte("STRAßE")), bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.EqualFold([]byte("a"), []byte("b")))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = bytes.Cut([]byte("key"), []byte("="))
	fmt.Printf("%q %q %v %v\n", before, after, found, after == nil)
}

const utf8RuneError = '\uFFFD'

func buffer() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.WriteString("hello")
	fmt.Println(b.Len(), b.Cap())
	b.WriteByte(' ')
	b.WriteRune('w')
	b.WriteRune('ö')
	b.Write([]byte("rld"))
	fmt.Printf("%q %d %d\n", b.String(), b.Len(), b.Cap())
	for i := 0; i < 10; i++ {
		b.WriteString("0123456789")
	}
	fmt.Println(b.Len(), b.Cap())
	p := make([]byte, 5)
	n, err := b.Read(p)
	fmt.Println(n, err, string(p))
	c, err := b.ReadByte()
	fmt.Println(c, err, b.UnreadByte(), b.UnreadByte())
	r, size, err := b.ReadRune()
	fmt.Println(r, size, err)
	fmt.Println(b.UnreadRune(), b.UnreadRune())
	line, err := b.ReadString('r')
	fmt.Printf("%q %v\n", line, err)
	bs, err := b.ReadBytes('5')
	fmt.Printf("%q %v\n", bs, err)
	fmt.Printf("%q\n", b.Next(3))
	b.Truncate(5)
	fmt.Printf("%q\n", b.String())
	rest, err := b.ReadString('x')
	fmt.Printf("%q %v\n", rest, err)
	_, err = b.ReadByte()
	fmt.Println(err, b.Len())
	b.Grow(1000)
	fmt.Println(b.Len(), b.Cap())
	b.Reset()
	fmt.Println(b.Len())

	nb := bytes.NewBufferString("line one\nline two\n")
	var out bytes.Buffer
	m, err := out.ReadFrom(nb)
	fmt.Println(m, err, out.Len(), nb.Len())
	var sink bytes.Buffer
	w, err := out.WriteTo(&sink)
	fmt.Printf("%d %v %q\n", w, err, sink.String())
	var np *bytes.Buffer
	fmt.Println(np.String())
	big := bytes.NewBuffer(make([]byte, 0, 10))
	for i := 0; i < 5; i++ {
		big.WriteString("abcdefgh")
		fmt.Print(big.Cap(), " ")
	}
	fmt.Println()
	fmt.Println(big)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		big.Truncate(1000)
	}()
}

func reader() {
	r := bytes.NewReader([]byte("héllo, reader"))
	fmt.Println(r.Len(), r.Size())
	p := make([]byte, 4)
	n, err := r.Read(p)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	ch, size, err := r.ReadRune()
	fmt.Println(ch, size, err, r.UnreadRune(), r.UnreadRune())
	pos, err := r.Seek(-6, io.SeekEnd)
	fmt.Println(pos, err)
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	n, err = r.ReadAt(p, 1)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	_, err = r.ReadAt(p, -1)
	fmt.Println(err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	r.Reset([]byte("xy"))
	b, err := r.ReadByte()
	fmt.Println(b, err, r.Len())
}

func main() {
	functions()
	buffer()
	reader()
}
