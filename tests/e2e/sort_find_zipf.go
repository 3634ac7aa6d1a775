package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strings"
)

func main() {
	words := []string{"apple", "banana", "cherry", "grape", "melon"}
	for _, target := range []string{"apple", "cherry", "coconut", "zebra", "aaa", "melon"} {
		i, found := sort.Find(len(words), func(i int) int { return strings.Compare(target, words[i]) })
		fmt.Println(target, i, found)
	}
	i, found := sort.Find(0, func(int) int { return 0 })
	fmt.Println("empty", i, found)

	r := rand.New(rand.NewSource(42))
	z := rand.NewZipf(r, 1.5, 2, 100)
	var counts [8]int
	for k := 0; k < 20; k++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
	for k := 0; k < 10000; k++ {
		v := z.Uint64()
		if v < 8 {
			counts[v]++
		}
	}
	fmt.Println(counts)
	z2 := rand.NewZipf(rand.New(rand.NewSource(7)), 3.0, 1, math.MaxUint64)
	for k := 0; k < 10; k++ {
		fmt.Print(z2.Uint64(), " ")
	}
	fmt.Println()
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	var nz *rand.Zipf
	nz.Uint64()
}
