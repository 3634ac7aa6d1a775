// Package errors (New, Unwrap, Is, As) and fmt.Errorf with %w, against gc.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type PathError struct {
	Op, Path string
	Err      error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func find(name string) error {
	if name == "" {
		return &PathError{"open", "/x", ErrNotFound}
	}
	return nil
}

func main() {
	err := find("")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("as:", pe.Op, pe.Path)
	}
	fmt.Println(find("a") == nil, errors.New("x") == errors.New("x"))
	fmt.Printf("%T %v\n", ErrNotFound, ErrNotFound)
}

func init() {
	base := errors.New("disk full")
	e1 := fmt.Errorf("write %s: %w", "f.txt", base)
	fmt.Println(e1, errors.Is(e1, base), errors.Unwrap(e1) == base)
	fmt.Printf("%T\n", e1)
	e2 := fmt.Errorf("plain %d", 3)
	fmt.Printf("%v %T %v\n", e2, e2, errors.Unwrap(e2) == nil)
	e3 := fmt.Errorf("bad %w", 5)
	fmt.Println(e3)
	e4 := fmt.Errorf("two %w %w", base, base)
	fmt.Println(e4, errors.Unwrap(e4) == nil)
}
