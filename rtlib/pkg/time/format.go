// This file implements Time.Format and Time.String: a layout is read
// left to right, and each of gc's reference elements (2006, Jan, 02, 15,
// 04, 05, .000, -07:00, MST, ...) is replaced by that part of the time;
// everything else is copied. parse.go reads the same layouts.
package time

// The layouts of gc's time package.
const (
	Layout      = "01/02 03:04:05PM '06 -0700" // The reference time, in numerical order.
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" // RFC822 with numeric zone
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" // RFC1123 with numeric zone
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	// Handy time stamps.
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
)

// nextElement splits layout at its first element (a part of the
// reference time, such as "Jan", "2006", "_2", ".000" or "Z07:00") into
// the text before it, the element and the rest; elem is "" when there is
// none. The rules are gc's: "Jan" and "Mon" followed by a lower-case
// letter are text ("Janet"), a run of 0s or 9s after '.' or ',' is a
// fraction of a second only when no digit follows, "_2006" is an
// underscore and the year, and a lone "1", "2", "3", "4" or "5" is an
// element.
func nextElement(layout string) (prefix, elem, suffix string) {
	for i := 0; i < len(layout); i++ {
		rest := layout[i:]
		e := ""
		switch c := rest[0]; c {
		case 'J':
			if hasPrefix(rest, "January") {
				e = "January"
			} else if hasPrefix(rest, "Jan") && !startsWithLower(rest[3:]) {
				e = "Jan"
			}
		case 'M':
			if hasPrefix(rest, "Monday") {
				e = "Monday"
			} else if hasPrefix(rest, "Mon") && !startsWithLower(rest[3:]) {
				e = "Mon"
			} else if hasPrefix(rest, "MST") {
				e = "MST"
			}
		case '0':
			if len(rest) >= 2 && '1' <= rest[1] && rest[1] <= '6' {
				e = rest[:2]
			} else if hasPrefix(rest, "002") {
				e = "002"
			}
		case '1':
			e = "1"
			if hasPrefix(rest, "15") {
				e = "15"
			}
		case '2':
			e = "2"
			if hasPrefix(rest, "2006") {
				e = "2006"
			}
		case '_':
			if hasPrefix(rest, "_2006") {
				return layout[:i+1], "2006", layout[i+5:]
			} else if hasPrefix(rest, "_2") || hasPrefix(rest, "__2") {
				e = rest[:2]
				if rest[1] == '_' {
					e = "__2"
				}
			}
		case '3', '4', '5':
			e = rest[:1]
		case 'P':
			if hasPrefix(rest, "PM") {
				e = "PM"
			}
		case 'p':
			if hasPrefix(rest, "pm") {
				e = "pm"
			}
		case '-', 'Z':
			for _, z := range zoneElements {
				if hasPrefix(rest[1:], z) {
					e = rest[:1+len(z)]
					break
				}
			}
		case '.', ',':
			if len(rest) >= 2 && (rest[1] == '0' || rest[1] == '9') {
				j := 1
				for j < len(rest) && rest[j] == rest[1] {
					j++
				}
				if j == len(rest) || rest[j] < '0' || rest[j] > '9' {
					e = rest[:j]
				}
			}
		}
		if e != "" {
			return layout[:i], e, layout[i+len(e):]
		}
	}
	return layout, "", ""
}

// zoneElements are the numeric zone elements after their '-' or 'Z',
// longest first where one is a prefix of another.
var zoneElements = []string{"070000", "07:00:00", "0700", "07:00", "07"}

func hasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

func startsWithLower(s string) bool {
	return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z'
}

// appendPadded appends v in decimal, padded with pad to width digits.
func appendPadded(b []byte, v int, width int, pad byte) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	digits := appendUint(nil, uint64(v))
	for n := len(digits); n < width; n++ {
		b = append(b, pad)
	}
	return append(b, digits...)
}

// appendZone appends the offset as -07, -0700, -07:00 or with seconds;
// with z, a zero offset is "Z".
func appendZone(b []byte, offset int, element string) []byte {
	z := element[0] == 'Z'
	if z && offset == 0 {
		return append(b, 'Z')
	}
	form := element[1:] // "07", "0700", "07:00", "070000", "07:00:00"
	// The sign is that of the whole minutes, as in gc: an offset of -30
	// seconds has a "+".
	minutes, abs := offset/60, offset
	if minutes < 0 {
		b = append(b, '-')
		minutes, abs = -minutes, -abs
	} else {
		b = append(b, '+')
	}
	b = appendPadded(b, minutes/60, 2, '0')
	colon := len(form) > 4 && form[2] == ':'
	if len(form) > 2 {
		if colon {
			b = append(b, ':')
		}
		b = appendPadded(b, minutes%60, 2, '0')
	}
	if len(form) > 5 {
		if colon {
			b = append(b, ':')
		}
		b = appendPadded(b, abs%60, 2, '0')
	}
	return b
}

// Format returns a textual representation of the time value formatted
// according to the layout defined by the argument.
func (t Time) Format(layout string) string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	zone, offset := t.Zone()
	b := make([]byte, 0, len(layout)+10)
	for layout != "" {
		prefix, e, suffix := nextElement(layout)
		b = append(b, prefix...)
		if e == "" {
			break
		}
		layout = suffix
		switch e {
		case "January":
			b = append(b, month.String()...)
		case "Jan":
			b = append(b, month.String()[:3]...)
		case "Monday":
			b = append(b, t.Weekday().String()...)
		case "Mon":
			b = append(b, t.Weekday().String()[:3]...)
		case "MST":
			if zone != "" {
				b = append(b, zone...)
			} else {
				b = appendZone(b, offset, "-0700")
			}
		case "2006":
			b = appendPadded(b, year, 4, '0')
		case "06":
			y := year
			if y < 0 {
				y = -y
			}
			b = appendPadded(b, y%100, 2, '0')
		case "01":
			b = appendPadded(b, int(month), 2, '0')
		case "1":
			b = appendPadded(b, int(month), 0, '0')
		case "02":
			b = appendPadded(b, day, 2, '0')
		case "_2":
			b = appendPadded(b, day, 2, ' ')
		case "2":
			b = appendPadded(b, day, 0, '0')
		case "002":
			b = appendPadded(b, t.YearDay(), 3, '0')
		case "__2":
			b = appendPadded(b, t.YearDay(), 3, ' ')
		case "15":
			b = appendPadded(b, hour, 2, '0')
		case "03", "3":
			h := hour % 12
			if h == 0 {
				h = 12
			}
			b = appendPadded(b, h, len(e), '0')
		case "04":
			b = appendPadded(b, min, 2, '0')
		case "4":
			b = appendPadded(b, min, 0, '0')
		case "05":
			b = appendPadded(b, sec, 2, '0')
		case "5":
			b = appendPadded(b, sec, 0, '0')
		case "PM", "pm":
			pm := hour >= 12
			switch {
			case pm && e == "PM":
				b = append(b, "PM"...)
			case pm:
				b = append(b, "pm"...)
			case e == "PM":
				b = append(b, "AM"...)
			default:
				b = append(b, "am"...)
			}
		default:
			if e[0] == '.' || e[0] == ',' {
				b = appendFraction(b, t.nsec, e)
			} else {
				b = appendZone(b, offset, e)
			}
		}
	}
	return string(b)
}

// appendFraction appends the fraction of a second for ".000" (exactly
// that many digits) or ".999" (at most that many, trailing zeros and an
// empty fraction left out); the separator is the element's.
func appendFraction(b []byte, nsec int32, e string) []byte {
	n := len(e) - 1
	if n > 9 {
		n = 9
	}
	digits := appendPadded(nil, int(nsec), 9, '0')[:n]
	if e[1] == '9' {
		for n > 0 && digits[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, e[0])
	return append(b, digits[:n]...)
}

// String returns the time formatted using the format string
// "2006-01-02 15:04:05.999999999 -0700 MST", followed, when t has a
// monotonic clock reading, by " m=±<value>" (seconds since the program
// started), as in gc.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m := t.mono - startNano
		sign := byte('+')
		if m < 0 {
			sign = '-'
			m = -m
		}
		b := append([]byte(" m="), sign)
		b = appendUint(b, uint64(m/1e9))
		b = append(b, '.')
		b = appendPadded(b, int(m%1e9), 9, '0')
		s += string(b)
	}
	return s
}
