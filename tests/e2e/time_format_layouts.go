// env: TZ=UTC
// time: every layout constant formats and parses back (Format, Parse,
// ParseInLocation) in UTC, fixed zones and IANA zones read with
// LoadLocation, including fractions, two-digit years, days of the year
// and the zone forms; the output comes from gc.
package main

import (
	"fmt"
	"time"
)

var layouts = []string{
	time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
	time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
	time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
	"2006-01-02 15:04:05.999999999 -0700 MST", "Monday, January 2, 2006 3:04:05.000 pm Z0700",
	"06/1/2 3:4:5 PM -07", "2006.002 __2 _2 Z07:00:00 -070000 Z070000", "15h04m05s,000000 MST",
	"Janet 2006", "Mon Mondays", "_2006 Jan _2",
}

func main() {
	berlin, err := time.LoadLocation("Europe/Berlin")
	check(err)
	newYork, err := time.LoadLocation("America/New_York")
	check(err)
	kolkata, err := time.LoadLocation("Asia/Kolkata")
	check(err)
	sydney, err := time.LoadLocation("Australia/Sydney")
	check(err)
	fmt.Println(berlin, newYork, kolkata, sydney, time.Local, time.UTC)
	times := []time.Time{
		time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC),
		time.Date(1999, time.January, 2, 0, 0, 0, 0, time.FixedZone("XYZ", -(5*3600+30*60))),
		time.Date(2022, time.July, 4, 12, 30, 0, 500000000, berlin),
		time.Date(2022, time.March, 13, 1, 59, 59, 0, newYork),
		time.Date(2022, time.March, 13, 3, 0, 0, 1000, newYork),
		time.Date(2022, time.December, 31, 23, 59, 59, 999999999, kolkata),
		time.Date(2023, time.January, 15, 8, 0, 0, 0, sydney),
		time.Date(2050, time.August, 1, 10, 0, 0, 0, berlin),
		time.Date(2050, time.January, 1, 10, 0, 0, 0, sydney),
		time.Date(1900, time.February, 28, 6, 7, 8, 9, berlin),
		time.Date(2016, time.December, 31, 12, 0, 0, 0, time.FixedZone("", 3600*5+45)),
	}
	for _, t := range times {
		fmt.Println("==", t, t.Unix(), t.IsDST())
		for _, layout := range layouts {
			s := t.Format(layout)
			p, err := time.Parse(layout, s)
			q, err2 := time.ParseInLocation(layout, s, t.Location())
			fmt.Printf("%q\n  %v | %v %v | %v %v\n", s, p, err, q, err2, q.Equal(t))
		}
	}
	// Zone transitions: lookups around them, bounds, and Date's handling
	// of the wall clock times that occur twice or never.
	for _, t := range []time.Time{
		time.Date(2022, time.March, 27, 2, 30, 0, 0, berlin),
		time.Date(2022, time.October, 30, 2, 30, 0, 0, berlin),
		time.Date(2022, time.November, 6, 1, 30, 0, 0, newYork),
		time.Date(2060, time.March, 26, 2, 30, 0, 0, berlin),
		time.Date(2060, time.October, 31, 12, 0, 0, 0, sydney),
		time.Date(1850, time.June, 1, 0, 0, 0, 0, berlin),
	} {
		start, end := t.ZoneBounds()
		name, offset := t.Zone()
		fmt.Println(t, name, offset, t.IsDST(), start, end, t.UTC())
	}
}

func check(err error) {
	if err != nil {
		panic(err)
	}
}
