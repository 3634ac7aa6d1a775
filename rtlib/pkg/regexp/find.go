// This file implements the Find family: the first match or all of them,
// as text or as indices, with or without submatches, over strings, byte
// slices and readers.
package regexp

import "io"

// Find returns a slice holding the text of the leftmost match in b of the
// regular expression. A return value of nil indicates no match.
func (re *Regexp) Find(b []byte) []byte {
	a, ok := re.execute(&inputBytes{b}, 0, 2)
	if !ok {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

// FindIndex returns a two-element slice of integers defining the location
// of the leftmost match in b of the regular expression.
func (re *Regexp) FindIndex(b []byte) (loc []int) {
	a, ok := re.execute(&inputBytes{b}, 0, 2)
	if !ok {
		return nil
	}
	return a[0:2]
}

// FindString returns a string holding the text of the leftmost match in
// s of the regular expression. If there is no match, the return value is
// an empty string.
func (re *Regexp) FindString(s string) string {
	a, ok := re.execute(&inputString{s}, 0, 2)
	if !ok {
		return ""
	}
	return s[a[0]:a[1]]
}

// FindStringIndex returns a two-element slice of integers defining the
// location of the leftmost match in s of the regular expression.
func (re *Regexp) FindStringIndex(s string) (loc []int) {
	a, ok := re.execute(&inputString{s}, 0, 2)
	if !ok {
		return nil
	}
	return a[0:2]
}

// FindReaderIndex returns a two-element slice of integers defining the
// location of the leftmost match of the regular expression in text read
// from the RuneReader.
func (re *Regexp) FindReaderIndex(r io.RuneReader) (loc []int) {
	a, ok := re.execute(&inputReader{r: r}, 0, 2)
	if !ok {
		return nil
	}
	return a[0:2]
}

// FindSubmatch returns a slice of slices holding the text of the leftmost
// match of the regular expression in b and the matches, if any, of its
// subexpressions.
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	a, ok := re.execute(&inputBytes{b}, 0, re.prog.NumCap)
	if !ok {
		return nil
	}
	return re.bytesOfMatch(b, re.pad(a))
}

// bytesOfMatch slices b at each pair of a; nil for an unmatched group.
func (re *Regexp) bytesOfMatch(b []byte, a []int) [][]byte {
	ret := make([][]byte, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
		}
	}
	return ret
}

// stringsOfMatch slices s at each pair of a; "" for an unmatched group.
func (re *Regexp) stringsOfMatch(s string, a []int) []string {
	ret := make([]string, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return ret
}

// FindSubmatchIndex returns a slice holding the index pairs identifying
// the leftmost match of the regular expression in b and the matches, if
// any, of its subexpressions; -1 for those that did not take part.
func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	a, _ := re.execute(&inputBytes{b}, 0, re.prog.NumCap)
	return re.pad(a)
}

// FindStringSubmatch returns a slice of strings holding the text of the
// leftmost match of the regular expression in s and the matches, if any,
// of its subexpressions.
func (re *Regexp) FindStringSubmatch(s string) []string {
	a, ok := re.execute(&inputString{s}, 0, re.prog.NumCap)
	if !ok {
		return nil
	}
	return re.stringsOfMatch(s, re.pad(a))
}

// FindStringSubmatchIndex returns a slice holding the index pairs
// identifying the leftmost match of the regular expression in s and the
// matches, if any, of its subexpressions.
func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	a, _ := re.execute(&inputString{s}, 0, re.prog.NumCap)
	return re.pad(a)
}

// FindReaderSubmatchIndex returns a slice holding the index pairs
// identifying the leftmost match of the regular expression of text read
// by the RuneReader, and the matches, if any, of its subexpressions.
func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int {
	a, _ := re.execute(&inputReader{r: r}, 0, re.prog.NumCap)
	return re.pad(a)
}

// allMatches calls deliver for each successive match in the input (of
// length end), at most n of them (all when n < 0). The search goes on
// after each match; an empty match right where the previous match ended
// is not a match (so that "a*" finds "a", not "a" and "", in "ab").
func (re *Regexp) allMatches(in input, end int, n int, ncap int, deliver func([]int)) {
	if n < 0 {
		n = end + 1
	}
	prevEnd := -1
	for pos, count := 0, 0; count < n && pos <= end; {
		a, ok := re.execute(in, pos, ncap)
		if !ok {
			break
		}
		accept := true
		if a[1] == pos {
			// An empty match: step over one rune for the next search.
			if a[0] == prevEnd {
				accept = false
			}
			_, width := in.step(pos)
			if width > 0 {
				pos += width
			} else {
				pos = end + 1
			}
		} else {
			pos = a[1]
		}
		prevEnd = a[1]
		if accept {
			deliver(re.pad(a))
			count++
		}
	}
}

// FindAll is the 'All' version of Find; it returns a slice of all
// successive matches of the expression, as defined by the 'All'
// description in the package comment. A return value of nil indicates no
// match.
func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	var result [][]byte
	re.allMatches(&inputBytes{b}, len(b), n, 2, func(a []int) {
		result = append(result, b[a[0]:a[1]:a[1]])
	})
	return result
}

// FindAllIndex is the 'All' version of FindIndex.
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	var result [][]int
	re.allMatches(&inputBytes{b}, len(b), n, 2, func(a []int) {
		result = append(result, a[0:2])
	})
	return result
}

// FindAllString is the 'All' version of FindString.
func (re *Regexp) FindAllString(s string, n int) []string {
	var result []string
	re.allMatches(&inputString{s}, len(s), n, 2, func(a []int) {
		result = append(result, s[a[0]:a[1]])
	})
	return result
}

// FindAllStringIndex is the 'All' version of FindStringIndex.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var result [][]int
	re.allMatches(&inputString{s}, len(s), n, 2, func(a []int) {
		result = append(result, a[0:2])
	})
	return result
}

// FindAllSubmatch is the 'All' version of FindSubmatch.
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	var result [][][]byte
	re.allMatches(&inputBytes{b}, len(b), n, re.prog.NumCap, func(a []int) {
		result = append(result, re.bytesOfMatch(b, a))
	})
	return result
}

// FindAllSubmatchIndex is the 'All' version of FindSubmatchIndex.
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	var result [][]int
	re.allMatches(&inputBytes{b}, len(b), n, re.prog.NumCap, func(a []int) {
		result = append(result, a)
	})
	return result
}

// FindAllStringSubmatch is the 'All' version of FindStringSubmatch.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var result [][]string
	re.allMatches(&inputString{s}, len(s), n, re.prog.NumCap, func(a []int) {
		result = append(result, re.stringsOfMatch(s, a))
	})
	return result
}

// FindAllStringSubmatchIndex is the 'All' version of
// FindStringSubmatchIndex.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var result [][]int
	re.allMatches(&inputString{s}, len(s), n, re.prog.NumCap, func(a []int) {
		result = append(result, a)
	})
	return result
}

