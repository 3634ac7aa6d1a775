// env: TZ=America/New_York
// time: Parse's errors (ParseError's texts), its range checks and
// defaults, zone abbreviations and offsets matched against Local (here
// TZ=America/New_York), ParseInLocation, and LoadLocation's errors; the
// output comes from gc.
package main

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local, time.Now().Location())
	cases := [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05+07:00"},
		{time.RFC3339, "2006-01-02T15:04:05-05:00"},
		{time.RFC3339, "2006-07-02T15:04:05-04:00"},
		{time.RFC3339, "2006-01-02T15:04:05"},
		{time.RFC3339, "2006-01-02T15:04:05.123456789Z"},
		{time.RFC3339, "2006-01-02T15:04:05,5Z"},
		{time.RFC3339, "2006-13-02T15:04:05Z"},
		{time.RFC3339, "2006-02-30T15:04:05Z"},
		{time.RFC3339, "2006-01-02T25:04:05Z"},
		{time.RFC3339, "2006-01-02T15:60:05Z"},
		{time.RFC3339, "2006-01-02T15:04:61Z"},
		{time.RFC3339, "2006-01-02T15:04:05Z extra"},
		{time.RFC3339, "06-01-02T15:04:05Z"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 EST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 EDT"},
		{time.RFC1123, "Sun, 02 Jul 2006 15:04:05 EDT"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 PST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT-11"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 +03"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 ChST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 AEST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 WITA"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 Est"},
		{time.RFC1123, "Xyz, 02 Jan 2006 15:04:05 EST"},
		{time.RFC1123, "mon, 02 jAN 2006 15:04:05 EST"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0500"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 *0500"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -05"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.Kitchen, "12:00PM"},
		{time.Kitchen, "13:00PM"},
		{time.Kitchen, "3:04XM"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.ANSIC, "Mon Jan 2 15:04:05 2006"},
		{time.ANSIC, "Mon Jan   2 15:04:05   2006"},
		{time.ANSIC, "Mon Jan 2 15:04:05 2006 "},
		{time.StampMilli, "Jan  2 15:04:05.1"},
		{time.StampMilli, "Jan  2 15:04:05.123"},
		{time.StampMilli, "Jan  2 15:04:05"},
		{"2006-01-02 15:04:05", "2010-02-04 21:00:57.012345678"},
		{"2006-01-02 15:04:05", "2010-02-04 21:00:57.0123456789012"},
		{"2006-01-02 15:04:05", "2010-02-04 21:00:57."},
		{"2006-01-02 15:04:05.999", "2010-02-04 21:00:57"},
		{"2006-01-02 15:04:05.999", "2010-02-04 21:00:57.12345678912"},
		{"2006-01-02 15:04:05.000", "2010-02-04 21:00:57.12"},
		{"2006 002", "2012 060"},
		{"2006 002", "2013 060"},
		{"2006 002", "2012 366"},
		{"2006 002", "2013 366"},
		{"2006 002", "2012 000"},
		{"2006 __2", "2012  61"},
		{"2006-01 002", "2012-03 060"},
		{"2006-01-02 002", "2012-02-28 060"},
		{"06", "68"},
		{"06", "69"},
		{"06", "+1"},
		{"2006", "+123"},
		{"2006", "12"},
		{"Jan 2", "Feb 29"},
		{"Jan 2 2006", "Feb 29 2001"},
		{"January", "june"},
		{"Monday", "Tues"},
		{"15:04", "9:30"},
		{"3 pm", "3 PM"},
		{"3 pm", "3 pm"},
		{"-07:00:00", "+05:30:15"},
		{"Z07:00:00", "Z"},
		{"Z07", "-03"},
		{"", ""},
		{"", "x"},
		{"x\"y\\\x7f\x01é", "z"},
		{"2006-01-02", "2006-01-02\xff"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			var pe *time.ParseError
			fmt.Println("error:", err, errors.As(err, &pe))
			if pe != nil {
				fmt.Printf("  %q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
			}
			continue
		}
		name, offset := t.Zone()
		fmt.Println(t, "|", t.Location(), name, offset, t.UTC(), t.Nanosecond())
	}
	kolkata, _ := time.LoadLocation("Asia/Kolkata")
	for _, v := range []string{"2022-01-02 10:00 IST", "2022-01-02 10:00 EST", "2022-01-02 10:00 +0530", "2022-01-02 10:00 CET"} {
		t, err := time.ParseInLocation("2006-01-02 15:04 MST", v, kolkata)
		fmt.Println(t, err)
		t, err = time.ParseInLocation("2006-01-02 15:04 -0700", v, kolkata)
		fmt.Println(t, err)
	}
	for _, name := range []string{"", "UTC", "Local", "Europe/Paris", "Nowhere/Land", "../etc/passwd", "/etc/localtime", "America", "Etc/GMT+5", "EST5EDT"} {
		l, err := time.LoadLocation(name)
		fmt.Println(l, err)
		if err == nil {
			t := time.Date(2021, 6, 1, 12, 0, 0, 0, l)
			fmt.Println(" ", t, t.Format(time.RFC3339))
		}
	}
	// Local's zone around the New York transitions, through Unix.
	for _, u := range []int64{1647154799, 1647154800, 1667714399, 1667714400, 2524608000, 4102444800} {
		t := time.Unix(u, 0)
		s, e := t.ZoneBounds()
		fmt.Println(t, t.IsDST(), s, e)
	}
	b, _ := time.Date(2020, 5, 5, 5, 5, 5, 5, time.Local).MarshalBinary()
	var t time.Time
	fmt.Println(t.UnmarshalBinary(b), t, t.Location())
}
