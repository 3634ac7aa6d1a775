// This file implements ParseFloat: Go's syntax for the input (decimal and
// hexadecimal floating-point literals, underscores between digits,
// infinities and NaN) is checked here, and the conversion itself, which
// must be correctly rounded to the nearest float64 or float32, is the C
// library's strtod or strtof on the checked text (native.hpp).
package strconv

// special recognizes the whole of s as an infinity or NaN, in any case:
// "inf", "infinity" (either with an optional sign) or "nan".
func special(s string) (f float64, ok bool) {
	if len(s) == 0 {
		return 0, false
	}
	sign := 1
	t := s
	switch s[0] {
	case '+', '-':
		if s[0] == '-' {
			sign = -1
		}
		t = s[1:]
		if equalFoldASCII(t, "inf") || equalFoldASCII(t, "infinity") {
			return inf(sign), true
		}
		return 0, false
	}
	if equalFoldASCII(t, "inf") || equalFoldASCII(t, "infinity") {
		return inf(sign), true
	}
	if equalFoldASCII(t, "nan") {
		return nan(), true
	}
	return 0, false
}

// equalFoldASCII reports whether s equals the lower-case word t, ignoring
// the case of ASCII letters.
func equalFoldASCII(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lower(s[i]) != t[i] {
			return false
		}
	}
	return true
}

// floatSyntax checks s against Go's floating-point literal syntax (with an
// optional sign) and returns it without underscores, in a form strtod
// reads exactly the same way.
func floatSyntax(s string) (clean string, ok bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	hex := false
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		hex = true
		i += 2
	}
	underscores := false
	sawDot, sawDigits := false, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			underscores = true
		case c == '.':
			if sawDot {
				return "", false
			}
			sawDot = true
		case '0' <= c && c <= '9', hex && 'a' <= lower(c) && lower(c) <= 'f':
			sawDigits = true
		default:
			goto mantissaDone
		}
	}
mantissaDone:
	if !sawDigits {
		return "", false
	}
	// The exponent: required for hexadecimal mantissas.
	if i < len(s) && (hex && lower(s[i]) == 'p' || !hex && lower(s[i]) == 'e') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return "", false
		}
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
			}
		}
	} else if hex {
		return "", false
	}
	if i != len(s) {
		return "", false
	}
	if !underscores {
		return s, true
	}
	if !underscoreOK(s) {
		return "", false
	}
	b := make([]byte, 0, len(s))
	for j := 0; j < len(s); j++ {
		if s[j] != '_' {
			b = append(b, s[j])
		}
	}
	return string(b), true
}

const fnParseFloat = "ParseFloat"

// ParseFloat converts the string s to a floating-point number with the
// precision specified by bitSize: 32 for float32, or 64 for float64. When
// bitSize=32, the result still has type float64, but it will be
// convertible to float32 without changing its value.
//
// ParseFloat accepts decimal and hexadecimal floating-point numbers as
// defined by the Go syntax for floating-point literals. If s is
// well-formed and near a valid floating-point number, ParseFloat returns
// the nearest floating-point number rounded using IEEE754 unbiased
// rounding.
//
// The errors that ParseFloat returns have concrete type *NumError and
// include err.Num = s. If s is not syntactically well-formed, ParseFloat
// returns err.Err = ErrSyntax. If s is syntactically well-formed but is
// more than 1/2 ULP away from the largest floating point number of the
// given size, ParseFloat returns f = ±Inf, err.Err = ErrRange.
//
// ParseFloat recognizes the string "NaN", and the (possibly signed)
// strings "Inf" and "Infinity" as their respective special floating point
// values. It ignores case when matching.
func ParseFloat(s string, bitSize int) (float64, error) {
	if f, ok := special(s); ok {
		return f, nil
	}
	clean, ok := floatSyntax(s)
	if !ok {
		return 0, syntaxError(fnParseFloat, s)
	}
	var f float64
	if bitSize == 32 {
		f = strtof(clean)
	} else {
		f = strtod(clean)
	}
	if f > maxFloat64 || f < -maxFloat64 {
		return f, rangeError(fnParseFloat, s)
	}
	return f, nil
}

const maxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))

// inf returns an infinity: the largest float64 doubled, at run time
// (a constant would overflow).
func inf(sign int) float64 {
	f := maxFloat64
	if sign < 0 {
		f = -f
	}
	return f * 2
}

// strtod is the C library's correctly rounded conversion of a checked
// decimal or hexadecimal literal to a float64.
//
//go2cpp:native
func strtod(s string) float64

// strtof is strtod to the nearest float32.
//
//go2cpp:native
func strtof(s string) float64

//go2cpp:native
func nan() float64
