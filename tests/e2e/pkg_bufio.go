// Package bufio: Scanner (lines, words, runes, bytes, a custom split,
// Buffer and ErrTooLong), Reader (ReadString, ReadLine with a small
// buffer, ReadRune/UnreadRune, Peek, Discard, ReadBytes) and Writer
// (buffering until Flush, WriteString/WriteByte/WriteRune, ReadFrom).
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

// chunked returns at most n bytes per Read, to exercise refills.
type chunked struct {
	s string
	n int
}

func (c *chunked) Read(p []byte) (int, error) {
	if len(c.s) == 0 {
		return 0, io.EOF
	}
	k := c.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(c.s) {
		k = len(c.s)
	}
	copy(p, c.s[:k])
	c.s = c.s[k:]
	return k, nil
}

func main() {
	text := "first line\r\nsecond  line\n\nläst wörds\tend"
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		fmt.Printf("line %q\n", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(&chunked{text, 3})
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Printf("word %q\n", sc.Bytes())
	}
	sc = bufio.NewScanner(strings.NewReader("añ\xffz"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("rune %q ", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("ab"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Printf("byte %q ", sc.Text())
	}
	fmt.Println()
	// A custom split: comma-separated, the last token final.
	sc = bufio.NewScanner(strings.NewReader("a,b,c,STOP,d"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "STOP" {
				return i + 1, data[:i], bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("tok %q ", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println("never", sc.Text())
	}
	fmt.Println(sc.Err())
	long := strings.Repeat("y", 70000)
	sc = bufio.NewScanner(strings.NewReader(long + "\nz\n"))
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println(n, sc.Err())

	r := bufio.NewReaderSize(&chunked{"alpha\nbeta\r\ngamma delta epsilon zeta eta theta\nlast", 5}, 16)
	fmt.Println(r.Size())
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	line, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	for {
		line, isPrefix, err = r.ReadLine()
		fmt.Printf("%q %v %v\n", line, isPrefix, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReader(strings.NewReader("héllo, wörld"))
	ch, size, err := r.ReadRune()
	fmt.Println(ch, size, err, r.UnreadRune(), r.UnreadRune())
	peek, err := r.Peek(3)
	fmt.Printf("%q %v %d\n", peek, err, r.Buffered())
	d, err := r.Discard(2)
	fmt.Println(d, err)
	b, err := r.ReadByte()
	fmt.Println(b, err, r.UnreadByte())
	bs, err := r.ReadBytes(',')
	fmt.Printf("%q %v\n", bs, err)
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	_, err = r.ReadByte()
	fmt.Println(err)
	_, err = r.Peek(-1)
	fmt.Println(err)

	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 16)
	w.WriteString("hello")
	w.WriteByte(' ')
	w.WriteRune('w')
	w.WriteRune('ö')
	fmt.Println(out.Len(), w.Buffered(), w.Available(), w.Size())
	w.Write([]byte("rld and a long tail that overflows"))
	fmt.Println(out.Len(), w.Buffered())
	fmt.Println(w.Flush(), out.String())
	m, err := w.ReadFrom(strings.NewReader(" + more"))
	fmt.Println(m, err, w.Buffered())
	w.Flush()
	fmt.Println(out.String())

	stdout := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(stdout, "buffered %d\n", 42)
	fmt.Println("printed first")
	stdout.Flush()
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw in\n")), bufio.NewWriter(os.Stdout))
	in, _ := rw.ReadString('\n')
	rw.WriteString("rw out: " + in)
	rw.Flush()
}
