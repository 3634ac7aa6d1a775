// env: TZ=Europe/Berlin
// time: MarshalJSON, UnmarshalJSON, MarshalText and UnmarshalText round
// trips, their range errors and Parse's errors through them; Local is
// Europe/Berlin, so offsets it uses come back in Local.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, t := range []time.Time{
		time.Date(2022, 7, 4, 12, 30, 15, 120000000, time.Local),
		time.Date(2022, 1, 4, 12, 30, 15, 0, time.Local),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.FixedZone("X", -7*3600-1800)),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC),
	} {
		j, err := t.MarshalJSON()
		x, err2 := t.MarshalText()
		fmt.Printf("%s %v | %s %v\n", j, err, x, err2)
		if err != nil {
			continue
		}
		var u, v time.Time
		e1 := u.UnmarshalJSON(j)
		e2 := v.UnmarshalText(x)
		fmt.Println(" ", u, e1, u.Equal(t), u.Location(), "|", v, e2, v.Equal(t))
	}
	var t time.Time
	for _, in := range []string{"null", `"2022-02-30T00:00:00Z"`, `2022-01-01T00:00:00Z`, `"2022-01-01T00:00:00.5+01:00"`} {
		err := t.UnmarshalJSON([]byte(in))
		fmt.Println(t, err)
	}
	fmt.Println(t.UnmarshalText([]byte("2022-01-01 00:00:00")), t)
}
