// This file implements FormatComplex and ParseComplex: a complex number is
// two floats, "(re±imi)", and parsing reads the longest float at the start
// of the text (floatPrefix, Go's readFloat grammar) twice.
package strconv

const fnParseComplex = "ParseComplex"

// FormatComplex converts the complex number c to a string of the form
// (a+bi) where a and b are the real and imaginary parts, formatted
// according to the format fmt and precision prec (see FormatFloat).
// bitSize is 64 for complex64 and 128 for complex128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1 // the parts of a complex64 are float32
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// ParseComplex converts the string s to a complex number with the
// precision specified by bitSize: 64 for complex64, or 128 for complex128.
// s may be "N", "Ni" or "N±Ni", optionally in parentheses, each N a
// floating-point number as ParseFloat accepts it. Errors are *NumError
// with Func "ParseComplex" and Num s; a part out of range gives ±Inf and
// ErrRange, after the whole of s was checked.
func ParseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error // a range error, reported if nothing worse is found
	re, n, err := parseFloatPrefix(s, size)
	if err != nil {
		if pending, err = complexError(err, orig); err != nil {
			return 0, err
		}
	}
	s = s[n:]
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		// "+NaNi" needs its '+' consumed; "++" stays an error.
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, syntaxError(fnParseComplex, orig)
	default:
		return 0, syntaxError(fnParseComplex, orig)
	}
	im, n, err := parseFloatPrefix(s, size)
	if err != nil {
		var rangeErr error
		if rangeErr, err = complexError(err, orig); err != nil {
			return 0, err
		}
		pending = rangeErr
	}
	if s[n:] != "i" {
		return 0, syntaxError(fnParseComplex, orig)
	}
	return complex(re, im), pending
}

// complexError renames a part's *NumError as ParseComplex's: a range
// error comes back as the first result (pending), any other as the second.
func complexError(err error, s string) (rangeErr, other error) {
	if e, ok := err.(*NumError); ok {
		e.Func = fnParseComplex
		e.Num = s
		if e.Err == ErrRange {
			return e, nil
		}
	}
	return nil, err
}

// parseFloatPrefix parses the longest floating-point number at the start
// of s, returning its value and length.
func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	n := floatPrefix(s)
	if n == 0 {
		return 0, 0, syntaxError(fnParseFloat, s)
	}
	f, err := ParseFloat(s[:n], bitSize)
	return f, n, err
}

// floatPrefix is the length of the floating-point number at the start of
// s, 0 if there is none: an optional sign, then "inf", "infinity" or (with
// no sign) "nan" in any case, or a decimal or hexadecimal mantissa with an
// optional exponent (required for hexadecimal) and underscores where Go
// allows them.
func floatPrefix(s string) int {
	if len(s) == 0 {
		return 0
	}
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i++
	}
	if i < len(s) && lower(s[i]) == 'i' {
		n := 0
		for n < len("infinity") && i+n < len(s) && lower(s[i+n]) == "infinity"[n] {
			n++
		}
		if n >= 3 && n < 8 {
			n = 3
		}
		if n == 3 || n == 8 {
			return i + n
		}
		return 0
	}
	if i == 0 && len(s) >= 3 && equalFoldASCII(s[:3], "nan") {
		return 3
	}
	base, expChar := 10, byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base, expChar = 16, 'p'
		i += 2
	}
	underscores, sawdot, sawdigits := false, false, false
digits:
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			underscores = true
		case c == '.':
			if sawdot {
				break digits
			}
			sawdot = true
		case '0' <= c && c <= '9', base == 16 && 'a' <= lower(c) && lower(c) <= 'f':
			sawdigits = true
		default:
			break digits
		}
	}
	if !sawdigits {
		return 0
	}
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return 0
		}
		for i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_') {
			if s[i] == '_' {
				underscores = true
			}
			i++
		}
	} else if base == 16 {
		return 0
	}
	if underscores && !underscoreOK(s[:i]) {
		return 0
	}
	return i
}
