// Package math/rand: gc's sequences for the default source (seeded with
// 1), after Seed, and for New(NewSource(n)): every method.
package main

import (
	"fmt"
	"math/rand"
)

func draw(name string, r *rand.Rand) {
	fmt.Println(name, r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Int(), r.Int63n(1000000007), r.Int31n(1000), r.Intn(10))
	fmt.Println(r.Float64(), r.Float32(), r.Perm(10), r.NormFloat64(), r.ExpFloat64())
	s := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	p := make([]byte, 10)
	r.Read(p)
	fmt.Println(s, p, r.Int63n(1<<40), r.Intn(1<<40))
}

func main() {
	fmt.Println(rand.Int(), rand.Intn(100), rand.Int63(), rand.Float64(), rand.Perm(5))
	rand.Seed(42)
	fmt.Println(rand.Int(), rand.Intn(100), rand.Uint32(), rand.Int31n(7), rand.NormFloat64(), rand.ExpFloat64())
	for _, seed := range []int64{0, 1, -5, 1 << 40, 2147483647} {
		draw(fmt.Sprint("seed ", seed), rand.New(rand.NewSource(seed)))
	}
	r := rand.New(rand.NewSource(7))
	sum := 0.0
	for i := 0; i < 100000; i++ {
		sum += r.NormFloat64() + r.ExpFloat64()
	}
	fmt.Printf("%.10f\n", sum)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		rand.Intn(0)
	}()
}
