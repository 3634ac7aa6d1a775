// Package log: Print/Printf/Println to the standard logger and to Loggers
// over any io.Writer, flags, prefixes (Lmsgprefix), Panic* and Fatal
// (exit status 1); io/ioutil and io's combinators along the way.
// exit: 1
package main

import (
	"bytes"
	"fmt"
	"io"
	"io/ioutil"
	"log"
	"os"
	"strings"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "pfx: ", 0)
	l.Print("a", 1, 2, "b")
	l.Printf("%d-%s", 3, "c")
	l.Println("d", 4)
	l.SetFlags(log.Lmsgprefix)
	l.SetPrefix("[p] ")
	l.Print("after prefix change\n")
	fmt.Print(buf.String())
	fmt.Println(l.Flags(), l.Prefix(), l.Writer() == &buf)

	buf.Reset()
	l.SetFlags(log.LstdFlags | log.Lmicroseconds | log.LUTC)
	l.SetPrefix("")
	l.Print("timed")
	line := buf.String()
	// 2009/01/23 01:23:23.123123 timed
	fmt.Println(len(line), line[4] == '/', line[7] == '/', line[10] == ' ', line[13] == ':', line[19] == '.', line[26:])

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		l.SetFlags(0)
		l.Panicf("bad %d", 7)
	}()
	fmt.Printf("%q\n", buf.String()[len(line):])

	l.SetFlags(log.Lshortfile)
	l.SetPrefix("file: ")
	buf.Reset()
	l.Println("with the caller's file and line")
	fmt.Print(buf.String())

	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Println("to stdout via the standard logger")
	log.Printf("flags=%d prefix=%q", log.Flags(), log.Prefix())
	fmt.Println(log.Default().Writer() == os.Stdout, log.Writer() == os.Stdout)

	data, err := ioutil.ReadAll(strings.NewReader("read all"))
	fmt.Printf("%q %v\n", data, err)
	fmt.Fprintln(ioutil.Discard, "nothing")
	rc := ioutil.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	var w1, w2 bytes.Buffer
	mw := io.MultiWriter(&w1, &w2)
	fmt.Fprintf(mw, "both %d", 2)
	fmt.Println(w1.String(), w2.String())
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader("two "), strings.NewReader("three"))
	var tee bytes.Buffer
	all, _ := io.ReadAll(io.TeeReader(mr, &tee))
	fmt.Printf("%q %q\n", all, tee.String())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	sec, _ := io.ReadAll(sr)
	fmt.Printf("%q %d\n", sec, sr.Size())

	dir, err := ioutil.TempDir("", "go2cpp-log-*")
	if err != nil {
		log.Fatal(err)
	}
	if err := ioutil.WriteFile(dir+"/f", []byte("file data"), 0644); err != nil {
		log.Fatal(err)
	}
	data, err = ioutil.ReadFile(dir + "/f")
	fmt.Printf("%q %v\n", data, err)
	f, err := ioutil.TempFile(dir, "t")
	fmt.Println(err, strings.HasPrefix(f.Name(), dir+"/t"))
	f.Close()
	os.RemoveAll(dir)

	log.SetOutput(os.Stderr)
	defer fmt.Println("deferred calls do not run")
	log.Fatalf("fatal: %v", "the end")
}
