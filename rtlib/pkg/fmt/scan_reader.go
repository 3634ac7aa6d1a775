// This file implements the readers under the scanner: the Sscan family's
// string reader and, for a plain io.Reader, one read a byte at a time.
package fmt

import (
	"errors"
	"io"
	"unicode/utf8"
)

// stringReader is the reader of the Sscan family: it is no RuneScanner,
// as in Go, so the scanner reads it a byte at a time.
type stringReader string

func (r *stringReader) Read(b []byte) (n int, err error) {
	n = copy(b, *r)
	*r = (*r)[n:]
	if n == 0 {
		err = io.EOF
	}
	return
}

// byteRuneReader reads runes from a plain io.Reader one byte at a time (a
// scanner must not read past what it scans), and gives one rune back.
type byteRuneReader struct {
	r       io.Reader
	one     [1]byte
	pending []byte // bytes read past an invalid encoding
	peek    rune   // the rune given back; < 0: ^(the last rune read)
}

func (b *byteRuneReader) readByte() (byte, error) {
	if len(b.pending) > 0 {
		c := b.pending[0]
		b.pending = b.pending[1:]
		return c, nil
	}
	n, err := io.ReadFull(b.r, b.one[:])
	if n != 1 {
		return 0, err
	}
	return b.one[0], nil
}

func (b *byteRuneReader) ReadRune() (r rune, size int, err error) {
	if b.peek >= 0 {
		r = b.peek
		b.peek = ^r
		return r, utf8.RuneLen(r), nil
	}
	c, err := b.readByte()
	if err != nil {
		return 0, 0, err
	}
	if c < utf8.RuneSelf {
		b.peek = ^rune(c)
		return rune(c), 1, nil
	}
	var enc [utf8.UTFMax]byte
	enc[0] = c
	n := 1
	for ; !utf8.FullRune(enc[:n]); n++ {
		c, err := b.readByte()
		if err != nil {
			if err == io.EOF {
				err = nil
				break
			}
			return 0, 0, err
		}
		enc[n] = c
	}
	r, size = utf8.DecodeRune(enc[:n])
	if size < n {
		b.pending = append(b.pending, enc[size:n]...)
	}
	b.peek = ^r
	return r, size, nil
}

func (b *byteRuneReader) UnreadRune() error {
	if b.peek >= 0 {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	b.peek = ^b.peek
	return nil
}
