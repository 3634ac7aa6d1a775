// Package time provides functionality for measuring and displaying time:
// Duration, Time with wall and monotonic clock readings, Month and
// Weekday, Sleep, and the layouts of Format. Locations are UTC, Local
// (which go2cpp treats as UTC: it reads no time zone database yet) and
// fixed zones (FixedZone).
//
// This file implements Duration.
package time

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count. The representation limits the largest representable
// duration to approximately 290 years.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s".
// Leading zero units are omitted. As a special case, durations less than
// one second format use a smaller unit (milli-, micro-, or nanoseconds) to
// ensure that the leading digit is non-zero. The zero duration formats as
// 0s.
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d) // the magnitude; -minDuration does not fit a Duration
	if d < 0 {
		u = -u
	}
	out := make([]byte, 0, 32)
	if d < 0 {
		out = append(out, '-')
	}
	if u < uint64(Second) {
		// Below a second the unit shrinks so that the leading digit is not 0.
		switch {
		case u >= uint64(Millisecond):
			out = append(appendDecimal(out, u, 6), "ms"...)
		case u >= uint64(Microsecond):
			out = append(appendDecimal(out, u, 3), "µs"...)
		default:
			out = append(appendDecimal(out, u, 0), "ns"...)
		}
		return string(out)
	}
	secs := u / uint64(Second)
	hours, minutes := secs/3600, secs/60%60
	if hours > 0 {
		out = append(appendDecimal(out, hours, 0), 'h')
	}
	if hours > 0 || minutes > 0 {
		out = append(appendDecimal(out, minutes, 0), 'm')
	}
	// Seconds and their fraction, in nanoseconds (less than 60e9).
	out = append(appendDecimal(out, secs%60*uint64(Second)+u%uint64(Second), 9), 's')
	return string(out)
}

// appendDecimal appends v/10**scale in decimal, with the fraction's
// trailing zeros (and a fraction of zero) left out.
func appendDecimal(b []byte, v uint64, scale int) []byte {
	pow := uint64(1)
	for i := 0; i < scale; i++ {
		pow *= 10
	}
	b = appendUint(b, v/pow)
	frac := v % pow
	if frac == 0 {
		return b
	}
	digits := make([]byte, scale)
	for i := scale - 1; i >= 0; i-- {
		digits[i] = byte(frac%10) + '0'
		frac /= 10
	}
	n := scale
	for digits[n-1] == '0' {
		n--
	}
	b = append(b, '.')
	return append(b, digits[:n]...)
}

// appendUint appends v in decimal.
func appendUint(b []byte, v uint64) []byte {
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte(v%10) + '0'
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(b, digits[i:]...)
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of
// m. If m <= 0, Truncate returns d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns the result of rounding d to the nearest multiple of m. The
// rounding behavior for halfway values is to round away from zero. If the
// result exceeds the maximum (or minimum) value that can be stored in a
// Duration, Round returns the maximum (or minimum) duration. If m <= 0,
// Round returns d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	// Work on the magnitude of the remainder; 2*r < m, computed without
	// overflow in uint64, decides towards zero.
	r := d % m
	if r < 0 {
		r = -r
	}
	towardZero := uint64(r)+uint64(r) < uint64(m)
	if d < 0 {
		if towardZero {
			return d + r
		}
		if away := d - (m - r); away < d {
			return away
		}
		return minDuration
	}
	if towardZero {
		return d - r
	}
	if away := d + (m - r); away > d {
		return away
	}
	return maxDuration
}

// Abs returns the absolute value of d. As a special case, math.MinInt64
// is converted to math.MaxInt64.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}
