// Package filepath implements utility routines for manipulating filename
// paths in a way compatible with the target operating system-defined file
// paths.
//
// This is go2cpp's own implementation of the Go 1.19 API for Unix (where
// the separator is '/', so most functions are package path's; Match and
// Glob are in match.go, Walk and WalkDir in walk.go) except EvalSymlinks,
// which is not here yet.
package filepath

import (
	"errors"
	"os"
	"path"
	"strings"
)

const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// Clean returns the shortest path name equivalent to path by purely
// lexical processing (see path.Clean).
func Clean(p string) string { return path.Clean(p) }

// ToSlash returns the result of replacing each separator character in path
// with a slash ('/') character.
func ToSlash(path string) string { return path }

// FromSlash returns the result of replacing each slash ('/') character in
// path with a separator character.
func FromSlash(path string) string { return path }

// SplitList splits a list of paths joined by the OS-specific
// ListSeparator, usually found in PATH or GOPATH environment variables.
// Unlike strings.Split, SplitList returns an empty slice when passed an
// empty string.
func SplitList(path string) []string {
	if path == "" {
		return []string{}
	}
	return strings.Split(path, string(ListSeparator))
}

// Split splits path immediately following the final Separator, separating
// it into a directory and file name component.
func Split(p string) (dir, file string) { return path.Split(p) }

// Join joins any number of path elements into a single path, separating
// them with an OS specific Separator. Empty elements are ignored. The
// result is Cleaned.
func Join(elem ...string) string { return path.Join(elem...) }

// Ext returns the file name extension used by path.
func Ext(p string) string { return path.Ext(p) }

// Base returns the last element of path.
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of path, typically the path's
// directory.
func Dir(p string) string { return path.Dir(p) }

// IsAbs reports whether the path is absolute.
func IsAbs(p string) bool { return path.IsAbs(p) }

// VolumeName returns leading volume name; on Unix there is none.
func VolumeName(path string) string { return "" }

// Abs returns an absolute representation of path. If the path is not
// absolute it will be joined with the current working directory to turn
// it into an absolute path.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that is lexically equivalent to targpath
// when joined to basepath with an intervening separator.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	// Can't use IsAbs - `\a` and `a` are both relative in Windows.
	baseSlashed := len(base) > 0 && base[0] == Separator
	targSlashed := len(targ) > 0 && targ[0] == Separator
	if baseSlashed != targSlashed {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	// Position base[b0:bi] and targ[t0:ti] at the first differing elements.
	bl := len(base)
	tl := len(targ)
	var b0, bi, t0, ti int
	for {
		for bi < bl && base[bi] != Separator {
			bi++
		}
		for ti < tl && targ[ti] != Separator {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0 = bi
		t0 = ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if b0 != bl {
		// Base elements left. Must go up before going down.
		seps := strings.Count(base[b0:bl], string(Separator))
		size := 2 + seps*3
		if tl != t0 {
			size += 1 + tl - t0
		}
		buf := make([]byte, size)
		n := copy(buf, "..")
		for i := 0; i < seps; i++ {
			buf[n] = Separator
			copy(buf[n+1:], "..")
			n += 3
		}
		if t0 != tl {
			buf[n] = Separator
			copy(buf[n+1:], targ[t0:])
		}
		return string(buf), nil
	}
	return targ[t0:], nil
}
