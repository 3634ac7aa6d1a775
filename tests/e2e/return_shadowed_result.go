// A return with values where a local shadows a named result: the values go
// to the results (not to the local) before the deferred calls run, so a
// deferred closure sees and may change them; in closures too.
package main

import (
	"errors"
	"fmt"
)

func wrap(fail bool) (n int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
			n++
		}
	}()
	if fail {
		n, err := 5, errors.New("inner")
		return n, err
	}
	return 1, nil
}

func loop() (i int) {
	defer func() { i *= 10 }()
	for i := 0; i < 3; i++ {
		if i == 2 {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(wrap(true))
	fmt.Println(wrap(false))
	fmt.Println(loop())
	f := func() (s string) {
		defer func() { s += "!" }()
		{
			s := "shadow"
			return s
		}
	}
	fmt.Println(f())
}
