// String building and byte-slice conversions.
package main

import "fmt"

func main() {
	total := 0
	for r := 0; r < 200; r++ {
		s := ""
		for i := 0; i < 2000; i++ {
			s += string(rune('a' + i%26))
		}
		b := []byte(s)
		for i := range b {
			b[i] ^= 0x20
		}
		total += len(string(b))
	}
	fmt.Println("bytes:", total)
}
