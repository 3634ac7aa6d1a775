// This file implements Match and Glob for Unix paths.
package filepath

import (
	"errors"
	"os"
	"path"
	"sort"
	"strings"
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell file name pattern (the
// syntax of path.Match, with '/' as the separator '*' and '?' do not
// cross). The only possible returned error is ErrBadPattern, when pattern
// is malformed.
func Match(pattern, name string) (matched bool, err error) {
	matched, err = path.Match(pattern, name)
	if err == path.ErrBadPattern {
		err = ErrBadPattern
	}
	return matched, err
}

// Glob returns the names of all files matching pattern or nil if there is
// no matching file. The syntax of patterns is the same as in Match. Glob
// ignores file system errors such as I/O errors reading directories. The
// only possible returned error is ErrBadPattern, when pattern is
// malformed.
func Glob(pattern string) (matches []string, err error) {
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err = os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	dir = cleanGlobPath(dir)
	if !hasMeta(dir) {
		return glob(dir, file, nil)
	}
	// A pattern that is its own directory would recurse forever.
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := Glob(dir)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = glob(d, file, matches); err != nil {
			return nil, err
		}
	}
	return matches, nil
}

// cleanGlobPath prepares the directory part of a pattern for Glob.
func cleanGlobPath(path string) string {
	switch path {
	case "":
		return "."
	case string(Separator):
		return path
	default:
		return path[0 : len(path)-1] // (the separator Split left on it)
	}
}

// glob appends to matches the names in directory dir that match pattern,
// in lexical order. An unreadable or missing dir matches nothing.
func glob(dir, pattern string, matches []string) ([]string, error) {
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return matches, nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return matches, nil
	}
	defer d.Close()
	names, _ := d.Readdirnames(-1)
	sort.Strings(names)
	for _, n := range names {
		matched, err := Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if matched {
			matches = append(matches, Join(dir, n))
		}
	}
	return matches, nil
}

// hasMeta reports whether path contains any of the magic characters
// recognized by Match.
func hasMeta(path string) bool { return strings.ContainsAny(path, `*?[\`) }
