// Package testing outside go test: a T's logging, failing, skipping,
// helpers, TempDir and Setenv; AllocsPerRun; Benchmark with
// sub-benchmarks, failures and RunParallel; BenchmarkResult's formatting.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

var sink *[16]byte

func check(t testing.TB, cond bool) {
	t.Helper()
	if !cond {
		t.Error("check failed")
	}
}

func main() {
	testing.Init()
	flag.Parse()
	fmt.Println(testing.Short(), testing.Verbose(), testing.CoverMode(), testing.Coverage())

	var t testing.T
	t.Log("a log line")
	fmt.Println(t.Name() == "", t.Failed(), t.Skipped())
	check(&t, true)
	fmt.Println(t.Failed())
	check(&t, false)
	fmt.Println(t.Failed())
	dir := t.TempDir()
	st, err := os.Stat(dir)
	fmt.Println("tempdir", err == nil && st.IsDir())
	t.Setenv("GO2CPP_TESTING_VAR", "set")
	fmt.Println("env", os.Getenv("GO2CPP_TESTING_VAR"))

	done := make(chan bool)
	go func() {
		defer close(done)
		var t2 testing.T
		defer func() { fmt.Println("after Fatal:", t2.Failed()) }()
		t2.Fatal("stop")
		fmt.Println("not reached")
	}()
	<-done
	done = make(chan bool)
	go func() {
		defer close(done)
		var t3 testing.T
		defer func() { fmt.Println("after Skip:", t3.Skipped(), t3.Failed()) }()
		t3.Skipf("not %s", "today")
		fmt.Println("not reached")
	}()
	<-done

	fmt.Println(testing.AllocsPerRun(100, func() { sink = new([16]byte) }))
	fmt.Println(testing.AllocsPerRun(100, func() {}))

	res := testing.Benchmark(func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sink = new([16]byte)
		}
	})
	fmt.Println(res.N > 1, res.T >= 500*time.Millisecond, res.AllocsPerOp(), res.AllocedBytesPerOp() >= 16)
	fmt.Println(strings.HasSuffix(res.String(), " ns/op"), res.MemString() == fmt.Sprintf("%8d B/op\t%8d allocs/op", res.AllocedBytesPerOp(), 1))

	var subOK [3]bool
	res = testing.Benchmark(func(b *testing.B) {
		subOK[0] = b.Run("a", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				time.Sleep(time.Microsecond)
			}
		})
		subOK[1] = b.Run("b", func(b *testing.B) { b.SetBytes(10) })
		subOK[2] = b.Run("c", func(b *testing.B) { b.Fatal("broken") })
	})
	fmt.Println("subs:", res.N, res.T > 0, res.Bytes, subOK)

	var count int64
	res = testing.Benchmark(func(b *testing.B) {
		b.SetParallelism(2)
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				sink = new([16]byte)
			}
		})
		count += int64(b.N)
	})
	fmt.Println("parallel:", res.N > 0, count > int64(res.N))

	r := testing.BenchmarkResult{N: 1000, T: 1500 * time.Microsecond, Bytes: 100, MemAllocs: 3000, MemBytes: 48000,
		Extra: map[string]float64{"widgets": 0.25}}
	fmt.Printf("%q\n%q\n", r.String(), r.MemString())
	fmt.Println(r.NsPerOp(), r.AllocsPerOp(), r.AllocedBytesPerOp())
}
