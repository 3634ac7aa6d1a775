package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"
)

func check(what string, err error) {
	if err != nil {
		fmt.Println(what, "error:", err)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "fileops")
	check("mkdirtemp", err)
	defer os.RemoveAll(dir)
	name := dir + "/a.txt"
	check("write", os.WriteFile(name, []byte("hello, world"), 0644))

	// Modes.
	check("chmod", os.Chmod(name, 0600))
	st, _ := os.Stat(name)
	fmt.Println("mode after Chmod:", st.Mode())
	f, err := os.OpenFile(name, os.O_RDWR, 0)
	check("open", err)
	check("fchmod", f.Chmod(0640))
	st, _ = os.Stat(name)
	fmt.Println("mode after File.Chmod:", st.Mode())

	// Owners: to ourselves (always allowed), and -1 keeps a value.
	check("chown", os.Chown(name, os.Getuid(), -1))
	check("lchown", os.Lchown(name, -1, os.Getgid()))
	check("fchown", f.Chown(-1, -1))

	// Truncation and ReadFrom.
	check("truncate", os.Truncate(name, 5))
	b, _ := os.ReadFile(name)
	fmt.Printf("after Truncate: %q\n", b)
	check("ftruncate", f.Truncate(2))
	b, _ = os.ReadFile(name)
	fmt.Printf("after File.Truncate: %q\n", b)
	f.Seek(0, io.SeekEnd)
	n, err := f.ReadFrom(strings.NewReader("-appended"))
	fmt.Println("ReadFrom:", n, err)
	f.Close()
	b, _ = os.ReadFile(name)
	fmt.Printf("now: %q\n", b)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(f.Chmod(0600), f.Truncate(0), f.Chdir(), f.SetDeadline(time.Now())), dir, "DIR"))

	// Times.
	mt := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	check("chtimes", os.Chtimes(name, mt, mt))
	st, _ = os.Stat(name)
	fmt.Println("mtime:", st.ModTime().UTC())

	// Links.
	check("link", os.Link(name, dir+"/hard"))
	check("symlink", os.Symlink("a.txt", dir+"/soft"))
	target, err := os.Readlink(dir + "/soft")
	fmt.Println("readlink:", target, err)
	long := strings.Repeat("x", 300)
	check("symlink long", os.Symlink(long, dir+"/long"))
	target, _ = os.Readlink(dir + "/long")
	fmt.Println("long target:", len(target))
	lst, _ := os.Lstat(dir + "/soft")
	fmt.Println("soft is symlink:", lst.Mode()&fs.ModeSymlink != 0)
	hst, _ := os.Stat(dir + "/hard")
	fmt.Println("hard size:", hst.Size())

	// Errors, in gc's words.
	err = os.Chmod(dir+"/missing", 0644)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), os.IsNotExist(err))
	err = os.Link(dir+"/missing", dir+"/x")
	var le *os.LinkError
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"), errors.As(err, &le), le.Op)
	err = os.Symlink("a.txt", dir+"/soft")
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "DIR"), os.IsExist(err))
	_, err = os.Readlink(name)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	fmt.Println(strings.Replace(os.Truncate(dir+"/missing", 0).Error(), dir, "DIR", 1))
	fmt.Println(strings.Replace(os.Chtimes(dir+"/missing", mt, mt).Error(), dir, "DIR", 1))

	// File.Chdir.
	d, _ := os.Open(dir)
	check("fchdir", d.Chdir())
	wd, _ := os.Getwd()
	fmt.Println("in dir:", wd == dir || strings.HasSuffix(wd, strings.TrimPrefix(dir, "/private")))
	d.Close()

	// Pipes.
	r, w, err := os.Pipe()
	check("pipe", err)
	fmt.Println(r.Name(), w.Name())
	go func() {
		w.WriteString("through the pipe")
		w.Close()
	}()
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	r.Close()

	// Expansion.
	os.Setenv("NAME", "gopher")
	os.Setenv("EMPTY", "")
	for _, s := range []string{"hello $NAME", "${NAME}s", "$$ $1 ${*} $", "a${}b", "${unclosed", "$EMPTY|$UNSET_VAR_X|", "no vars", "$NAME$NAME", "x$-y"} {
		fmt.Printf("%q -> %q\n", s, os.ExpandEnv(s))
	}
	fmt.Println(os.Expand("$a + ${b} = $c", func(k string) string { return strings.ToUpper(k) }))

	// Directories of the user.
	os.Setenv("HOME", "/home/gopher")
	os.Setenv("XDG_CACHE_HOME", "")
	os.Setenv("XDG_CONFIG_HOME", "/cfg")
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())
	os.Unsetenv("HOME")
	os.Unsetenv("XDG_CONFIG_HOME")
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserConfigDir())

	exe, err := os.Executable()
	fmt.Println("executable absolute:", strings.HasPrefix(exe, "/"), err)
	groups, err := os.Getgroups()
	fmt.Println("groups:", groups != nil || err == nil)

	// Timeouts and deadlines.
	fmt.Println(os.IsTimeout(os.ErrDeadlineExceeded), os.IsTimeout(os.ErrNoDeadline), os.ErrDeadlineExceeded, os.ErrNoDeadline)
	fmt.Println(os.Stdout.SetReadDeadline(time.Now()) == os.ErrNoDeadline)
	se := os.NewSyscallError("read", os.ErrDeadlineExceeded).(*os.SyscallError)
	fmt.Println(se.Timeout(), os.IsTimeout(se))
}
