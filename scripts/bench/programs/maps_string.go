// Map micro-benchmark, string keys: word counting over generated words
// (short and long keys, many repeats), lookups of present and absent
// words, and deleting half. Prints a checksum.
package main

import "fmt"

func word(i int) string {
	b := make([]byte, 0, 24)
	for n := 3 + i%13; n > 0; n-- {
		b = append(b, byte('a'+i%26))
		i = i*1103515245 + 12345
		if i < 0 {
			i = -i
		}
	}
	return string(b)
}

func main() {
	const n = 200000
	words := make([]string, n)
	for i := range words {
		words[i] = word(i % 50000)
	}
	sum := 0
	for round := 0; round < 10; round++ {
		counts := make(map[string]int)
		for _, w := range words {
			counts[w]++
		}
		for _, w := range words {
			sum += counts[w]
			if _, ok := counts[w+"x"]; ok {
				sum++
			}
		}
		for i, w := range words {
			if i%2 == 0 {
				delete(counts, w)
			}
		}
		sum += len(counts)
	}
	fmt.Println(sum)
}
