// runtime/pprof's profiles in their text forms: the goroutine profile at
// debug=1 (goroutines with equal stacks counted together, most first,
// each frame commented with its function and line) and debug=2 (every
// goroutine's traceback), a profile the program makes with NewProfile
// (Add, Remove, Count, duplicate Add panicking), Lookup and Profiles, and
// profiler labels (Labels, WithLabels, Label, ForLabels, Do).
// Addresses and offsets are the compiler's own: the program prints the
// counts, function names and lines only.
package main

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"runtime/pprof"
	"sort"
	"strings"
	"time"
)

func blocked(ch chan int) {
	<-ch
}

func sleeper() {
	time.Sleep(time.Hour)
}

var frame = regexp.MustCompile(`^#\t0x[0-9a-f]+\t(\S+)\+0x[0-9a-f]+\t.*/([^/]+:\d+)$`)
var record = regexp.MustCompile(`^(\d+) @( 0x[0-9a-f]+)+$`)

// showText prints a debug=1 profile's header, counts and main.* frames.
func showText(text string) {
	for _, line := range strings.Split(text, "\n") {
		if m := frame.FindStringSubmatch(line); m != nil {
			if strings.HasPrefix(m[1], "main.") {
				fmt.Printf("  %s %s\n", m[1], m[2])
			}
		} else if m := record.FindStringSubmatch(line); m != nil {
			fmt.Println("record of", m[1])
		} else if line != "" {
			fmt.Println(line)
		}
	}
}

type token struct{ n int }

//go:noinline
func track(p *pprof.Profile, t *token) {
	p.Add(t, 1)
}

func main() {
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go blocked(ch)
	}
	go sleeper()
	time.Sleep(100 * time.Millisecond)

	var buf bytes.Buffer
	if err := pprof.Lookup("goroutine").WriteTo(&buf, 1); err != nil {
		panic(err)
	}
	showText(buf.String())

	buf.Reset()
	pprof.Lookup("goroutine").WriteTo(&buf, 2)
	fmt.Println("sections:", strings.Count(buf.String(), "\ngoroutine ")+1)
	fmt.Println("blocked in chan receive:", strings.Count(buf.String(), "[chan receive]:"))

	p := pprof.NewProfile("example.com/tokens")
	a, b, c := &token{1}, &token{2}, &token{3}
	for _, t := range []*token{a, b, c} {
		track(p, t)
	}
	p.Add(&token{4}, 0)
	p.Remove(b)
	fmt.Println(p.Name(), "count", p.Count())
	buf.Reset()
	p.WriteTo(&buf, 1)
	showText(buf.String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Add(a, 0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		pprof.NewProfile("example.com/tokens")
	}()

	fmt.Println(pprof.Lookup("example.com/tokens") == p, pprof.Lookup("nothing") == nil)
	var names []string
	for _, prof := range pprof.Profiles() {
		names = append(names, prof.Name())
	}
	sort.Strings(names)
	fmt.Println(strings.Join(names, " "))
	ch <- 1
	labels()
}

func labels() {
	ctx := pprof.WithLabels(context.Background(), pprof.Labels("a", "1", "b", "2"))
	ctx = pprof.WithLabels(ctx, pprof.Labels("b", "3", "c", "4"))
	var pairs []string
	pprof.ForLabels(ctx, func(k, v string) bool {
		pairs = append(pairs, k+"="+v)
		return true
	})
	sort.Strings(pairs)
	fmt.Println(pairs)
	v, ok := pprof.Label(ctx, "b")
	fmt.Println(v, ok)
	_, ok = pprof.Label(context.Background(), "b")
	fmt.Println(ok)
	pprof.Do(ctx, pprof.Labels("d", "5"), func(inner context.Context) {
		v, ok := pprof.Label(inner, "d")
		fmt.Println("in Do:", v, ok)
	})
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		pprof.Labels("odd")
	}()
}
