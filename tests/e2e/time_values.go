// time's Duration (String, conversions, Round/Truncate), Month and
// Weekday, and Time built with Date and Unix: calendar fields, arithmetic,
// comparisons, zones and Format's layouts, against gc.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, d := range []time.Duration{0, 1, 999, 1000, 1500, time.Millisecond, 1234567, time.Second,
		1500 * time.Millisecond, time.Minute, 61 * time.Second, time.Hour, 90*time.Minute + 5*time.Second + 7,
		-3 * time.Microsecond, 1<<63 - 1, -1 << 63} {
		fmt.Println(d, d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Round(time.Millisecond),
			d.Truncate(time.Second), d.Abs(), d.Minutes(), d.Hours())
	}
	fmt.Println(time.Duration(1<<63-1).Round(time.Hour), time.Duration(-1<<63).Round(time.Hour), (-1500 * time.Millisecond).Round(time.Second))
	fmt.Printf("%v %d %s\n", 2*time.Second, time.Millisecond, time.Minute)

	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	for _, layout := range []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
		time.StampMilli, time.StampMicro, time.StampNano, "2006-01-02 002 __2 _2 pm .000 ,999 Z0700 -07"} {
		fmt.Println(t.Format(layout))
	}
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Hour(), t.Minute(), t.Second(),
		t.Nanosecond(), t.Unix(), t.UnixNano(), t.UnixMilli(), t.UnixMicro())
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s)

	u := t.AddDate(0, 3, 25)
	fmt.Println(u, u.Sub(t), u.After(t), u.Before(t), t.Equal(t.In(time.FixedZone("X", 3600))))
	cet := t.In(time.FixedZone("CET", 3600))
	fmt.Println(cet, cet.Location(), cet.Format(time.RFC3339))
	odd := t.In(time.FixedZone("", -5*3600-30*60))
	fmt.Println(odd.Format(time.RFC822Z + " MST Z07:00 -07:00:00"))
	name, off := cet.Zone()
	fmt.Println(name, off, t.Location(), time.UTC, time.Unix(5, 0).UTC().Location())

	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(-1, 0).UTC(), time.Unix(1, -1).UTC(), time.UnixMilli(1500).UTC(), time.UnixMicro(-1).UTC())
	fmt.Println(time.Date(2000, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0), time.Date(2023, 14, 35, 25, 61, 61, -1, time.UTC))
	fmt.Println(time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero())
	fmt.Println(t.Round(time.Hour), t.Truncate(24*time.Hour), t.Round(time.Second), t.Round(7*time.Minute), t.Truncate(-1))
	var zero time.Time
	fmt.Println(zero.IsZero(), zero, zero.Weekday(), zero.YearDay(), time.Month(13), time.Weekday(-1))
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		fmt.Print(wd, " ")
	}
	fmt.Println()
	for mo := time.January; mo <= time.December; mo++ {
		fmt.Print(mo.String()[:3], " ")
	}
	fmt.Println()
	fmt.Println(time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC).YearDay(), time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC).Weekday())
}
