// This file implements scanning of booleans, integers, floats and complex
// numbers: the token as Go's scanner accepts it, converted by strconv.
package fmt

import (
	"errors"
	"math"
	"strconv"
)

var (
	complexError = errors.New("syntax error scanning complex number")
	boolError    = errors.New("syntax error scanning boolean")
)

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	signs             = "+-"
	floatVerbs        = "beEfFgGv"
)

func (s *scanner) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	s.okVerb(verb, "tv", "boolean")
	switch s.next() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.fail(boolError)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.fail(boolError)
		}
		return false
	}
	return false
}

// base is the base and digits of an integer verb.
func (s *scanner) base(verb rune) (int, string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binaryDigits
	case 'o':
		return 8, octalDigits
	case 'x', 'X', 'U':
		return 16, hexadecimalDigits
	}
	return 10, decimalDigits
}

// basePrefix reads %v's optional 0, 0b, 0o or 0x (base 0 lets strconv
// read the prefix); after a 0, digits are already there.
func (s *scanner) basePrefix() (base int, digits string, haveDigits bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	}
	return 0, octalDigits + "_", true
}

func (s *scanner) number(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.failString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

// scanRune is %c: the next rune itself, which must fit bitSize bits.
func (s *scanner) scanRune(bitSize int) int64 {
	s.notEOF()
	r := int64(s.next())
	shift := 64 - uint(bitSize)
	if r<<shift>>shift != r {
		s.failString("overflow on character value " + string(rune(r)))
	}
	return r
}

func (s *scanner) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	tok, base := s.integerToken(verb, true)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	shift := 64 - uint(bitSize)
	if i<<shift>>shift != i {
		s.failString("integer overflow on token " + tok)
	}
	return i
}

func (s *scanner) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	tok, base := s.integerToken(verb, false)
	u, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	shift := 64 - uint(bitSize)
	if u<<shift>>shift != u {
		s.failString("unsigned integer overflow on token " + tok)
	}
	return u
}

// integerToken reads the token of an integer verb other than %c: %U's
// "U+" form, or an optional sign (signed operands only) and, for %v, a
// base prefix, then the digits. It returns the token and its base.
func (s *scanner) integerToken(verb rune, signed bool) (string, int) {
	s.SkipSpace()
	s.notEOF()
	base, digits := s.base(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.failString("bad unicode format ")
		}
	} else {
		if signed {
			s.accept(signs)
		}
		if verb == 'v' {
			base, digits, haveDigits = s.basePrefix()
		}
	}
	return s.number(digits, haveDigits), base
}

// floatToken reads what may be a float: NaN, a signed Inf, or digits with
// a point and an exponent (p for hexadecimal mantissas, and for decimal
// ones too: 1.5p3).
func (s *scanner) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(signs)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits, exp := decimalDigits+"_", "eEpP"
	if s.accept("0") && s.accept("xX") {
		digits, exp = hexadecimalDigits+"_", "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(signs)
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

func hasX(str string) bool {
	for i := 0; i < len(str); i++ {
		if str[i] == 'x' || str[i] == 'X' {
			return true
		}
	}
	return false
}

func (s *scanner) convertFloat(str string, bitSize int) float64 {
	// A decimal mantissa with a binary exponent (1.5p3) is Go's scanner's
	// own: the mantissa through strconv, the exponent by Ldexp; errors of
	// either part name the whole token.
	if p := indexOf(str, 'p'); p >= 0 && !hasX(str) {
		f, err := strconv.ParseFloat(str[:p], bitSize)
		s.failNumber(err, str)
		m, err := strconv.Atoi(str[p+1:])
		s.failNumber(err, str)
		return math.Ldexp(f, m)
	}
	f, err := strconv.ParseFloat(str, bitSize)
	if err != nil {
		s.fail(err)
	}
	return f
}

// failNumber fails with a strconv error, if any, naming token.
func (s *scanner) failNumber(err error, token string) {
	if err == nil {
		return
	}
	if e, ok := err.(*strconv.NumError); ok {
		e.Num = token
	}
	s.fail(err)
}

func indexOf(str string, c byte) int {
	for i := 0; i < len(str); i++ {
		if str[i] == c {
			return i
		}
	}
	return -1
}

func (s *scanner) scanFloat(verb rune, bitSize int, typ string) float64 {
	s.okVerb(verb, floatVerbs, typ)
	s.SkipSpace()
	s.notEOF()
	return s.convertFloat(s.floatToken(), bitSize)
}

func (s *scanner) scanComplex(verb rune, bitSize int) complex128 {
	s.okVerb(verb, floatVerbs, "complex")
	s.SkipSpace()
	s.notEOF()
	parens := s.accept("(")
	re := s.floatToken()
	s.buf = s.buf[:0]
	if !s.accept("+-") {
		s.fail(complexError)
	}
	imSign := string(s.buf)
	im := imSign + s.floatToken()
	if !s.accept("i") {
		s.fail(complexError)
	}
	if parens && !s.accept(")") {
		s.fail(complexError)
	}
	return complex(s.convertFloat(re, bitSize/2), s.convertFloat(im, bitSize/2))
}
