// This file implements the case mappings of package strings: each rune
// through package unicode's mapping, invalid UTF-8 bytes becoming U+FFFD
// (as strings.Map makes them).
package strings

import (
	"unicode"
	"unicode/utf8"
)

// The mappings mapCase applies.
const (
	toUpper = iota
	toLower
	toTitle
)

// mapCase returns s with every rune mapped to the case, through special
// when it is not nil.
func mapCase(s string, _case int, special unicode.SpecialCase, useSpecial bool) string {
	var b Builder
	b.Grow(len(s))
	for _, c := range s {
		var r rune
		switch {
		case useSpecial && _case == toUpper:
			r = special.ToUpper(c)
		case useSpecial && _case == toLower:
			r = special.ToLower(c)
		case useSpecial:
			r = special.ToTitle(c)
		case _case == toUpper:
			r = unicode.ToUpper(c)
		case _case == toLower:
			r = unicode.ToLower(c)
		default:
			r = unicode.ToTitle(c)
		}
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isASCIIWithout reports whether s is ASCII only and has no byte in lo..hi:
// then a case mapping leaves it as it is.
func isASCIIWithout(s string, lo, hi byte) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || (lo <= c && c <= hi) {
			return false
		}
	}
	return true
}

// ToUpper returns s with all Unicode letters mapped to their upper case.
func ToUpper(s string) string {
	if isASCIIWithout(s, 'a', 'z') {
		return s
	}
	return mapCase(s, toUpper, nil, false)
}

// ToLower returns s with all Unicode letters mapped to their lower case.
func ToLower(s string) string {
	if isASCIIWithout(s, 'A', 'Z') {
		return s
	}
	return mapCase(s, toLower, nil, false)
}

// ToTitle returns a copy of the string s with all Unicode letters mapped to
// their Unicode title case.
func ToTitle(s string) string {
	return mapCase(s, toTitle, nil, false)
}

// ToUpperSpecial returns a copy of the string s with all Unicode letters mapped to their
// upper case using the case mapping specified by c.
func ToUpperSpecial(c unicode.SpecialCase, s string) string {
	return mapCase(s, toUpper, c, true)
}

// ToLowerSpecial returns a copy of the string s with all Unicode letters mapped to their
// lower case using the case mapping specified by c.
func ToLowerSpecial(c unicode.SpecialCase, s string) string {
	return mapCase(s, toLower, c, true)
}

// ToTitleSpecial returns a copy of the string s with all Unicode letters mapped to their
// Unicode title case, giving priority to the special casing rules.
func ToTitleSpecial(c unicode.SpecialCase, s string) string {
	return mapCase(s, toTitle, c, true)
}

// isSeparator reports whether the rune could mark a word boundary.
func isSeparator(r rune) bool {
	// ASCII alphanumerics and underscore are not separators
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9':
			return false
		case 'a' <= r && r <= 'z':
			return false
		case 'A' <= r && r <= 'Z':
			return false
		case r == '_':
			return false
		}
		return true
	}
	// Letters and digits are not separators
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	// Otherwise, all we can do for now is treat spaces as separators.
	return unicode.IsSpace(r)
}

// Title returns a copy of the string s with all Unicode letters that begin words
// mapped to their Unicode title case.
//
// Deprecated: The rule Title uses for word boundaries does not handle Unicode
// punctuation properly. Use golang.org/x/text/cases instead.
func Title(s string) string {
	var b Builder
	b.Grow(len(s))
	prev := ' '
	for _, r := range s {
		if isSeparator(prev) {
			b.WriteRune(unicode.ToTitle(r))
		} else {
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}
