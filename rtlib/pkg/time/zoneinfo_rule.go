// This file implements the POSIX TZ rules that end TZif files and say
// which zone is in use after the last listed transition, such as
// "CET-1CEST,M3.5.0,M10.5.0/3": standard zone CET one hour east of UTC
// (POSIX offsets count west), daylight zone CEST (one hour more unless
// given), from the last Sunday of March 02:00 (the default time) to the
// last Sunday of October 03:00. A date is Mm.w.d (weekday d of week w,
// 5 = the last, of month m), Jn (day n of 1..365, February 29 never
// counted) or n (day n of 0..365). Without dates, US rules apply.
// Names are three or more letters, or anything between < and >.
package time

// A tzRule is the date and the local time of day (seconds) of a change.
type tzRule struct {
	kind         byte // 'M', 'J' or 'D' (day of year from 0)
	mon, week    int
	day, seconds int
}

// ruleLookup returns the zone that the TZ rule s puts in use at sec, for
// sec after the last transition lastTx, and its bounds within sec's
// year; ok is false when s cannot be parsed.
func ruleLookup(s string, lastTx, sec int64) (name string, offset int, start, end int64, isDST, ok bool) {
	stdName, s, ok := tzName(s)
	var stdOffset int
	if ok {
		stdOffset, s, ok = tzOffset(s)
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	stdOffset = -stdOffset // POSIX counts west of UTC
	if len(s) == 0 || s[0] == ',' {
		return stdName, stdOffset, lastTx, omega, false, true
	}
	dstName, s, ok := tzName(s)
	dstOffset := stdOffset + 3600
	if ok && len(s) > 0 && s[0] != ',' {
		dstOffset, s, ok = tzOffset(s)
		dstOffset = -dstOffset
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	if len(s) == 0 {
		s = ",M3.2.0,M11.1.0" // the US rules
	}
	if s[0] != ',' && s[0] != ';' {
		return "", 0, 0, 0, false, false
	}
	startRule, s, ok := tzParseRule(s[1:])
	if !ok || len(s) == 0 || s[0] != ',' {
		return "", 0, 0, 0, false, false
	}
	endRule, s, ok := tzParseRule(s[1:])
	if !ok || len(s) > 0 {
		return "", 0, 0, 0, false, false
	}

	// sec's year (in UTC, as gc takes it), the Unix time at its start,
	// and sec's offset into it.
	days, _ := floorDiv(sec, 86400)
	y, _, _ := civil(days)
	year := int(y)
	yearStart := daysFromCivil(y, January, 1) * 86400
	ysec := (days-yearStart/86400)*86400 + sec%86400

	startSec := int64(tzRuleTime(year, startRule, stdOffset))
	endSec := int64(tzRuleTime(year, endRule, dstOffset))
	dstIsDST, stdIsDST := true, false
	if endSec < startSec {
		// Southern hemisphere: daylight saving spans the new year.
		startSec, endSec = endSec, startSec
		stdName, dstName = dstName, stdName
		stdOffset, dstOffset = dstOffset, stdOffset
		stdIsDST, dstIsDST = dstIsDST, stdIsDST
	}
	switch {
	case ysec < startSec:
		return stdName, stdOffset, yearStart, yearStart + startSec, stdIsDST, true
	case ysec >= endSec:
		// gc ends the zone 365 days after the year's start, leap or not.
		return stdName, stdOffset, yearStart + endSec, yearStart + 365*86400, stdIsDST, true
	}
	return dstName, dstOffset, yearStart + startSec, yearStart + endSec, dstIsDST, true
}

// tzName reads a zone name: "<...>" or three or more characters up to a
// digit, sign or comma.
func tzName(s string) (name, rest string, ok bool) {
	if len(s) == 0 {
		return "", "", false
	}
	if s[0] == '<' {
		for i := 1; i < len(s); i++ {
			if s[i] == '>' {
				return s[1:i], s[i+1:], true
			}
		}
		return "", "", false
	}
	for i, r := range s {
		if '0' <= r && r <= '9' || r == ',' || r == '-' || r == '+' {
			if i < 3 {
				return "", "", false
			}
			return s[:i], s[i:], true
		}
	}
	if len(s) < 3 {
		return "", "", false
	}
	return s, "", true
}

// tzOffset reads [+-]hh[:mm[:ss]] (hours up to 24*7) in seconds.
func tzOffset(s string) (offset int, rest string, ok bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	negative := s[0] == '-'
	if s[0] == '+' || s[0] == '-' {
		s = s[1:]
	}
	hours, s, ok := tzNumber(s, 0, 24*7)
	if !ok {
		return 0, "", false
	}
	offset = hours * 3600
	for _, unit := range []int{60, 1} {
		if len(s) == 0 || s[0] != ':' {
			break
		}
		var v int
		if v, s, ok = tzNumber(s[1:], 0, 59); !ok {
			return 0, "", false
		}
		offset += v * unit
	}
	if negative {
		offset = -offset
	}
	return offset, s, true
}

// tzParseRule reads a date (Jn, n or Mm.w.d) and an optional /time.
func tzParseRule(s string) (r tzRule, rest string, ok bool) {
	if len(s) == 0 {
		return r, "", false
	}
	switch s[0] {
	case 'J':
		r.kind = 'J'
		r.day, s, ok = tzNumber(s[1:], 1, 365)
	case 'M':
		r.kind = 'M'
		r.mon, s, ok = tzNumber(s[1:], 1, 12)
		if ok && len(s) > 0 && s[0] == '.' {
			r.week, s, ok = tzNumber(s[1:], 1, 5)
			if ok && len(s) > 0 && s[0] == '.' {
				r.day, s, ok = tzNumber(s[1:], 0, 6)
			} else {
				ok = false
			}
		} else {
			ok = false
		}
	default:
		r.kind = 'D'
		r.day, s, ok = tzNumber(s, 0, 365)
	}
	if !ok {
		return tzRule{}, "", false
	}
	r.seconds = 2 * 3600 // 02:00 by default
	if len(s) > 0 && s[0] == '/' {
		if r.seconds, s, ok = tzOffset(s[1:]); !ok {
			return tzRule{}, "", false
		}
	}
	return r, s, true
}

// tzNumber reads a decimal number in [min, max].
func tzNumber(s string, min, max int) (n int, rest string, ok bool) {
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		n = n*10 + int(s[i]-'0')
		if n > max {
			return 0, "", false
		}
	}
	if i == 0 || n < min {
		return 0, "", false
	}
	return n, s[i:], true
}

// tzRuleTime returns when rule r changes the zone in year, in seconds
// from the start of the year in UTC, for a zone offset seconds east of
// UTC before the change.
func tzRuleTime(year int, r tzRule, offset int) int {
	y := int64(year)
	leap := year%4 == 0 && (year%100 != 0 || year%400 == 0)
	var yday int // from 0
	switch r.kind {
	case 'J':
		yday = r.day - 1
		if leap && r.day >= 60 {
			yday++
		}
	case 'D':
		yday = r.day
	case 'M':
		first := daysFromCivil(y, Month(r.mon), 1)
		_, dow := floorDiv(first+4, 7)  // 1970-01-01 was a Thursday
		d := (r.day - int(dow) + 7) % 7 // the first such weekday, from 0
		monthDays := 31                 // December
		if r.mon < 12 {
			monthDays = int(daysFromCivil(y, Month(r.mon)+1, 1) - first)
		}
		for i := 1; i < r.week && d+7 < monthDays; i++ {
			d += 7
		}
		yday = int(first-daysFromCivil(y, January, 1)) + d
	}
	return yday*86400 + r.seconds - offset
}
