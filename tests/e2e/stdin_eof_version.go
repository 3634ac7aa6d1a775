// os.Stdin is an *os.File that reads at end of input (the tests give
// /dev/null) as gc's does; runtime.Version names the Go release.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
)

func main() {
	buf := make([]byte, 16)
	n, err := os.Stdin.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	all, err := io.ReadAll(os.Stdin)
	fmt.Println(len(all), err)
	sc := bufio.NewScanner(os.Stdin)
	fmt.Println(sc.Scan(), sc.Err())
	r := bufio.NewReader(os.Stdin)
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name())
	fmt.Println(strings.HasPrefix(runtime.Version(), "go1.19"), runtime.GOOS, runtime.GOARCH)
}
