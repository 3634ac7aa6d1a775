// This file implements Time's ISO 8601 week, AppendFormat, GoString, the
// zone questions a fixed zone answers at once (IsDST, ZoneBounds), and the
// binary encoding of Go's (MarshalBinary: a version byte, seconds since
// year 1, nanoseconds and the zone's offset in minutes, plus seconds in
// version 2), which gob uses too.
package time

import "errors"

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
// Week ranges from 1 to 53. Jan 01 to Jan 03 of year n might belong to
// week 52 or 53 of year n-1, and Dec 29 to Dec 31 might belong to week 1
// of year n+1.
func (t Time) ISOWeek() (year, week int) {
	// A week belongs to the year of its Thursday.
	shift := int(Thursday - t.Weekday())
	if shift == 4 { // Sunday: the Thursday before
		shift = -3
	}
	th := t.Add(Duration(shift) * 24 * Hour)
	return th.Year(), (th.YearDay()-1)/7 + 1
}

// AppendFormat is like Format but appends the textual representation to b
// and returns the extended buffer.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	return append(b, t.Format(layout)...)
}

// GoString implements fmt.GoStringer and formats t to be printed in Go
// source code.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := []byte("time.Date(")
	b = appendInt(b, year)
	if January <= month && month <= December {
		b = append(b, ", time."...)
		b = append(b, longMonthNames[month-1]...)
	} else {
		b = appendInt(b, int(month)) // (no separator, as in gc)
	}
	for _, v := range []int{day, hour, min, sec, t.Nanosecond()} {
		b = append(b, ", "...)
		b = appendInt(b, v)
	}
	b = append(b, ", "...)
	switch loc := t.Location(); loc {
	case UTC:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = appendQuoted(b, loc.name)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}

func appendInt(b []byte, v int) []byte {
	if v < 0 {
		b = append(b, '-')
		return appendUint(b, uint64(-v))
	}
	return appendUint(b, uint64(v))
}

// appendQuoted quotes s as gc's time does: printable ASCII as is, '"' and
// '\\' escaped, other bytes as \xNN.
func appendQuoted(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c >= ' ' && c < 0x80: // DEL too, as gc
			b = append(b, c)
		default:
			b = append(b, '\\', 'x', hex[c>>4], hex[c&0xf])
		}
	}
	return append(b, '"')
}

// IsDST reports whether the time in the configured location is in
// Daylight Savings Time.
func (t Time) IsDST() bool {
	_, _, _, _, isDST := t.loc.lookup(t.sec - unixToInternal)
	return isDST
}

// ZoneBounds returns the bounds of the time zone in effect at time t. The
// zone begins at start and the next zone begins at end. If the zone
// begins at the beginning of time, start will be returned as a zero Time.
// If the zone goes on forever, end will be returned as a zero Time. The
// Location of the returned times will be the same as t.
func (t Time) ZoneBounds() (start, end Time) {
	_, _, s, e, _ := t.loc.lookup(t.sec - unixToInternal)
	if s != alpha {
		start = Time{sec: s + unixToInternal, loc: t.loc}
	}
	if e != omega {
		end = Time{sec: e + unixToInternal, loc: t.loc}
	}
	return start, end
}

const (
	timeBinaryVersionV1 byte = iota + 1 // offset in minutes
	timeBinaryVersionV2                 // and its seconds
)

// MarshalBinary implements the encoding.BinaryMarshaler interface.
func (t Time) MarshalBinary() ([]byte, error) {
	var offsetMin int16 // -1: UTC
	var offsetSec int8
	version := timeBinaryVersionV1
	if t.Location() == UTC {
		offsetMin = -1
	} else {
		_, offset := t.Zone()
		if offset%60 != 0 {
			version = timeBinaryVersionV2
			offsetSec = int8(offset % 60)
		}
		offset /= 60
		if offset < -32768 || offset == -1 || offset > 32767 {
			return nil, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
		offsetMin = int16(offset)
	}
	enc := []byte{version}
	for shift := 56; shift >= 0; shift -= 8 {
		enc = append(enc, byte(t.sec>>shift))
	}
	for shift := 24; shift >= 0; shift -= 8 {
		enc = append(enc, byte(t.nsec>>shift))
	}
	enc = append(enc, byte(offsetMin>>8), byte(offsetMin))
	if version == timeBinaryVersionV2 {
		enc = append(enc, byte(offsetSec))
	}
	return enc, nil
}

// UnmarshalBinary implements the encoding.BinaryUnmarshaler interface.
func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := data[0]
	if version != timeBinaryVersionV1 && version != timeBinaryVersionV2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	want := 1 + 8 + 4 + 2
	if version == timeBinaryVersionV2 {
		want++
	}
	if len(data) != want {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	var sec int64
	for _, c := range data[1:9] {
		sec = sec<<8 | int64(c)
	}
	var nsec int32
	for _, c := range data[9:13] {
		nsec = nsec<<8 | int32(c)
	}
	offset := int(int16(data[13])<<8|int16(data[14])) * 60
	if version == timeBinaryVersionV2 {
		offset += int(data[15]) // unsigned, as gc reads it
	}
	*t = Time{sec: sec, nsec: nsec}
	switch {
	case offset == -60:
		t.loc = UTC
	case offset == localOffsetAt(sec-unixToInternal):
		t.loc = Local
	default:
		t.loc = FixedZone("", offset)
	}
	return nil
}

// localOffsetAt returns the offset of the local zone at sec (Unix
// seconds). (No parameter is called unix: GNU C++ predefines that macro.)
func localOffsetAt(sec int64) int {
	_, offset, _, _, _ := Local.lookup(sec)
	return offset
}

// GobEncode implements the gob.GobEncoder interface.
func (t Time) GobEncode() ([]byte, error) {
	return t.MarshalBinary()
}

// GobDecode implements the gob.GobDecoder interface.
func (t *Time) GobDecode(data []byte) error {
	return t.UnmarshalBinary(data)
}
