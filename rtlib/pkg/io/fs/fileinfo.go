// This file implements the descriptions of files that os.Stat and
// os.ReadDir return (FileInfo, DirEntry), SkipDir and ValidPath.
package fs

import (
	"errors"
	"time"
)

// A FileInfo describes a file and is returned by Stat.
type FileInfo interface {
	Name() string       // base name of the file
	Size() int64        // length in bytes for regular files; system-dependent for others
	Mode() FileMode     // file mode bits
	ModTime() time.Time // modification time
	IsDir() bool        // abbreviation for Mode().IsDir()
	Sys() any           // underlying data source (can return nil)
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	// Name returns the name of the file (or subdirectory) described by
	// the entry: only the final element of the path.
	Name() string
	// IsDir reports whether the entry describes a directory.
	IsDir() bool
	// Type returns the type bits for the entry (a subset of FileMode).
	Type() FileMode
	// Info returns the FileInfo for the file or subdirectory described by
	// the entry.
	Info() (FileInfo, error)
}

// SkipDir is used as a return value from WalkDirFuncs to indicate that
// the directory named in the call is to be skipped.
var SkipDir = errors.New("skip this directory")

// WalkDirFunc is the type of the function called by WalkDir to visit each
// file or directory (see path/filepath.WalkDir).
type WalkDirFunc func(path string, d DirEntry, err error) error

// ValidPath reports whether the given path name is valid for use in a
// call to Open: unrooted, slash-separated, no empty, "." or ".."
// elements, except that the root itself is ".".
func ValidPath(name string) bool {
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		elem := name[:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}

// FileInfoToDirEntry returns a DirEntry that returns information from
// info. If info is nil, FileInfoToDirEntry returns nil.
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return dirInfo{fileInfo: info}
}

type dirInfo struct {
	fileInfo FileInfo
}

func (di dirInfo) IsDir() bool             { return di.fileInfo.IsDir() }
func (di dirInfo) Type() FileMode          { return di.fileInfo.Mode().Type() }
func (di dirInfo) Info() (FileInfo, error) { return di.fileInfo, nil }
func (di dirInfo) Name() string            { return di.fileInfo.Name() }
