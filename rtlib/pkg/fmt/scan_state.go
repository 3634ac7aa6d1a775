// This file implements the scanner, the ScanState of one Scan call: runes
// read with a width limit, spaces skipped as each family says, tokens
// accumulated, and errors raised as scanError panics.
package fmt

import (
	"errors"
	"io"
	"unicode/utf8"
)

// scanError carries an error out of the scanner's depths (a panic).
type scanError struct {
	err error
}

const eof = -1

// unlimited is the width of an operand without one.
const unlimited = 1 << 30

// scanner is the ScanState of one call.
type scanner struct {
	rs        io.RuneScanner
	buf       []byte // the token being read
	count     int    // runes read so far
	atEOF     bool
	nlIsEnd   bool // Scanln: a newline ends the input
	nlIsSpace bool // Scan: a newline is a space
	argLimit  int  // count may not pass this while reading one operand
	maxWid    int  // the operand's width (Scanf), or unlimited
}

func newScanner(r io.Reader, nlIsSpace, nlIsEnd bool) *scanner {
	s := &scanner{nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, argLimit: unlimited, maxWid: unlimited}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rs = &byteRuneReader{r: r, peek: -1}
	}
	return s
}

func (s *scanner) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *scanner) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.argLimit {
		return 0, 0, io.EOF
	}
	r, size, err = s.rs.ReadRune()
	if err == nil {
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return
}

func (s *scanner) UnreadRune() error {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *scanner) Width() (wid int, ok bool) {
	if s.maxWid == unlimited {
		return 0, false
	}
	return s.maxWid, true
}

func (s *scanner) fail(err error)         { panic(scanError{err}) }
func (s *scanner) failString(text string) { panic(scanError{errors.New(text)}) }

// next reads a rune, eof at the end of the input.
func (s *scanner) next() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eof
		}
		s.fail(err)
	}
	return r
}

// mustNext reads a rune; the end of the input is an unexpected EOF.
func (s *scanner) mustNext() rune {
	r := s.next()
	if r == eof {
		s.fail(io.ErrUnexpectedEOF)
	}
	return r
}

func (s *scanner) SkipSpace() {
	for {
		r := s.next()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.failString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune()
			return
		}
	}
}

func (s *scanner) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			se, ok := e.(scanError)
			if !ok {
				panic(e)
			}
			err = se.err
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	return s.token(skipSpace, f), nil
}

func (s *scanner) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.next()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

// The space characters of Go's scanner: Unicode White_Space.
func isSpace(r rune) bool {
	switch {
	case r >= 0x09 && r <= 0x0d, r == ' ', r == 0x85, r == 0xa0, r == 0x1680,
		r >= 0x2000 && r <= 0x200a, r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

func notSpace(r rune) bool { return !isSpace(r) }

func runeIn(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// consume reads the next rune and reports whether it is in ok; with
// accept it is added to the token, and given back when it is not in ok
// (without accept, a rune not in ok is dropped, as in Go's scanner).
func (s *scanner) consume(ok string, accept bool) bool {
	r := s.next()
	if r == eof {
		return false
	}
	if runeIn(ok, r) {
		if accept {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if accept {
		s.UnreadRune()
	}
	return false
}

func (s *scanner) accept(ok string) bool { return s.consume(ok, true) }

// peek reports whether the next rune is in ok, without reading it.
func (s *scanner) peek(ok string) bool {
	r := s.next()
	if r != eof {
		s.UnreadRune()
	}
	return runeIn(ok, r)
}

// notEOF: the end of the input before an operand is io.EOF.
func (s *scanner) notEOF() {
	if r := s.next(); r == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

func (s *scanner) okVerb(verb rune, okVerbs, typ string) bool {
	if !runeIn(okVerbs, verb) {
		s.failString("bad verb '%" + string(verb) + "' for " + typ)
	}
	return true
}
