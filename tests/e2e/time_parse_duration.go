// time.ParseDuration with gc's results and error texts.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{
		"0", "-0", "+5s", "300ms", "-1.5h", "2h45m30.5s", "1µs", "1μs", "3us", "7ns", ".5m", "1.s",
		"9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "2562047h47m16.854775807s",
		"1.0000000000000000000000001s", "", "-", "1", "1x", ".s", "s", "1h2", "3ms\"", "\xff1s", "1\u00e9s",
		"100000000000000000000h", "1e3s",
	} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q: %d %v %v\n", s, int64(d), d, err)
	}
}
