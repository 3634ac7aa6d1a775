// Package flag as gc runs it: every kind of flag on the command line, the
// error texts of a ContinueOnError set, PrintDefaults (defaults shown only
// when not the zero value, back-quoted names, a String method that panics
// on the zero value), Visit order, custom Values, Func and TextVar.
// args: -v -n=42 --name "a b" -d 1m30s -f 2.5 -u 0x10 -big -9 -list x -list y rest -n 7
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string     { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error { *l = append(*l, s); return nil }

type level int

func (l *level) MarshalText() ([]byte, error) { return []byte([]string{"low", "mid", "high"}[*l]), nil }
func (l *level) UnmarshalText(b []byte) error {
	for i, n := range []string{"low", "mid", "high"} {
		if n == string(b) {
			*l = level(i)
			return nil
		}
	}
	return errors.New("unknown level " + string(b))
}

// panicky's String fails on its zero value, as PrintDefaults reports.
type panicky struct{ p *int }

func (v *panicky) String() string     { return fmt.Sprint(*v.p) }
func (v *panicky) Set(s string) error { return nil }

func main() {
	verbose := flag.Bool("v", false, "verbose output")
	n := flag.Int("n", 1, "a `count` of things")
	name := flag.String("name", "", "the name")
	d := flag.Duration("d", time.Second, "how long")
	f := flag.Float64("f", 0, "a factor")
	u := flag.Uint("u", 0, "unsigned")
	big := flag.Int64("big", 0, "an int64")
	var list listValue
	flag.Var(&list, "list", "repeatable")
	flag.Parse()
	fmt.Println(*verbose, *n, *name, *d, *f, *u, *big, list, flag.Args(), flag.NArg(), flag.Arg(0), flag.Arg(9), flag.NFlag(), flag.Parsed())
	flag.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	fmt.Println(flag.Lookup("n").DefValue, flag.Lookup("missing") == nil, flag.Set("n", "5"), *n, flag.Set("zz", "1"))

	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	b := fs.Bool("b", true, "a bool\non two lines")
	i := fs.Int("i", 0, "an int")
	u64 := fs.Uint64("u64", 7, "a uint64")
	s := fs.String("s", "def", "a string with `quoted` name")
	var lv level = 1
	fs.TextVar(&lv, "level", &lv, "the level")
	var seen []string
	fs.Func("fn", "called per use", func(v string) error {
		if v == "bad" {
			return errors.New("bad value")
		}
		seen = append(seen, v)
		return nil
	})
	fs.Var(&panicky{p: new(int)}, "pan", "panics in String")
	fs.PrintDefaults()
	for _, args := range [][]string{
		{"-b=false", "-i", "-12", "-level", "high", "-fn", "x", "--fn=y", "--", "-s", "tail"},
		{"-i", "12abc"},
		{"-i", "99999999999999999999"},
		{"-b=maybe"},
		{"-nope"},
		{"-i"},
		{"---x"},
		{"-level=extreme"},
		{"-fn", "bad"},
		{"-h"},
		{"-u64", "-1"},
	} {
		err := fs.Parse(args)
		fmt.Printf("%q -> err=%v b=%v i=%d u64=%d s=%q level=%d seen=%v args=%q\n", args, err, *b, *i, *u64, *s, lv, seen, fs.Args())
	}
	fmt.Println(errors.Is(fs.Parse([]string{"-help"}), flag.ErrHelp), fs.Name(), fs.ErrorHandling() == flag.ContinueOnError)
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		fmt.Printf("%s:%q:%q ", f.Name, name, usage)
	})
	fmt.Println()

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("i", 0, "again")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("-x", 0, "")
	}()
	var anon flag.FlagSet
	anon.SetOutput(os.Stdout)
	anon.Bool("x", false, "")
	fmt.Println(anon.Parse([]string{"-y"}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		anon.Bool("x", false, "")
	}()
	p := flag.NewFlagSet("p", flag.PanicOnError)
	p.SetOutput(os.Stdout)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Parse([]string{"-q"})
	}()
}
