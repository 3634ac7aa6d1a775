// utf8.EncodeRune into a buffer too short for the rune panics with gc's
// index error before it writes anything.
// exit: 2
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	buf := make([]byte, 2)
	fmt.Println(utf8.EncodeRune(buf, 'é'), buf)
	utf8.EncodeRune(buf[:1], '世')
	fmt.Println("not reached")
}
