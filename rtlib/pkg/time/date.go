// This file implements the calendar: the proleptic Gregorian date and
// clock of a Time in its location, Date, AddDate, and the days between.
// Days are counted from 1970-01-01 with Howard Hinnant's era-based
// conversions (400-year eras of 146097 days).
package time

// civil returns the date of a day number (days since 1970-01-01).
func civil(days int64) (year int64, month Month, day int) {
	z := days + 719468 // days since 0000-03-01
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // [0, 365], from March 1
	mp := (5*doy + 2) / 153                                // [0, 11], March = 0
	day = int(doy - (153*mp+2)/5 + 1)
	if mp < 10 {
		month = Month(mp + 3)
	} else {
		month = Month(mp - 9)
	}
	year = yoe + era*400
	if month <= February {
		year++
	}
	return year, month, day
}

// daysFromCivil returns the day number of a date (month in [1, 12]; day
// may be out of its month's range, which moves the date linearly).
func daysFromCivil(year int64, month Month, day int64) int64 {
	if month <= February {
		year--
	}
	era := year / 400
	if year < 0 && year%400 != 0 {
		era--
	}
	yoe := year - era*400
	mp := int64(month) + 9 // March = 0
	if month > February {
		mp = int64(month) - 3
	}
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// floorDiv returns a/b rounded down and the remainder in [0, b).
func floorDiv(a, b int64) (q, r int64) {
	q, r = a/b, a%b
	if r < 0 {
		q--
		r += b
	}
	return q, r
}

// local returns the seconds since 1970-01-01 00:00:00 of t's wall clock in
// its location.
func (t Time) local() int64 {
	unix := t.sec - unixToInternal
	_, offset, _, _, _ := t.loc.lookup(unix)
	return unix + int64(offset)
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	days, _ := floorDiv(t.local(), 86400)
	y, m, d := civil(days)
	return int(y), m, d
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	days, _ := floorDiv(t.local(), 86400)
	_, wd := floorDiv(days+4, 7) // 1970-01-01 was a Thursday
	return Weekday(wd)
}

// YearDay returns the day of the year specified by t, in the range [1,365]
// for non-leap years, and [1,366] in leap years.
func (t Time) YearDay() int {
	days, _ := floorDiv(t.local(), 86400)
	y, _, _ := civil(days)
	return int(days-daysFromCivil(y, January, 1)) + 1
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := floorDiv(t.local(), 86400)
	return int(s / 3600), int(s / 60 % 60), int(s % 60)
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute offset within the hour specified by t, in the
// range [0, 59].
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second offset within the minute specified by t, in
// the range [0, 59].
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond offset within the second specified by
// t, in the range [0, 999999999].
func (t Time) Nanosecond() int {
	return int(t.nsec)
}

// Date returns the Time corresponding to
//
//	yyyy-mm-dd hh:mm:ss + nsec nanoseconds
//
// in the appropriate zone for that time in the given location. The month,
// day, hour, min, sec, and nsec values may be outside their usual ranges
// and will be normalized during the conversion. Date panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	// Months beyond December carry into years.
	y, m := floorDiv(int64(month)-1, 12)
	days := daysFromCivil(int64(year)+y, Month(m+1), int64(day))
	s, ns := floorDiv(int64(nsec), 1e9)
	unix := days*86400 + int64(hour)*3600 + int64(min)*60 + int64(sec) + s
	// unix is the wall clock read as UTC. Its offset is the one in use at
	// unix-offset: look it up at unix first, and again at the corrected
	// instant when that falls outside the zone found (near a transition).
	_, offset, start, end, _ := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		if utc < start || utc >= end {
			_, offset, _, _, _ = loc.lookup(utc)
		}
		unix -= int64(offset)
	}
	return Time{sec: unix + unixToInternal, nsec: int32(ns), loc: loc}
}

// AddDate returns the time corresponding to adding the given number of
// years, months, and days to t. AddDate normalizes its result in the same
// way that Date does.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}
