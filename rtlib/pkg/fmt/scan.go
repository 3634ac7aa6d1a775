// This file implements scanning, Go's Scan, Scanln and Scanf families: a
// scanner reads runes from an io.RuneScanner (a reader that is not one is
// read a byte at a time, so that nothing past the scanned text is taken
// from it), skips spaces as each family says, accumulates one token and
// converts it with strconv, and stores the result through the operand's
// pointer. Errors inside the scanner are panics of scanError, turned back
// into the returned error at the entry points, as in Go's fmt; the error
// texts are gc's. Operands of types defined over basic kinds (*MyInt) are
// stored through their type descriptors (natives in scan_store.cpp).
package fmt

import (
	"errors"
	"io"
	"math"
	"os"
	"strconv"
	"unicode/utf8"
)

// ScanState represents the scanner state passed to custom scanners.
// Scanners may do rune-at-a-time scanning or ask the ScanState to discover
// the next space-delimited token.
type ScanState interface {
	// ReadRune reads the next rune (Unicode code point) from the input.
	ReadRune() (r rune, size int, err error)
	// UnreadRune causes the next call to ReadRune to return the same rune.
	UnreadRune() error
	// SkipSpace skips space in the input.
	SkipSpace()
	// Token skips space in the input if skipSpace is true, then returns
	// the run of Unicode code points c satisfying f(c).
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Because ReadRune is implemented by the interface, Read should never
	// be called by the scanning routines.
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method, which scans
// the input for the representation of a value and stores the result in
// the receiver, which must be a pointer to be useful.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Scan scans text read from standard input, storing successive
// space-separated values into successive arguments. Newlines count as
// space. It returns the number of items successfully scanned.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is similar to Scan, but stops scanning at a newline and after the
// final item there must be a newline or EOF.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf scans text read from standard input, storing successive
// space-separated values into successive arguments as determined by the
// format.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

// Sscan scans the argument string, storing successive space-separated
// values into successive arguments. Newlines count as space.
func Sscan(str string, a ...any) (n int, err error) { return Fscan((*stringReader)(&str), a...) }

// Sscanln is similar to Sscan, but stops scanning at a newline and after
// the final item there must be a newline or EOF.
func Sscanln(str string, a ...any) (n int, err error) { return Fscanln((*stringReader)(&str), a...) }

// Sscanf scans the argument string, storing successive space-separated
// values into successive arguments as determined by the format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf((*stringReader)(&str), format, a...)
}

// Fscan scans text read from r, storing successive space-separated values
// into successive arguments. Newlines count as space.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanner(r, true, false).scanAll(a)
}

// Fscanln is similar to Fscan, but stops scanning at a newline and after
// the final item there must be a newline or EOF.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanner(r, false, true).scanAll(a)
}

// Fscanf scans text read from r, storing successive space-separated values
// into successive arguments as determined by the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanner(r, false, false).scanFormat(format, a)
}

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
	s.SkipSpace()
	s.notEOF()
	base, digits := s.base(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.failString("bad unicode format ")
		}
	} else {
		s.accept(signs)
		if verb == 'v' {
			base, digits, haveDigits = s.basePrefix()
		}
	}
	tok := s.number(digits, haveDigits)
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
	s.SkipSpace()
	s.notEOF()
	base, digits := s.base(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.failString("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.basePrefix()
	}
	tok := s.number(digits, haveDigits)
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
	// own: the mantissa through strconv, the exponent by Ldexp.
	if p := indexOf(str, 'p'); p >= 0 && !hasX(str) {
		f, err := strconv.ParseFloat(str[:p], bitSize)
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.fail(err)
		}
		m, err := strconv.Atoi(str[p+1:])
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.fail(err)
		}
		return math.Ldexp(f, m)
	}
	f, err := strconv.ParseFloat(str, bitSize)
	if err != nil {
		s.fail(err)
	}
	return f
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
