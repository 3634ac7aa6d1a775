// This file implements scanning one operand: strings in their verbs' forms,
// and the dispatch on what the operand points at, stored through natives
// (scan_store.cpp).
package fmt

import (
	"io"
	"strconv"
	"unicode/utf8"
)

func (s *scanner) scanString(verb rune) string {
	s.okVerb(verb, "svqxX", "string")
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.token(true, notSpace)) // %s and %v: the next word
}

func (s *scanner) quotedString() string {
	s.notEOF()
	switch quote := s.next(); quote {
	case '`':
		for {
			r := s.mustNext()
			if r == quote {
				break
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return string(s.buf)
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustNext()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				s.buf = utf8.AppendRune(s.buf, s.mustNext())
			} else if r == '"' {
				break
			}
		}
		str, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.fail(err)
		}
		return str
	}
	s.failString("expected quoted string")
	return ""
}

func hexValue(r rune) (int, bool) {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0'), true
	case 'a' <= r && r <= 'f':
		return int(r-'a') + 10, true
	case 'A' <= r && r <= 'F':
		return int(r-'A') + 10, true
	}
	return -1, false
}

func (s *scanner) hexString() string {
	s.notEOF()
	for {
		r := s.next()
		if r == eof {
			break
		}
		hi, ok := hexValue(r)
		if !ok {
			s.UnreadRune()
			break
		}
		lo, ok := hexValue(s.mustNext())
		if !ok {
			s.failString("illegal hex digit")
		}
		s.buf = append(s.buf, byte(hi<<4|lo))
	}
	if len(s.buf) == 0 {
		s.failString("no hex data for %x string")
	}
	return string(s.buf)
}

// scanOne scans one operand with verb and stores it.
func (s *scanner) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	if v, ok := arg.(Scanner); ok {
		if err := v.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.fail(err)
		}
		return
	}
	switch kind, bits := operandKind(arg); kind {
	case kindNotPointer:
		s.failString("type not a pointer: " + typeName(arg))
	case kindBool:
		storeBool(arg, s.scanBool(verb))
	case kindInt:
		storeInt(arg, s.scanInt(verb, bits))
	case kindUint:
		storeUint(arg, s.scanUint(verb, bits))
	case kindFloat:
		typ := "float64"
		if bits == 32 {
			typ = "float32"
		}
		storeFloat(arg, s.scanFloat(verb, bits, typ))
	case kindDefinedFloat:
		// A defined float type (*MyFloat): gc checks no verb.
		s.SkipSpace()
		s.notEOF()
		storeFloat(arg, s.convertFloat(s.floatToken(), bits))
	case kindComplex:
		storeComplex(arg, s.scanComplex(verb, bits))
	case kindString:
		storeString(arg, s.scanString(verb))
	case kindBytes:
		storeBytes(arg, []byte(s.scanString(verb)))
	default:
		s.failString("can't scan type: " + typeName(arg))
	}
}

// The kinds of what an operand points at (operandKind, scan_store.cpp).
const (
	kindNotPointer = iota
	kindOther
	kindBool
	kindInt
	kindUint
	kindFloat
	kindDefinedFloat
	kindComplex
	kindString
	kindBytes
)

// The natives that look at and store through an operand's pointer by its
// type descriptor (scan_store.cpp).

//go2cpp:native
func operandKind(arg any) (kind int, bits int)

//go2cpp:native
func typeName(arg any) string

//go2cpp:native
func storeBool(arg any, v bool)

//go2cpp:native
func storeInt(arg any, v int64)

//go2cpp:native
func storeUint(arg any, v uint64)

//go2cpp:native
func storeFloat(arg any, v float64)

//go2cpp:native
func storeComplex(arg any, v complex128)

//go2cpp:native
func storeString(arg any, v string)

//go2cpp:native
func storeBytes(arg any, v []byte)
