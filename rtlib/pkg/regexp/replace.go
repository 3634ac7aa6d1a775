// This file implements replacing matches (ReplaceAll and its literal and
// function forms), expanding $name templates, and Split.
package regexp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// replace copies the source (bsrc, or src when bsrc is nil) with every
// match replaced by what repl appends. A match of the empty string right
// after a previous match is not replaced, so that patterns matching both
// empty and non-empty strings do not replace twice.
func (re *Regexp) replace(bsrc []byte, src string, ncap int, repl func(dst []byte, match []int) []byte) []byte {
	var in input
	end := 0
	if bsrc != nil {
		in, end = &inputBytes{bsrc}, len(bsrc)
	} else {
		in, end = &inputString{src}, len(src)
	}
	var buf []byte
	appendSource := func(i, j int) {
		if bsrc != nil {
			buf = append(buf, bsrc[i:j]...)
		} else {
			buf = append(buf, src[i:j]...)
		}
	}
	lastMatchEnd, searchPos := 0, 0
	for searchPos <= end {
		a, ok := re.execute(in, searchPos, ncap)
		if !ok {
			break
		}
		appendSource(lastMatchEnd, a[0])
		if a[1] > lastMatchEnd || a[0] == 0 {
			buf = repl(buf, a)
		}
		lastMatchEnd = a[1]
		// Go on after the match, and always at least one rune further.
		_, width := in.step(searchPos)
		switch {
		case searchPos+width > a[1]:
			searchPos += width
		case searchPos+1 > a[1]:
			searchPos++ // at the end of the input, where width is 0
		default:
			searchPos = a[1]
		}
	}
	appendSource(lastMatchEnd, end)
	return buf
}

// ReplaceAllString returns a copy of src, replacing matches of the Regexp
// with the replacement string repl. Inside repl, $ signs are interpreted
// as in Expand.
func (re *Regexp) ReplaceAllString(src, repl string) string {
	ncap := 2
	if strings.Contains(repl, "$") {
		ncap = 2 * (re.numSubexp + 1)
	}
	b := re.replace(nil, src, ncap, func(dst []byte, match []int) []byte {
		return re.expand(dst, repl, nil, src, match)
	})
	return string(b)
}

// ReplaceAllLiteralString returns a copy of src, replacing matches of the
// Regexp with the replacement string repl, used directly.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replace(nil, src, 2, func(dst []byte, match []int) []byte {
		return append(dst, repl...)
	}))
}

// ReplaceAllStringFunc returns a copy of src in which all matches of the
// Regexp have been replaced by the return value of function repl applied
// to the matched substring.
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replace(nil, src, 2, func(dst []byte, match []int) []byte {
		return append(dst, repl(src[match[0]:match[1]])...)
	}))
}

// ReplaceAll returns a copy of src, replacing matches of the Regexp with
// the replacement text repl. Inside repl, $ signs are interpreted as in
// Expand.
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	ncap := 2
	if strings.Contains(string(repl), "$") {
		ncap = 2 * (re.numSubexp + 1)
	}
	srepl := string(repl)
	return re.replace(src, "", ncap, func(dst []byte, match []int) []byte {
		return re.expand(dst, srepl, src, "", match)
	})
}

// ReplaceAllLiteral returns a copy of src, replacing matches of the
// Regexp with the replacement bytes repl, used directly.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replace(src, "", 2, func(dst []byte, match []int) []byte {
		return append(dst, repl...)
	})
}

// ReplaceAllFunc returns a copy of src in which all matches of the Regexp
// have been replaced by the return value of function repl applied to the
// matched byte slice.
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replace(src, "", 2, func(dst []byte, match []int) []byte {
		return append(dst, repl(src[match[0]:match[1]])...)
	})
}

// Expand appends template to dst and returns the result; during the
// append, Expand replaces variables in the template with corresponding
// matches drawn from src. The match slice should have been returned by
// FindSubmatchIndex.
//
// In the template, a variable is denoted by a substring of the form $name
// or ${name}, where name is a non-empty sequence of letters, digits, and
// underscores. A purely numeric name like $1 refers to the submatch with
// the corresponding index; other names refer to capturing parentheses
// named with the (?P<name>...) syntax. A reference to an out of range or
// unmatched index or a name that is not present in the regular expression
// is replaced with an empty slice. In the $name form, name is taken to be
// as long as possible. To insert a literal $ in the output, use $$.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), src, "", match)
}

// ExpandString is like Expand but the template and source are strings.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, nil, src, match)
}

func (re *Regexp) expand(dst []byte, template string, bsrc []byte, src string, match []int) []byte {
	appendGroup := func(i int) {
		if 2*i+1 < len(match) && match[2*i] >= 0 {
			if bsrc != nil {
				dst = append(dst, bsrc[match[2*i]:match[2*i+1]]...)
			} else {
				dst = append(dst, src[match[2*i]:match[2*i+1]]...)
			}
		}
	}
	for {
		dollar := strings.IndexByte(template, '$')
		if dollar < 0 {
			break
		}
		dst = append(dst, template[:dollar]...)
		template = template[dollar+1:]
		if template != "" && template[0] == '$' {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, num, rest, ok := parseVariable(template)
		if !ok {
			dst = append(dst, '$') // malformed: the $ is plain text
			continue
		}
		template = rest
		if num >= 0 {
			appendGroup(num)
			continue
		}
		for i, subName := range re.subexpNames {
			if name == subName {
				appendGroup(i)
				break
			}
		}
	}
	return append(dst, template...)
}

// parseVariable parses the name after a $: name or {name}; num is its
// value when it is a number without leading zeros, else -1.
func parseVariable(s string) (name string, num int, rest string, ok bool) {
	braced := s != "" && s[0] == '{'
	if braced {
		s = s[1:]
	}
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			break
		}
		i += size
	}
	if i == 0 {
		return "", 0, "", false
	}
	name = s[:i]
	if braced {
		if i >= len(s) || s[i] != '}' {
			return "", 0, "", false
		}
		i++
	}
	num = 0
	for j := 0; j < len(name); j++ {
		if name[j] < '0' || name[j] > '9' || num >= 1e8 {
			num = -1
			break
		}
		num = num*10 + int(name[j]-'0')
	}
	if len(name) > 1 && name[0] == '0' {
		num = -1
	}
	return name, num, s[i:], true
}

// Split slices s into substrings separated by the expression and returns
// a slice of the substrings between those expression matches. The count
// n determines the number of substrings to return: n > 0 at most n (the
// last one being the unsplit remainder), n == 0 nil, n < 0 all.
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	pieces := make([]string, 0, len(matches))
	beg, end := 0, 0
	for _, match := range matches {
		if n > 0 && len(pieces) == n-1 {
			break
		}
		end = match[0]
		if match[1] != 0 {
			pieces = append(pieces, s[beg:end])
		}
		beg = match[1]
	}
	if end != len(s) {
		pieces = append(pieces, s[beg:])
	}
	return pieces
}
