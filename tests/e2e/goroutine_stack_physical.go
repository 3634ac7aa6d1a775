// A goroutine's function literal is a real call in gc's traceback, even
// though C++ inlines it into the runtime's spawn wrapper: "main.main.func1()"
// with an offset, not "main.main.func1(...)" without one. The program
// prints its own debug.Stack() lines for main's functions: names with
// their parentheses, files without directories, "+off" where gc prints an
// offset.
package main

import (
	"fmt"
	"path/filepath"
	"runtime/debug"
	"strings"
)

func show(stack []byte) {
	lines := strings.Split(strings.TrimSpace(string(stack)), "\n")
	for i := 1; i+1 < len(lines); i += 2 {
		fn, loc := lines[i], strings.TrimSpace(lines[i+1])
		if !strings.HasPrefix(fn, "main.") && !strings.HasPrefix(fn, "created by main.") {
			continue
		}
		off := ""
		if j := strings.Index(loc, " +0x"); j >= 0 {
			loc, off = loc[:j], " +off"
		}
		fmt.Printf("%s\n\t%s%s\n", fn, filepath.Base(loc), off)
	}
}

func main() {
	out := make(chan []byte)
	go func() {
		out <- debug.Stack()
	}()
	show(<-out)
	go func() {
		defer func() { out <- debug.Stack() }()
	}()
	show(<-out)
}
