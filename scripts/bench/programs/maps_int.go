// Map micro-benchmark, integer keys: rounds of inserting 256K keys (growing
// from empty), looking each up twice (hits and misses), updating in place,
// ranging, and deleting them all. Prints a checksum so that gc's and
// go2cpp's binaries can be compared.
package main

import "fmt"

func main() {
	const n = 1 << 18
	sum := 0
	for round := 0; round < 4; round++ {
		m := make(map[int]int)
		for i := 0; i < n; i++ {
			m[i*2654435761%(1<<40)] = i
		}
		for i := 0; i < n; i++ {
			sum += m[i*2654435761%(1<<40)]
			if _, ok := m[i*2654435761%(1<<40)+1]; ok {
				sum++
			}
		}
		for i := 0; i < n; i += 3 {
			m[i*2654435761%(1<<40)] += 7
		}
		for _, v := range m {
			sum += v & 15
		}
		for i := 0; i < n; i++ {
			delete(m, i*2654435761%(1<<40))
		}
		sum += len(m)
	}
	fmt.Println(sum)
}
