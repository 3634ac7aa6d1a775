package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	// A writer goroutine and a reader: every byte arrives, then EOF.
	r, w := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Close()
	}()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println("scan err:", sc.Err())

	// A Write larger than the Read buffer is consumed by several Reads.
	r, w = io.Pipe()
	done := make(chan struct{})
	go func() {
		n, err := w.Write([]byte("abcdefghij"))
		fmt.Println("write:", n, err)
		w.CloseWithError(errors.New("writer gave up"))
		close(done)
	}()
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("read %d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	<-done

	// Closing the read end fails the writer with the reader's error.
	r, w = io.Pipe()
	r.CloseWithError(errors.New("reader quit"))
	n, err := w.Write([]byte("x"))
	fmt.Println("after reader close:", n, err)
	r2, w2 := io.Pipe()
	r2.Close()
	n, err = w2.Write([]byte("x"))
	fmt.Println("after plain close:", n, err, err == io.ErrClosedPipe)
	n, err = r2.Read(buf)
	fmt.Println("read after own close:", n, err)
	w2.Close()
	n, err = w2.Write(nil)
	fmt.Println("write after both closed:", n, err)

	// io.Copy through a pipe.
	r, w = io.Pipe()
	go func() {
		io.Copy(w, strings.NewReader(strings.Repeat("xyz", 1000)))
		w.Close()
	}()
	all, err := io.ReadAll(r)
	fmt.Println(len(all), err, string(all[:6]))
}
