// //line and /*line*/ directives change the file and line that
// runtime.Caller reports, as gc's position bases do (fixedbugs/issue18149.go,
// issue22662.go). Relative names come back as written, not joined with a
// directory, and a directive without a file name and column gives "??".
package main

import (
	"fmt"
	"runtime"
)

func where() string {
	_, f, l, _ := runtime.Caller(1)
	return fmt.Sprintf("%s:%d", f, l)
}

func main() {
//line /foo/bar.go:123
	fmt.Println(where())
	fmt.Println(where()) // the next line counts on
//line c:/foo/bar.go:987
	fmt.Println(where())
//line /a/b.go:10:20
	fmt.Println(where())
//line :40:1
	fmt.Println(where()) // a column keeps the file
	/*line /x/y.go:7:1*/ fmt.Println(where())
	s := "//line /not/a/directive.go:1"
	fmt.Println(where(), len(s))
	func() {
		/*line /w/z.go:500:1*/ fmt.Println(where())
	}()
//line foo.go:1
	fmt.Println(where())
//line :5
	fmt.Println(where()) // no file, no column: unknown
//line sub/dir.go:20:3
	fmt.Println(where())
	/*line :11:22*/ fmt.Println(where()); /*line :30*/ fmt.Println(where())
}
