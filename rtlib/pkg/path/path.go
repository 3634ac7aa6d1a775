// Package path implements utility routines for manipulating slash-separated
// paths.
//
// This is go2cpp's own implementation of the Go 1.19 API (Match is in
// match.go).
package path

import "strings"

// Clean returns the shortest path name equivalent to path by purely
// lexical processing. It applies the following rules iteratively until no
// further processing can be done: replace multiple slashes with a single
// slash; eliminate each . path name element (the current directory);
// eliminate each inner .. path name element (the parent directory) along
// with the non-.. element that precedes it; eliminate .. elements that
// begin a rooted path. The returned path ends in a slash only if it is the
// root "/". If the result of this process is an empty string, Clean
// returns the string ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	n := len(path)
	out := make([]byte, 0, n)
	// r is the next byte to read; dotdot is where backtracking stops in
	// out (after the root, or after leading ".." elements).
	r, dotdot := 0, 0
	if rooted {
		out = append(out, '/')
		r, dotdot = 1, 1
	}
	for r < n {
		switch {
		case path[r] == '/':
			// empty path element
			r++
		case path[r] == '.' && (r+1 == n || path[r+1] == '/'):
			// . element
			r++
		case path[r] == '.' && path[r+1] == '.' && (r+2 == n || path[r+2] == '/'):
			// .. element: remove to last /
			r += 2
			switch {
			case len(out) > dotdot:
				// can backtrack
				w := len(out) - 1
				for w > dotdot && out[w] != '/' {
					w--
				}
				out = out[:w]
			case !rooted:
				// cannot backtrack, but not rooted, so append .. element.
				if len(out) > 0 {
					out = append(out, '/')
				}
				out = append(out, '.', '.')
				dotdot = len(out)
			}
		default:
			// real path element: add slash if needed, then copy it
			if rooted && len(out) != 1 || !rooted && len(out) != 0 {
				out = append(out, '/')
			}
			for ; r < n && path[r] != '/'; r++ {
				out = append(out, path[r])
			}
		}
	}
	// Turn empty string into "."
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

// Split splits path immediately following the final slash, separating it
// into a directory and file name component. If there is no slash in path,
// Split returns an empty dir and file set to path.
func Split(path string) (dir, file string) {
	i := strings.LastIndex(path, "/")
	return path[:i+1], path[i+1:]
}

// Join joins any number of path elements into a single path, separating
// them with slashes. Empty elements are ignored. The result is Cleaned.
// However, if the argument list is empty or all its elements are empty,
// Join returns an empty string.
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e)
	}
	if size == 0 {
		return ""
	}
	buf := make([]byte, 0, size+len(elem)-1)
	for _, e := range elem {
		if len(buf) > 0 || e != "" {
			if len(buf) > 0 {
				buf = append(buf, '/')
			}
			buf = append(buf, e...)
		}
	}
	return Clean(string(buf))
}

// Ext returns the file name extension used by path. The extension is the
// suffix beginning at the final dot in the final slash-separated element
// of path; it is empty if there is no dot.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path. Trailing slashes are removed
// before extracting the last element. If the path is empty, Base returns
// ".". If the path consists entirely of slashes, Base returns "/".
func Base(path string) string {
	if path == "" {
		return "."
	}
	// Strip trailing slashes.
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[0 : len(path)-1]
	}
	// Find the last element
	if i := strings.LastIndex(path, "/"); i >= 0 {
		path = path[i+1:]
	}
	// If empty now, it had only slashes.
	if path == "" {
		return "/"
	}
	return path
}

// IsAbs reports whether the path is absolute.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir returns all but the last element of path, typically the path's
// directory. After dropping the final element using Split, the path is
// Cleaned and trailing slashes are removed. If the path is empty, Dir
// returns ".". If the path consists entirely of slashes followed by
// non-slash bytes, Dir returns a single slash.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}
