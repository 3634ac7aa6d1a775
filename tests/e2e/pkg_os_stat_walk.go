// os.Stat/Lstat/File.Stat with syscall.Stat_t, directory reading (ReadDir,
// File.ReadDir n at a time, ioutil.ReadDir), filepath.Walk/WalkDir with
// SkipDir, Glob, and path/filepath.Match's syntax and errors.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"io/ioutil"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "fswalk")
	must(err)
	defer os.RemoveAll(dir)
	rel := func(p string) string { return strings.ReplaceAll(p, dir, "") }
	must(os.MkdirAll(filepath.Join(dir, "a", "b"), 0755))
	must(os.MkdirAll(filepath.Join(dir, "skip", "deep"), 0700))
	must(os.WriteFile(filepath.Join(dir, "a", "x.go"), []byte("package x\n"), 0644))
	must(os.WriteFile(filepath.Join(dir, "a", "b", "y.txt"), []byte("hello"), 0600))
	must(os.WriteFile(filepath.Join(dir, "z.go"), nil, 0644))
	must(os.WriteFile(filepath.Join(dir, "skip", "deep", "w.go"), nil, 0644))

	fi, err := os.Stat(filepath.Join(dir, "a", "b", "y.txt"))
	must(err)
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), fi.ModTime().IsZero())
	st := fi.Sys().(*syscall.Stat_t)
	fmt.Println(st.Size, st.Mode&syscall.S_IFMT == syscall.S_IFREG, st.Nlink)
	di, err := os.Lstat(filepath.Join(dir, "skip") + "/")
	must(err)
	fmt.Println(di.Name(), di.Mode(), di.IsDir(), di.Mode().Perm())
	_, err = os.Stat(filepath.Join(dir, "nope"))
	fmt.Println(rel(err.Error()), errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))

	f, err := os.Open(filepath.Join(dir, "a"))
	must(err)
	ffi, err := f.Stat()
	must(err)
	fmt.Println(ffi.Name(), ffi.IsDir(), os.SameFile(ffi, ffi))
	n := 0
	for {
		ents, err := f.ReadDir(1)
		if err == io.EOF {
			fmt.Println("EOF after", n, len(ents))
			break
		}
		must(err)
		n += len(ents)
	}
	f.Close()

	ents, err := os.ReadDir(dir)
	must(err)
	for _, e := range ents {
		info, err := e.Info()
		must(err)
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Name())
	}
	infos, err := ioutil.ReadDir(filepath.Join(dir, "a"))
	must(err)
	for _, i := range infos {
		fmt.Println(i.Name(), i.Size(), i.IsDir())
	}
	_, err = os.ReadDir(filepath.Join(dir, "z.go"))
	fmt.Println(rel(err.Error()))

	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		must(err)
		if d.Name() == "skip" {
			return filepath.SkipDir
		}
		fmt.Println("walkdir", rel(p), d.IsDir())
		return nil
	})
	fmt.Println(err)
	err = filepath.Walk(dir, func(p string, info fs.FileInfo, err error) error {
		must(err)
		if info.Name() == "x.go" {
			return filepath.SkipDir // skips the rest of a/
		}
		fmt.Println("walk", rel(p), info.Size() >= 0)
		return nil
	})
	fmt.Println(err)
	err = filepath.Walk(filepath.Join(dir, "missing"), func(p string, info fs.FileInfo, err error) error {
		fmt.Println("walk missing", rel(p), info == nil, rel(err.Error()))
		return err
	})
	fmt.Println(rel(err.Error()))

	for _, pat := range []string{"*.go", "a/*", "*/*.go", "[a-s]*", "*/[^x]*", "a/b/?.txt", "[", "a/\\x.go", "*/deep/*"} {
		m, err := filepath.Glob(filepath.Join(dir, pat))
		for i := range m {
			m[i] = rel(m[i])
		}
		fmt.Println("glob", pat, m, err)
	}
	for _, c := range [][2]string{{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a/b"}, {"a*/b", "abc/b"},
		{"[a-c]", "b"}, {"[^a-c]", "b"}, {"[]a]", "]"}, {"[-]", "-"}, {"[x-]", "x"}, {"a\\*b", "a*b"}, {"a?c", "a/c"},
		{"*x", "xxx"}, {"[\\]a]", "]"}, {"a[", "a"}, {"*[", "ab"}, {"[a-", "a"}, {"\\", "a"}, {"ab[^c]", "abd"}, {"ab[^c", "abc"}} {
		m1, e1 := path.Match(c[0], c[1])
		m2, e2 := filepath.Match(c[0], c[1])
		fmt.Println("match", c[0], c[1], m1, e1, m2, e2, e1 == path.ErrBadPattern, e2 == filepath.ErrBadPattern)
	}
	fmt.Println(fs.ValidPath("a/b"), fs.ValidPath("/a"), fs.ValidPath("."), fs.ValidPath("a/../b"), fs.ValidPath(""))
}
