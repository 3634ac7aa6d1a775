package main

import (
	"fmt"
	"time"
)

func main() {
	for _, d := range []time.Time{
		time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2021, 1, 4, 0, 0, 0, 0, time.UTC),
		time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC),
		time.Date(2015, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2016, 1, 3, 23, 59, 0, 0, time.UTC),
		time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC),
	} {
		y, w := d.ISOWeek()
		fmt.Println(d.Format("2006-01-02 Mon"), y, w)
	}
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(string(t.AppendFormat([]byte("at: "), time.RFC3339Nano)))
	fmt.Println(t.GoString())
	fmt.Printf("%#v\n", t.In(time.FixedZone("EST", -5*3600)))
	fmt.Println(time.Date(-5, 1, 2, 3, 4, 5, 6, time.UTC).GoString())
	fmt.Println(t.IsDST())
	s, e := t.ZoneBounds()
	fmt.Println(s.IsZero(), e.IsZero())

	for _, loc := range []*time.Location{time.UTC, time.FixedZone("X", 3600), time.FixedZone("Y", -(4*3600 + 30*60)), time.FixedZone("Z", 5*3600+30)} {
		tt := t.In(loc)
		b, err := tt.MarshalBinary()
		fmt.Printf("%x %v\n", b, err)
		var back time.Time
		err = back.UnmarshalBinary(b)
		_, off := back.Zone()
		fmt.Println(back.UTC(), off, err, back.Equal(tt))
		g, _ := tt.GobEncode()
		var gb time.Time
		fmt.Println(gb.GobDecode(g), gb.Equal(tt))
	}
	var bad time.Time
	fmt.Println(bad.UnmarshalBinary(nil), bad.UnmarshalBinary([]byte{9}), bad.UnmarshalBinary([]byte{1, 2}))
	_, err := t.In(time.FixedZone("M", -60)).MarshalBinary()
	fmt.Println(err)
}
