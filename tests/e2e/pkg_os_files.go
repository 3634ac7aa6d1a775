// Package os: Stdout/Stderr as *os.File, files (Create, Open, OpenFile,
// Read, Write, Seek, ReadAt, Close), ReadFile/WriteFile, Remove, Mkdir,
// MkdirAll, RemoveAll, temporary files, Setenv, and the errors with gc's
// texts; fmt.Fprint* to any io.Writer.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

func check(err error) {
	if err != nil {
		fmt.Println("unexpected:", err)
		os.Exit(1)
	}
}

func main() {
	fmt.Println("before")
	os.Stdout.WriteString("to stdout\n")
	n, err := os.Stdout.Write([]byte("bytes to stdout\n"))
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "Fprintln", 1, 2.5, true)
	fmt.Fprintf(os.Stdout, "Fprintf %d %q\n", 42, "x")
	fmt.Fprint(os.Stdout, "Fprint", 3, "\n")
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name(), os.Stdout.Fd())

	dir, err := os.MkdirTemp("", "go2cpp-os-test-*")
	check(err)
	home, err := os.Getwd()
	check(err)
	// Relative names from here on: the errors print them.
	check(os.Chdir(dir))
	name := "a.txt"
	check(os.WriteFile(name, []byte("hello\nworld\n"), 0644))
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)

	f, err := os.OpenFile(name, os.O_RDWR|os.O_APPEND, 0)
	check(err)
	f.WriteString("more\n")
	_, err = f.WriteAt([]byte("x"), 0)
	fmt.Println(err)
	check(f.Close())
	fmt.Println(f.Close())
	_, err = f.Write([]byte("x"))
	fmt.Println(err, errors.Is(err, os.ErrClosed))

	f, err = os.Open(name)
	check(err)
	buf := make([]byte, 4)
	for {
		n, err := f.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	pos, err := f.Seek(6, io.SeekStart)
	fmt.Println(pos, err)
	all, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", all, err)
	n, err = f.ReadAt(buf, 15)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	_, err = f.Write([]byte("no"))
	fmt.Println(err)
	f.Close()

	_, err = os.Open("missing")
	fmt.Println(err)
	fmt.Println(os.IsNotExist(err), os.IsExist(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Err, pe.Err == syscall.ENOENT)
	}
	err = os.Mkdir(dir, 0755)
	fmt.Println(os.IsExist(err), err != nil)
	check(os.MkdirAll(dir+"/x/y/z", 0755))
	check(os.WriteFile(dir+"/x/y/z/f", nil, 0600))
	err = os.Remove(dir + "/x")
	fmt.Println(err != nil, errors.Is(err, fs.ErrExist))
	check(os.Rename(name, dir+"/b.txt"))
	err = os.Rename(name, "c.txt")
	fmt.Println(err, os.IsNotExist(err))
	err = os.Chdir("nowhere")
	fmt.Println(err, os.IsNotExist(err))

	tf, err := os.CreateTemp(dir, "tmp*.txt")
	check(err)
	fmt.Fprintf(tf, "%d-%s", 7, "seven")
	tf.Close()
	data, _ = os.ReadFile(tf.Name())
	fmt.Println(string(data))
	check(os.Chdir(home))
	check(os.RemoveAll(dir))
	_, err = os.ReadFile(dir + "/b.txt")
	fmt.Println(os.IsNotExist(err))
	fmt.Println(os.RemoveAll(dir))

	check(os.Setenv("GO2CPP_TEST_VAR", "v1"))
	fmt.Println(os.Getenv("GO2CPP_TEST_VAR"))
	check(os.Unsetenv("GO2CPP_TEST_VAR"))
	_, ok := os.LookupEnv("GO2CPP_TEST_VAR")
	fmt.Println(ok, os.Setenv("", "x"), os.Setenv("a=b", "x"))
	fmt.Println(syscall.Errno(2), syscall.Errno(1000), syscall.EACCES.Error(), fs.ModeDir|0755, fs.FileMode(0644))

	var nilFile *os.File
	_, err = nilFile.Write(nil)
	fmt.Println(err)
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Println("after")
}
