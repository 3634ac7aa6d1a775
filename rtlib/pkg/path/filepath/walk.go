// This file implements Walk and WalkDir: a depth-first walk of a file
// tree in lexical order, with SkipDir to prune it.
package filepath

import (
	"io/fs"
	"os"
	"sort"
)

// SkipDir is used as a return value from WalkFuncs to indicate that the
// directory named in the call is to be skipped. It is not returned as an
// error by any function.
var SkipDir error = fs.SkipDir

// WalkFunc is the type of the function called by Walk to visit each file
// or directory.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// WalkDir walks the file tree rooted at root, calling fn for each file or
// directory in the tree, including root, in lexical order. It does not
// follow symbolic links. See io/fs.WalkDirFunc for fn's contract.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

func walkDir(path string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(path, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil // the directory is skipped
		}
		return err
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		// A second call reports the error reading the directory.
		if err = fn(path, d, err); err != nil {
			return err
		}
	}
	for _, e := range entries {
		if err := walkDir(Join(path, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// Walk walks the file tree rooted at root, calling fn for each file or
// directory in the tree, including root, in lexical order. It reads each
// directory whole before walking it and does not follow symbolic links.
// WalkDir is more efficient.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir {
		return nil
	}
	return err
}

func walk(path string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(path, info, nil)
	}
	names, err := readDirNames(path)
	err1 := fn(path, info, err)
	// With an error reading the directory, fn has seen it and decided.
	if err != nil || err1 != nil {
		return err1
	}
	for _, name := range names {
		filename := Join(path, name)
		fileInfo, err := os.Lstat(filename)
		if err != nil {
			if err := fn(filename, fileInfo, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walk(filename, fileInfo, fn); err != nil {
			if !fileInfo.IsDir() || err != SkipDir {
				return err
			}
		}
	}
	return nil
}

// readDirNames reads the directory named by dirname and returns a sorted
// list of its entries' names.
func readDirNames(dirname string) ([]string, error) {
	f, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}
