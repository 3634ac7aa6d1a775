// This file implements strings.Replacer: at each position of the input the
// first old string (in argument order) that matches is replaced, and the
// scan resumes after it, so replacements never overlap. An empty old
// string matches at every position, once.
package strings

import "io"

// Replacer replaces a list of strings with replacements.
// It is safe for concurrent use by multiple goroutines.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a new Replacer from a list of old, new string
// pairs. Replacements are performed in the order they appear in the
// target string, without overlapping matches. The old string
// comparisons are done in argument order.
//
// NewReplacer panics if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

// match returns the replacement for the first old string that s starts
// with, skipping empty old strings when skipEmpty.
func (r *Replacer) match(s string, skipEmpty bool) (newText string, oldLen int, found bool) {
	for i := 0; i < len(r.oldnew); i += 2 {
		old := r.oldnew[i]
		if old == "" && skipEmpty {
			continue
		}
		if HasPrefix(s, old) {
			return r.oldnew[i+1], len(old), true
		}
	}
	return "", 0, false
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b Builder
	last := 0 // s[last:i] is copied when a replacement is written
	prevMatchEmpty := false
	changed := false
	for i := 0; i <= len(s); {
		newText, oldLen, found := r.match(s[i:], prevMatchEmpty)
		if found {
			b.WriteString(s[last:i])
			b.WriteString(newText)
			changed = true
			i += oldLen
			last = i
			prevMatchEmpty = oldLen == 0
			continue
		}
		prevMatchEmpty = false
		i++
	}
	if !changed {
		return s
	}
	if last < len(s) {
		b.WriteString(s[last:])
	}
	return b.String()
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
