// This file implements time.ParseDuration of Go 1.19: a signed sequence of
// decimal numbers, each with an optional fraction and a unit ("300ms",
// "-1.5h", "2h45m"), with gc's error texts. Fractions are scaled through a
// float64, as gc does, so that the results agree to the nanosecond.
package time

import "errors"

var durationUnits = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 micro sign
	"μs": uint64(Microsecond), // U+03BC Greek mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// ParseDuration parses a duration string such as "1h15m30.5s".
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := func() (Duration, error) { return 0, errors.New("time: invalid duration " + quoteForError(orig)) }
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return invalid()
	}
	var total uint64
	for s != "" {
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return invalid()
		}
		before := len(s)
		whole, rest, ok := leadingDigits(s)
		if !ok {
			return invalid()
		}
		s = rest
		hasWhole := len(s) != before
		var frac uint64
		scale := 1.0
		hasFrac := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			before = len(s)
			frac, scale, s = leadingFractionDigits(s)
			hasFrac = len(s) != before
		}
		if !hasWhole && !hasFrac {
			return invalid()
		}
		i := 0
		for i < len(s) && s[i] != '.' && (s[i] < '0' || s[i] > '9') {
			i++
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quoteForError(orig))
		}
		name := s[:i]
		s = s[i:]
		unit, known := durationUnits[name]
		if !known {
			return 0, errors.New("time: unknown unit " + quoteForError(name) + " in duration " + quoteForError(orig))
		}
		if whole > 1<<63/unit {
			return invalid()
		}
		v := whole * unit
		if frac > 0 {
			v += uint64(float64(frac) * (float64(unit) / scale))
			if v > 1<<63 {
				return invalid()
			}
		}
		total += v
		if total > 1<<63 {
			return invalid()
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return invalid()
	}
	return Duration(total), nil
}

// leadingDigits consumes [0-9]* from s; ok is false past 1<<63.
func leadingDigits(s string) (x uint64, rest string, ok bool) {
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if x > 1<<63/10 {
			return 0, "", false
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, "", false
		}
	}
	return x, s[i:], true
}

// leadingFractionDigits consumes [0-9]* after a decimal point; digits past
// what a uint64 holds are consumed but add no precision.
func leadingFractionDigits(s string) (x uint64, scale float64, rest string) {
	i := 0
	scale = 1
	full := false
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if full {
			continue
		}
		if x > (1<<63-1)/10 {
			full = true
			continue
		}
		y := x*10 + uint64(s[i]-'0')
		if y > 1<<63 {
			full = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// quoteForError quotes s as time's error messages do: printable ASCII as
// is (with \" and \\ escaped), every byte of anything else as \xNN.
func quoteForError(s string) string {
	const hex = "0123456789abcdef"
	buf := []byte{'"'}
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x80 || c < ' ' {
			// One rune's bytes (a bad byte alone) as escapes.
			n := 1
			if c >= 0x80 {
				n = runeLength(s[i:])
			}
			for j := 0; j < n; j++ {
				buf = append(buf, '\\', 'x', hex[s[i+j]>>4], hex[s[i+j]&0xF])
			}
			i += n
			continue
		}
		if c == '"' || c == '\\' {
			buf = append(buf, '\\')
		}
		buf = append(buf, c)
		i++
	}
	return string(append(buf, '"'))
}

// runeLength is the length of the UTF-8 sequence at the start of s, 1 for
// an invalid byte: the step of a range over s.
func runeLength(s string) int {
	for i := range s {
		if i > 0 {
			return i
		}
	}
	return len(s)
}
