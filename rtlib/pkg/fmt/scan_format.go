// This file implements the loops of the three families: Scan and Scanln
// operand after operand, Scanf matching its format against the input.
package fmt

import (
	"io"
	"unicode/utf8"
)

// errorHandler turns the scanner's panics back into the returned error.
func errorHandler(errp *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*errp = se.err
		} else if err, ok := e.(error); ok && err == io.EOF {
			*errp = err
		} else {
			panic(e)
		}
	}
}

func (s *scanner) scanAll(a []any) (n int, err error) {
	defer errorHandler(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		n++
	}
	if s.nlIsEnd {
		// Scanln: what follows the last operand must be spaces and a
		// newline, or the end.
		for {
			r := s.next()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.failString("expected newline")
				break
			}
		}
	}
	return
}

// matchFormat matches the text of the format up to its next verb against
// the input: runs of spaces match runs of spaces, a newline must meet a
// newline (or the end), other characters themselves ("%%" a '%'). It
// returns how many bytes of the format it used: 0 at a verb or at the end
// of the input, -1 when the input differs.
func (s *scanner) matchFormat(format string) (i int) {
	for i < len(format) {
		fc, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(fc) {
			newlines := 0
			trailingSpace := false
			for isSpace(fc) && i < len(format) {
				if fc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				ic := s.next()
				for isSpace(ic) && ic != '\n' {
					ic = s.next()
				}
				if ic != '\n' && ic != eof {
					s.failString("newline in format does not match input")
				}
			}
			if trailingSpace {
				ic := s.next()
				if newlines == 0 {
					// A space alone in the format needs at least one.
					if !isSpace(ic) && ic != eof {
						s.failString("expected space in input to match format")
					}
					if ic == '\n' {
						s.failString("newline in input does not match format")
					}
				}
				for isSpace(ic) && ic != '\n' {
					ic = s.next()
				}
				if ic != eof {
					s.UnreadRune()
				}
			}
			continue
		}
		if fc == '%' {
			if i+w == len(format) {
				s.failString("missing verb: % at end of format string")
			}
			if nc, _ := utf8.DecodeRuneInString(format[i+w:]); nc != '%' {
				return
			}
			i += w // "%%" is a literal '%'
		}
		ic := s.mustNext()
		if fc != ic {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return
}

func (s *scanner) scanFormat(format string, a []any) (n int, err error) {
	defer errorHandler(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.matchFormat(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.failString("input does not match format")
			}
			break // the end of the input: "too many operands" below
		}
		i++ // the %
		// A width limits the runes the operand may take.
		wid, widOK := 0, false
		for i <= end && '0' <= format[i] && format[i] <= '9' {
			if wid < 1e6 {
				wid = wid*10 + int(format[i]-'0')
			}
			widOK = true
			i++
		}
		s.maxWid = unlimited
		if widOK {
			s.maxWid = wid
		}
		c, w := utf8.DecodeRuneInString(format[i:])
		i += w
		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.SkipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.failString("missing literal %")
			}
			continue
		}
		s.argLimit = unlimited
		if limit := s.count + s.maxWid; limit < s.argLimit {
			s.argLimit = limit
		}
		if n >= len(a) {
			s.failString("too few operands for format '%" + format[i-w:] + "'")
			break
		}
		s.scanOne(c, a[n])
		n++
		s.argLimit = unlimited
	}
	if n < len(a) {
		s.failString("too many operands")
	}
	return
}
