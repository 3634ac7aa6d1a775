// syscall.Mmap over anonymous memory and over a file, Mprotect, Madvise
// and Munmap's checks.
package main

import (
	"fmt"
	"os"
	"syscall"
)

func main() {
	page := syscall.Getpagesize()
	b, err := syscall.Mmap(-1, 0, 2*page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	fmt.Println(len(b) == 2*page, cap(b) == 2*page, err)
	for i := range b {
		b[i] = byte(i)
	}
	sum := 0
	for _, v := range b {
		sum += int(v)
	}
	fmt.Println(sum, b[page+1])
	fmt.Println(syscall.Mprotect(b[:page], syscall.PROT_READ), b[3])
	fmt.Println(syscall.Madvise(b, syscall.MADV_DONTNEED), b[5]) // private anonymous pages read back as zero
	fmt.Println(syscall.Munmap(b[:page]), syscall.Munmap(nil))
	fmt.Println(syscall.Munmap(b))

	_, err = syscall.Mmap(-1, 0, 0, syscall.PROT_READ, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	fmt.Println(err)
	_, err = syscall.Mmap(12345, 0, page, syscall.PROT_READ, syscall.MAP_SHARED)
	fmt.Println(err)

	f, err := os.CreateTemp("", "mmap")
	if err != nil {
		panic(err)
	}
	defer os.Remove(f.Name())
	f.WriteString("hello, mapping")
	m, err := syscall.Mmap(int(f.Fd()), 0, 14, syscall.PROT_READ, syscall.MAP_SHARED)
	fmt.Println(string(m), err)
	fmt.Println(syscall.Munmap(m))
	f.Close()
}
