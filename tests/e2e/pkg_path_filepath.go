// Packages path and path/filepath: Clean's rules, Join, Split, Base, Dir,
// Ext, IsAbs, Rel, SplitList, Abs.
package main

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "a/b/../c", "/../a", "../../x/./y//z/", "a/../..", "/a/b/c/../../..", "abc", "a//b", "./a/", ".../..", "a/b/."} {
		d, f := path.Split(p)
		fmt.Printf("%q: clean %q base %q dir %q ext %q split %q %q abs %v\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), d, f, path.IsAbs(p))
	}
	fmt.Println(path.Join("a", "b", "../c"), path.Join("", ""), path.Join("/", "x"), path.Join("a", "", "b/"), path.Ext("x.tar.gz"))
	fmt.Println(filepath.Join("dir", "sub", "file.go"), filepath.Base("/x/y.go"), filepath.Dir("/x/y.go"), filepath.Ext("y.go"))
	fmt.Println(filepath.SplitList("/bin:/usr/bin::/x"), len(filepath.SplitList("")), filepath.ToSlash("a/b"), filepath.VolumeName("/a"))
	for _, p := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "b"}, {".", "a/b"}, {"/a", "b"}, {"a/b", "a/b"}, {"../a", "b"}} {
		r, err := filepath.Rel(p[0], p[1])
		fmt.Printf("%q %v\n", r, err)
	}
	wd, _ := os.Getwd()
	abs, err := filepath.Abs("x/../y")
	fmt.Println(abs == filepath.Join(wd, "y"), err)
	abs, _ = filepath.Abs("/p/./q/")
	fmt.Println(abs, filepath.Separator == '/', string(filepath.ListSeparator))
}
