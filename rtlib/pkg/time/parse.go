// This file implements Parse and ParseInLocation: the layout is split into
// elements as Format splits it (nextElement), the text between them must
// match the value (a run of spaces matching any run of spaces), and each
// element reads its part of the value. The rules, the range checks and
// the errors (ParseError's texts) are gc's.
package time

import "errors"

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	b := append([]byte("parsing time "), appendQuoted(nil, e.Value)...)
	if e.Message != "" {
		return string(b) + e.Message
	}
	b = append(b, " as "...)
	b = appendQuoted(b, e.Layout)
	b = append(b, ": cannot parse "...)
	b = appendQuoted(b, e.ValueElem)
	b = append(b, " as "...)
	return string(appendQuoted(b, e.LayoutElem))
}

// errBad marks a value that does not match its element; it becomes a
// ParseError and is never returned itself.
var errBad = errors.New("bad value for field")

// Parse parses a formatted string and returns the time value it
// represents, the layout being a reference time as for Format. Without a
// zone in the value the time is in UTC; a zone offset or abbreviation
// that Local uses at that time gives a time in Local, other offsets a
// fabricated fixed zone, unknown abbreviations a fixed zone of offset 0.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but differs in two important ways. First,
// in the absence of time zone information, Parse interprets a time as UTC;
// ParseInLocation interprets the time as in the given location. Second,
// when given a zone offset or abbreviation, Parse tries to match it
// against the Local location; ParseInLocation uses the given location.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

// parsed collects the fields a value gives; -1 marks one not given.
type parsed struct {
	year, month, day, yday int
	hour, min, sec, nsec   int
	am, pm                 bool
	zone                   *Location // UTC for "Z" and "UTC"
	zoneOffset             int       // seconds east; -1: none
	zoneName               string
}

func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	fullLayout, fullValue := layout, value
	p := parsed{month: -1, day: -1, yday: -1, zoneOffset: -1}
	for {
		prefix, elem, suffix := nextElement(layout)
		var err error
		value, err = skip(value, prefix)
		if err != nil {
			return Time{}, &ParseError{fullLayout, fullValue, prefix, value, ""}
		}
		if elem == "" {
			if len(value) != 0 {
				return Time{}, &ParseError{fullLayout, fullValue, "", value,
					": extra text: " + string(appendQuoted(nil, value))}
			}
			break
		}
		layout = suffix
		var rangeErr string
		value, rangeErr, err = p.element(elem, value, suffix)
		if rangeErr != "" {
			return Time{}, &ParseError{fullLayout, fullValue, elem, value, ": " + rangeErr + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{fullLayout, fullValue, elem, value, ""}
		}
	}
	if p.pm && p.hour < 12 {
		p.hour += 12
	} else if p.am && p.hour == 12 {
		p.hour = 0
	}
	if msg := p.resolveDate(); msg != "" {
		return Time{}, &ParseError{fullLayout, fullValue, "", value, msg}
	}
	return p.time(defaultLocation, local), nil
}

// element reads the value of one layout element from the start of value
// and returns the rest; rangeErr names a field out of its range. suffix
// is the layout after the element (a fraction of a second after the
// seconds is read here unless the layout has its own).
func (p *parsed) element(elem, value, suffix string) (rest, rangeErr string, err error) {
	switch elem {
	case "06":
		if len(value) < 2 {
			return value, "", errBad
		}
		y, err := atoi(value[:2])
		if err != nil {
			return value, "", err
		}
		// Two-digit years from 69 are the 1900s (Unix time starts on
		// Dec 31 1969 in some zones), the others the 2000s.
		if y >= 69 {
			p.year = y + 1900
		} else {
			p.year = y + 2000
		}
		return value[2:], "", nil
	case "2006":
		if len(value) < 4 || !isDigit(value, 0) {
			return value, "", errBad
		}
		p.year, err = atoi(value[:4])
		return value[4:], "", err
	case "Jan", "January":
		p.month, value, err = lookupName(longMonthNames, len(elem) == 3, value)
		p.month++
		return value, "", err
	case "1", "01":
		p.month, value, err = getnum(value, elem == "01")
		if err == nil && (p.month <= 0 || 12 < p.month) {
			rangeErr = "month"
		}
		return value, rangeErr, err
	case "Mon", "Monday":
		// The weekday is checked for syntax and otherwise ignored.
		_, value, err = lookupName(longDayNames, len(elem) == 3, value)
		return value, "", err
	case "2", "_2", "02":
		if elem == "_2" && len(value) > 0 && value[0] == ' ' {
			value = value[1:]
		}
		// Any one- or two-digit day; checked against the month later.
		p.day, value, err = getnum(value, elem == "02")
		return value, "", err
	case "__2", "002":
		for i := 0; i < 2 && elem == "__2" && len(value) > 0 && value[0] == ' '; i++ {
			value = value[1:]
		}
		p.yday, value, err = getnum3(value, elem == "002")
		return value, "", err
	case "15":
		p.hour, value, err = getnum(value, false)
		if p.hour < 0 || 24 <= p.hour {
			rangeErr = "hour"
		}
		return value, rangeErr, err
	case "3", "03":
		p.hour, value, err = getnum(value, elem == "03")
		if p.hour < 0 || 12 < p.hour {
			rangeErr = "hour"
		}
		return value, rangeErr, err
	case "4", "04":
		p.min, value, err = getnum(value, elem == "04")
		if p.min < 0 || 60 <= p.min {
			rangeErr = "minute"
		}
		return value, rangeErr, err
	case "5", "05":
		p.sec, value, err = getnum(value, elem == "05")
		if p.sec < 0 || 60 <= p.sec {
			return value, "second", err
		}
		// A fraction of a second the layout does not have is read too
		// (even when the seconds failed, which it then excuses, as in gc).
		if len(value) >= 2 && isFractionSeparator(value[0]) && isDigit(value, 1) {
			if _, next, _ := nextElement(suffix); isFractionElement(next) {
				return value, "", nil
			}
			n := 2
			for n < len(value) && isDigit(value, n) {
				n++
			}
			p.nsec, rangeErr, err = parseNanoseconds(value, n)
			value = value[n:]
		}
		return value, rangeErr, err
	case "PM", "pm":
		if len(value) < 2 {
			return value, "", errBad
		}
		switch v := value[:2]; {
		case elem == "PM" && v == "PM" || elem == "pm" && v == "pm":
			p.pm = true
		case elem == "PM" && v == "AM" || elem == "pm" && v == "am":
			p.am = true
		default:
			err = errBad
		}
		return value[2:], "", err
	case "MST":
		if len(value) >= 3 && value[:3] == "UTC" {
			p.zone = UTC
			return value[3:], "", nil
		}
		n, ok := zoneNameLength(value)
		if !ok {
			return value, "", errBad
		}
		p.zoneName = value[:n]
		return value[n:], "", nil
	}
	if isFractionElement(elem) {
		return p.fraction(elem, value)
	}
	return p.zoneOffsetElement(elem, value)
}

// fraction reads the fraction of a second of ".000" (exactly as many
// digits) or ".999" (optional; any number of digits, at most 9 used).
func (p *parsed) fraction(elem, value string) (rest, rangeErr string, err error) {
	if elem[1] == '0' {
		n := len(elem)
		if len(value) < n {
			return value, "", errBad
		}
		p.nsec, rangeErr, err = parseNanoseconds(value, n)
		return value[n:], rangeErr, err
	}
	if len(value) < 2 || !isFractionSeparator(value[0]) || !isDigit(value, 1) {
		return value, "", nil // omitted
	}
	i := 0
	for i < 9 && i+1 < len(value) && isDigit(value, i+1) {
		i++
	}
	p.nsec, rangeErr, err = parseNanoseconds(value, 1+i)
	return value[1+i:], rangeErr, err
}

// zoneOffsetElement reads a numeric zone: -07, -0700, -07:00, -070000,
// -07:00:00, or their Z forms, which also accept "Z" (except those with
// seconds).
func (p *parsed) zoneOffsetElement(elem, value string) (rest, rangeErr string, err error) {
	form := elem[1:]
	if elem[0] == 'Z' && len(form) <= 5 && len(value) >= 1 && value[0] == 'Z' {
		p.zone = UTC
		return value[1:], "", nil
	}
	// The positions of hours, minutes and seconds in the value.
	var sign, hh, mm, ss string
	ss, mm = "00", "00"
	switch form {
	case "07:00":
		if len(value) < 6 || value[3] != ':' {
			return value, "", errBad
		}
		sign, hh, mm, value = value[:1], value[1:3], value[4:6], value[6:]
	case "07":
		if len(value) < 3 {
			return value, "", errBad
		}
		sign, hh, value = value[:1], value[1:3], value[3:]
	case "07:00:00":
		if len(value) < 9 || value[3] != ':' || value[6] != ':' {
			return value, "", errBad
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], value[4:6], value[7:9], value[9:]
	case "070000":
		if len(value) < 7 {
			return value, "", errBad
		}
		sign, hh, mm, ss, value = value[:1], value[1:3], value[3:5], value[5:7], value[7:]
	default: // "0700"
		if len(value) < 5 {
			return value, "", errBad
		}
		sign, hh, mm, value = value[:1], value[1:3], value[3:5], value[5:]
	}
	h, err := atoi(hh)
	var m, s int
	if err == nil {
		m, err = atoi(mm)
	}
	if err == nil {
		s, err = atoi(ss)
	}
	p.zoneOffset = (h*60+m)*60 + s
	switch sign[0] {
	case '+':
	case '-':
		p.zoneOffset = -p.zoneOffset
	default:
		err = errBad
	}
	return value, "", err
}

// resolveDate fills in month and day from the day of the year, or the
// defaults (January, the 1st), and checks the day; it returns the
// ParseError message of a failed check.
func (p *parsed) resolveDate() string {
	if p.yday >= 0 {
		yday := p.yday
		var m, d int
		if isLeap(p.year) {
			if yday == 31+29 {
				m, d = int(February), 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return ": day-of-year out of range"
		}
		if m == 0 {
			m = 1
			for m < 12 && daysBeforeMonth(m+1) < yday {
				m++
			}
			d = yday - daysBeforeMonth(m)
		}
		if p.month >= 0 && p.month != m {
			return ": day-of-year does not match month"
		}
		p.month = m
		if p.day >= 0 && p.day != d {
			return ": day-of-year does not match day"
		}
		p.day = d
	} else {
		if p.month < 0 {
			p.month = int(January)
		}
		if p.day < 0 {
			p.day = 1
		}
	}
	if p.day < 1 || p.day > daysIn(Month(p.month), p.year) {
		return ": day out of range"
	}
	return ""
}

// time returns the parsed time: in the zone the value named when its
// offset or abbreviation is one local uses at that time, else in a fixed
// zone made for it, else in defaultLocation.
func (p *parsed) time(defaultLocation, local *Location) Time {
	date := func(loc *Location) Time {
		return Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, loc)
	}
	if p.zone != nil {
		return date(p.zone)
	}
	if p.zoneOffset != -1 {
		t := date(UTC)
		t.sec -= int64(p.zoneOffset)
		name, offset, _, _, _ := local.lookup(t.sec - unixToInternal)
		if offset == p.zoneOffset && (p.zoneName == "" || name == p.zoneName) {
			t.loc = local
			return t
		}
		t.loc = FixedZone(p.zoneName, p.zoneOffset)
		return t
	}
	if p.zoneName != "" {
		t := date(UTC)
		if offset, ok := local.lookupName(p.zoneName, t.sec-unixToInternal); ok {
			t.sec -= int64(offset)
			t.loc = local
			return t
		}
		// An unknown abbreviation: offset 0, except GMT+h (checked by
		// zoneNameLength).
		offset := 0
		if len(p.zoneName) > 3 && p.zoneName[:3] == "GMT" {
			offset, _ = atoi(p.zoneName[3:])
			offset *= 3600
		}
		t.loc = FixedZone(p.zoneName, offset)
		return t
	}
	return date(defaultLocation)
}

// zoneNameLength returns the length of the zone abbreviation value starts
// with: three upper-case letters, four or five ending in T (and WITA),
// ChST and MeST, GMT with an optional signed hour offset, or a bare signed
// hour offset (+03).
func zoneNameLength(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		if len(value) == 3 {
			return 3, true
		}
		return 3 + signedHourLength(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := signedHourLength(value)
		return n, n > 0
	}
	upper := 0
	for upper < 6 && upper < len(value) && 'A' <= value[upper] && value[upper] <= 'Z' {
		upper++
	}
	switch upper {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// signedHourLength returns the length of the sign and hour (at most 23)
// that value starts with, or 0.
func signedHourLength(value string) int {
	if value[0] != '+' && value[0] != '-' {
		return 0
	}
	x, rest, ok := leadingDigits(value[1:])
	if !ok || len(rest) == len(value)-1 || x > 23 {
		return 0
	}
	return len(value) - len(rest)
}

// skip removes prefix from value. A run of spaces in prefix matches a run
// of spaces in value, which may be empty only at the end of value.
func skip(value, prefix string) (string, error) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, errBad
			}
			prefix = trimSpaces(prefix)
			value = trimSpaces(value)
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, errBad
		}
		prefix, value = prefix[1:], value[1:]
	}
	return value, nil
}

func trimSpaces(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// lookupName matches the start of value, ignoring ASCII case, against
// names (or their first three letters when short) and returns the index
// of the first that matches and the rest of value.
func lookupName(names []string, short bool, value string) (int, string, error) {
	for i, name := range names {
		if short {
			name = name[:3]
		}
		if len(value) >= len(name) && equalFold(value[:len(name)], name) {
			return i, value[len(name):], nil
		}
	}
	return -1, value, errBad
}

// equalFold reports whether s and t are equal with ASCII letters folded.
func equalFold(s, t string) bool {
	for i := 0; i < len(s); i++ {
		a, b := s[i], t[i]
		if a == b {
			continue
		}
		if 'A' <= a && a <= 'Z' || 'a' <= a && a <= 'z' {
			if a|0x20 == b|0x20 {
				continue
			}
		}
		return false
	}
	return true
}

func isDigit(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

func isFractionSeparator(c byte) bool { return c == '.' || c == ',' }

func isFractionElement(elem string) bool {
	return len(elem) >= 2 && isFractionSeparator(elem[0])
}

// getnum reads one or two digits (exactly two when fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigit(s, 0) {
		return 0, s, errBad
	}
	if !isDigit(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 reads one to three digits (exactly three when fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for ; i < 3 && isDigit(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

// atoi reads a whole string as a decimal integer with an optional sign.
func atoi(s string) (int, error) {
	negative := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		negative = s[0] == '-'
		s = s[1:]
	}
	x, rest, ok := leadingDigits(s)
	if !ok || rest != "" {
		return 0, errBad
	}
	if negative {
		return -int(x), nil
	}
	return int(x), nil
}

// parseNanoseconds reads the fraction value[:n] (separator and digits;
// digits beyond the ninth are ignored) as nanoseconds.
func parseNanoseconds(value string, n int) (ns int, rangeErr string, err error) {
	if !isFractionSeparator(value[0]) {
		return 0, "", errBad
	}
	if n > 10 {
		value, n = value[:10], 10
	}
	if ns, err = atoi(value[1:n]); err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := n; i < 10; i++ {
		ns *= 10
	}
	return ns, "", nil
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysBeforeMonth returns the days of a non-leap year before month m.
func daysBeforeMonth(m int) int {
	return int(daysFromCivil(2001, Month(m), 1) - daysFromCivil(2001, January, 1))
}

// daysIn returns the number of days in month m of year.
func daysIn(m Month, year int) int {
	if m == February {
		if isLeap(year) {
			return 29
		}
		return 28
	}
	return 30 + int((m+m/8)%2)
}
