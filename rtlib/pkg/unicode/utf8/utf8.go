// Package utf8 implements functions and constants to support text encoded in
// UTF-8. It includes functions to translate between runes and UTF-8 byte
// sequences. See https://en.wikipedia.org/wiki/UTF-8
//
// This is go2cpp's own implementation of the Go 1.19 API, written in Go and
// compiled by go2cpp when rtlib is built.
package utf8

// Numbers fundamental to the encoding.
const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

// Code points in the surrogate range are not valid for UTF-8.
const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// The bytes that may follow the first byte of a sequence are 0x80..0xBF,
// except right after E0, ED, F0 and F4, where the range is narrower so that
// overlong forms, surrogates and code points above MaxRune are rejected.
const (
	continuationMin = 0x80
	continuationMax = 0xBF
)

// leadByte describes what the first byte b of a sequence announces: the
// sequence's length (1 for ASCII; 0 for a byte that cannot start one) and
// the range allowed for the second byte.
func leadByte(b byte) (size int, lo, hi byte) {
	switch {
	case b < RuneSelf:
		return 1, 0, 0
	case b < 0xC2: // continuation bytes, and C0/C1 which could only start overlong forms
		return 0, 0, 0
	case b < 0xE0:
		return 2, continuationMin, continuationMax
	case b == 0xE0:
		return 3, 0xA0, continuationMax
	case b == 0xED:
		return 3, continuationMin, 0x9F
	case b < 0xF0:
		return 3, continuationMin, continuationMax
	case b == 0xF0:
		return 4, 0x90, continuationMax
	case b < 0xF4:
		return 4, continuationMin, continuationMax
	case b == 0xF4:
		return 4, continuationMin, 0x8F
	}
	return 0, 0, 0
}

func isContinuation(b byte) bool {
	return continuationMin <= b && b <= continuationMax
}

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding of a rune.
// An invalid encoding is considered a full Rune since it will convert as a width-1 error rune.
func FullRune(p []byte) bool {
	n := len(p)
	if n == 0 {
		return false
	}
	size, lo, hi := leadByte(p[0])
	if n >= size {
		return true
	}
	// Short: full only if what is there already shows the sequence is invalid.
	if n > 1 && (p[1] < lo || hi < p[1]) {
		return true
	}
	return n > 2 && !isContinuation(p[2])
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	size, lo, hi := leadByte(s[0])
	if n >= size {
		return true
	}
	if n > 1 && (s[1] < lo || hi < s[1]) {
		return true
	}
	return n > 2 && !isContinuation(s[2])
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and
// its width in bytes. If p is empty it returns (RuneError, 0). Otherwise, if
// the encoding is invalid, it returns (RuneError, 1). Both are impossible
// results for correct, non-empty UTF-8.
//
// An encoding is invalid if it is incorrect UTF-8, encodes a rune that is
// out of range, or is not the shortest possible UTF-8 encoding for the
// value. No other validation is performed.
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n == 0 {
		return RuneError, 0
	}
	b0 := p[0]
	want, lo, hi := leadByte(b0)
	switch {
	case want == 1:
		return rune(b0), 1
	case want == 0 || n < want:
		return RuneError, 1
	}
	b1 := p[1]
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if want == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	}
	b2 := p[2]
	if !isContinuation(b2) {
		return RuneError, 1
	}
	if want == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	b3 := p[3]
	if !isContinuation(b3) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// DecodeRuneInString is like DecodeRune but its input is a string. If s is
// empty it returns (RuneError, 0). Otherwise, if the encoding is invalid, it
// returns (RuneError, 1). Both are impossible results for correct, non-empty
// UTF-8.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n == 0 {
		return RuneError, 0
	}
	b0 := s[0]
	want, lo, hi := leadByte(b0)
	switch {
	case want == 1:
		return rune(b0), 1
	case want == 0 || n < want:
		return RuneError, 1
	}
	b1 := s[1]
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if want == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	}
	b2 := s[2]
	if !isContinuation(b2) {
		return RuneError, 1
	}
	if want == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	b3 := s[3]
	if !isContinuation(b3) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune
// and its width in bytes. If p is empty it returns (RuneError, 0).
// Otherwise, if the encoding is invalid, it returns (RuneError, 1). Both are
// impossible results for correct, non-empty UTF-8.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	if p[end-1] < RuneSelf {
		return rune(p[end-1]), 1
	}
	// Back up to the byte that may start the last sequence (at most UTFMax
	// bytes back); the sequence must then end exactly at the end.
	start := end - 1
	for start > 0 && start > end-UTFMax && !RuneStart(p[start]) {
		start--
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
// If s is empty it returns (RuneError, 0). Otherwise, if the encoding is
// invalid, it returns (RuneError, 1). Both are impossible results for
// correct, non-empty UTF-8.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	start := end - 1
	for start > 0 && start > end-UTFMax && !RuneStart(s[start]) {
		start--
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen returns the number of bytes required to encode the rune.
// It returns -1 if the rune is not a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < RuneSelf:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding
// of the rune. If the rune is out of range, it writes the encoding of
// RuneError. It returns the number of bytes written.
func EncodeRune(p []byte, r rune) int {
	if !ValidRune(r) {
		r = RuneError
	}
	switch RuneLen(r) {
	case 1:
		p[0] = byte(r)
		return 1
	case 2:
		_ = p[1] // one bounds check, before anything is written (as gc's)
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case 3:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// AppendRune appends the UTF-8 encoding of r to the end of p and
// returns the extended buffer. If the rune is out of range,
// it appends the encoding of RuneError.
func AppendRune(p []byte, r rune) []byte {
	if 0 <= r && r < RuneSelf {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCount returns the number of runes in p. Erroneous and short
// encodings are treated as single runes of width 1 byte.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRune(p[i:])
		i += size
	}
	return n
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// RuneStart reports whether the byte could be the first byte of an encoded,
// possibly invalid rune. Second and subsequent bytes always have the top two
// bits set to 10.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8.
// Code points that are out of range or a surrogate half are illegal.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
